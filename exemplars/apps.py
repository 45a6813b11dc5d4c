from django.apps import AppConfig


class ExemplarsConfig(AppConfig):
    """Exemplary people and collectives, and the emulation movements."""

    name = "exemplars"
    verbose_name = "Gương điển hình và phong trào"
