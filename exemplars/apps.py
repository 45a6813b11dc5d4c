from django.apps import AppConfig


class ExemplarsConfig(AppConfig):
    """Exemplary people and collectives, and the emulation movements."""

    name = "exemplars"
    verbose_name = "Gương điển hình và phong trào"

    def ready(self):
        from exemplars import pagecache  # imports the models

        # What its pages show, for the shared page cache.
        pagecache.connect()
