from django.apps import AppConfig

from core import mail


class HomeConfig(AppConfig):
    """The home page, standard pages, site settings, roles and demo content."""

    name = "home"
    verbose_name = "Trang chủ và trang chung"

    def ready(self):
        from home.models import mail_context  # models load after the app configs

        mail.context_providers.append(mail_context)
