"""The demo's scanned-looking PDFs: reports reach the office on paper and are published
scanned, so the demo files are rendered pages (core.pdf) kept in Wagtail's document library."""

from django.core.files.base import ContentFile
from wagtail.documents.models import Document

from core.pdf import PdfPages

__all__ = ["PdfPages", "pdf_document"]


def pdf_document(title, filename, blocks, author):
    """A PDF in the document library, made once (looked up by title)."""
    document = Document.objects.filter(title=title).first()
    if document is not None:
        return document
    pages = PdfPages()
    for block in blocks:
        pages.block(*block)
    data = pages.pdf(title, author)
    document = Document(title=title)
    document.file.save(filename, ContentFile(data), save=False)
    document.file_size = len(data)
    document.save()
    return document
