from django.apps import AppConfig


class HomeConfig(AppConfig):
    """The home page, standard pages, site settings, roles and demo content."""

    name = "home"
    verbose_name = "Trang chủ và trang chung"
