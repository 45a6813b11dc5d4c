from django.apps import AppConfig


class RegistrationsConfig(AppConfig):
    """Units, their officers, emulation registration and result reports."""

    name = "registrations"
    verbose_name = "Đăng ký thi đua"
