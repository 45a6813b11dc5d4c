from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AwardRequestsConfig(AppConfig):
    """Citizens' requests to confirm an award or re-issue its certificate or medal (Luật Thi
    đua, khen thưởng 2022; Nghị định 152/2025/NĐ-CP), handled by the secretariat."""

    name = "award_requests"
    verbose_name = _("Đề nghị xác nhận, cấp đổi, cấp lại hiện vật khen thưởng")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from award_requests import personal_data
        from award_requests.conf import rate_limits
        from privacy import sources

        rate_limits()
        # A person's data request finds and erases these requests too.
        sources.register(personal_data.SOURCE)
