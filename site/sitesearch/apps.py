from django.apps import AppConfig


class SiteSearchConfig(AppConfig):
    """Site-wide search at /tim-kiem/."""

    name = "sitesearch"
    verbose_name = "Tìm kiếm"
