from django.apps import AppConfig

from core import pagecache
from core.tags import fold_new_tag_slug


class CoreConfig(AppConfig):
    """Shared pieces: Vietnamese text folding, StreamField blocks, search mixin, template tags."""

    name = "core"
    verbose_name = "Thành phần dùng chung"

    def ready(self):
        from django.db import models
        from django.db.models.signals import pre_save
        from taggit.models import Tag
        from wagtail.admin.forms.models import register_form_field_override

        from core import chrome
        from core.admin_forms import VietnameseSlugInput  # imports the auth models

        pagecache.connect_purge_signals()
        chrome.connect_signals()
        # Replaces Wagtail's own SlugInput for every slug field of the admin's forms.
        register_form_field_override(models.SlugField, override={"widget": VietnameseSlugInput})
        pre_save.connect(fold_new_tag_slug, sender=Tag, dispatch_uid="core-fold-tag-slug")
