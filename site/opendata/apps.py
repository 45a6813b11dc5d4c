from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OpenDataConfig(AppConfig):
    name = "opendata"
    verbose_name = _("Dữ liệu mở")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from core.models import watch
        from opendata.datasets import SOURCE_MODELS

        # Every process renews the open data's version when what it shows changes, even one
        # that has never answered an open-data request (the admin's).
        watch("open-data", SOURCE_MODELS)
