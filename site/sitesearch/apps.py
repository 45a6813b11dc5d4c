from django.apps import AppConfig
from django.db.backends.signals import connection_created


class SiteSearchConfig(AppConfig):
    """Site-wide search at /tim-kiem/."""

    name = "sitesearch"
    verbose_name = "Tìm kiếm"

    def ready(self):
        from sitesearch.folding import register_sqlite_function

        connection_created.connect(register_sqlite_function, dispatch_uid="sitesearch_fold")
