from django.apps import AppConfig


class BreachesConfig(AppConfig):
    """The register of personal data breaches the secretariat keeps, with the 72-hour clock
    for notifying the authority (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15, Nghị định
    356/2025/NĐ-CP)."""

    name = "breaches"
    verbose_name = "Sự cố dữ liệu cá nhân"
