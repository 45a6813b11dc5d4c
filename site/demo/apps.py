from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo content (data/) and its builders; `manage.py seed_demo` loads it."""

    name = "demo"
    verbose_name = "Dữ liệu mẫu"
