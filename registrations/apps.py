from django.apps import AppConfig

from core import pagecache


class RegistrationsConfig(AppConfig):
    """Units, their officers, emulation registration and result reports."""

    name = "registrations"
    verbose_name = "Đăng ký thi đua"

    def ready(self):
        from registrations.pagecache import next_campaign_boundary  # imports the models

        # Cached pages never outlive the next opening or deadline.
        pagecache.next_change_providers.append(next_campaign_boundary)
