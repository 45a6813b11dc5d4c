"""Abstract page types every app builds on."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.search import index

from core.search import FoldedSearchMixin


def require_alt_text(page, image_field, alt_field, message):
    """An image shown on a page needs a description for screen readers."""
    if getattr(page, f"{image_field}_id") and not getattr(page, alt_field).strip():
        raise ValidationError({alt_field: message})


class PortalPage(FoldedSearchMixin, Page):
    """A public page: searchable with folded Vietnamese text, with a date to show."""

    search_fields = [*Page.search_fields, index.SearchField("folded_search_text")]

    class Meta:
        abstract = True

    @property
    def display_date(self):
        """The date a reader sees in listings and search results."""
        return self.first_published_at or self.latest_revision_created_at

    @property
    def type_label(self):
        return self._meta.verbose_name


class SectionIndexPage(PortalPage):
    """The landing page of a public section (/tin-tuc/, /van-ban/, …) with a short intro."""

    intro = models.TextField(_("Giới thiệu ngắn"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_text_sources = ("title", "intro", "search_description")

    class Meta:
        abstract = True


class ListItem(models.Model):
    """An entry of a short list editors keep (news categories, exemplar groups, localities):
    a name, a slug for filter addresses and a place in the list."""

    name = models.CharField(_("Tên"), max_length=150, unique=True)
    slug = models.SlugField(_("Đường dẫn"), max_length=150, unique=True)
    sort_order = models.PositiveIntegerField(_("Thứ tự"), default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]

    class Meta:
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class RateCounter(models.Model):
    """A rate-limit or sign-in counter kept in the database, for servers without Redis: every
    worker process and app server then counts the same attempts (core.ratelimit). A row lives
    until `expires_at`, the end of its counting window (or of a lock)."""

    key = models.CharField(max_length=100, unique=True)
    count = models.BigIntegerField(default=0)
    expires_at = models.DateTimeField(db_index=True)

    class Meta:
        verbose_name = _("Bộ đếm giới hạn truy cập")
        verbose_name_plural = _("Bộ đếm giới hạn truy cập")

    def __str__(self):
        return self.key
