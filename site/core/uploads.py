"""Files citizens attach: the type is read from the content, never trusted from the name."""

from django.core.exceptions import ValidationError
from django.core.files.storage import storages
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _


def private_storage():
    """Where files that are never public media go (citizens' attachments, units' reports):
    the "private" storage, a folder outside MEDIA_ROOT or a private S3 bucket, read only
    through views that check permission."""
    return storages["private"]


# Leading bytes of each accepted type -> (label, extension).
SIGNATURES = [
    (b"%PDF-", ("pdf", ".pdf")),
    (b"\x89PNG\r\n\x1a\n", ("png", ".png")),
    (b"\xff\xd8\xff", ("jpeg", ".jpg")),
]


def sniff_type(head):
    """'pdf', 'png', 'jpeg' or 'webp' from a file's first bytes; None for anything else."""
    for signature, (label, _extension) in SIGNATURES:
        if head.startswith(signature):
            return label
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    return None


EXTENSIONS = {"pdf": ".pdf", "png": ".png", "jpeg": ".jpg", "webp": ".webp"}


def validate_attachment(upload, max_bytes):
    """Check size and real type; returns the extension the stored file gets."""
    if upload.size > max_bytes:
        raise ValidationError(
            _("Tệp đính kèm quá lớn (%(size)s); tối đa %(limit)s.")
            % {"size": filesizeformat(upload.size), "limit": filesizeformat(max_bytes)},
            code="too_large",
        )
    upload.seek(0)
    head = upload.read(16)
    upload.seek(0)
    kind = sniff_type(head)
    if kind is None:
        raise ValidationError(
            _("Tệp đính kèm phải là PDF hoặc ảnh (JPEG, PNG, WebP); nội dung tệp này không phải."),
            code="bad_type",
        )
    return EXTENSIONS[kind]
