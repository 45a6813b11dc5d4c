from django.apps import AppConfig


class CoreConfig(AppConfig):
    """Shared pieces: Vietnamese text folding, StreamField blocks, search mixin, template tags."""

    name = "core"
    verbose_name = "Thành phần dùng chung"

    def ready(self):
        from core import pagecache

        pagecache.connect_purge_signals()
