"""Page-tree helpers every demo builder uses: find or create a child page, publish it through a
revision like an editor would, and turn the demo's text blocks into StreamField data."""

from datetime import datetime

from django.utils import timezone
from django.utils.html import escape


def body_blocks(blocks):
    """The demo's ("heading"|"paragraph"|"html", text) pairs as StreamField data; "html" is
    a paragraph of the demo's own markup (a link), the others are plain text."""
    stream = []
    for kind, text in blocks:
        if kind == "heading":
            stream.append(("heading", {"text": text, "level": "h2"}))
        elif kind == "html":
            stream.append(("paragraph", f"<p>{text}</p>"))
        else:
            stream.append(("paragraph", f"<p>{escape(text)}</p>"))
    return stream


def local_datetime(value):
    return timezone.make_aware(datetime.strptime(value, "%Y-%m-%d %H:%M"))


def publish(page, published_at=None):
    if published_at is not None:
        page.first_published_at = published_at
    page.save_revision().publish()
    return page


def child_by_slug(parent, slug):
    return parent.get_children().filter(slug=slug).first()


def ensure_child(parent, model, slug, **fields):
    existing = child_by_slug(parent, slug)
    if existing is not None:
        return existing.specific
    # Created as a draft, then published through a revision like an editor's page.
    page = model(slug=slug, live=False, **fields)
    parent.add_child(instance=page)
    return page
