from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VerificationConfig(AppConfig):
    name = "verification"
    verbose_name = _("Xác minh khen thưởng")
    default_auto_field = "django.db.models.BigAutoField"
