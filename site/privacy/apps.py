from django.apps import AppConfig


class PrivacyConfig(AppConfig):
    """Citizens' personal data: proof of consent and requests to see, copy, correct or delete
    it (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15, Nghị định 356/2025/NĐ-CP)."""

    name = "privacy"
    verbose_name = "Dữ liệu cá nhân"

    def ready(self):
        from privacy.views import rate_limits  # imports the models

        rate_limits()
