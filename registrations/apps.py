from django.apps import AppConfig


class RegistrationsConfig(AppConfig):
    """Units, their officers, emulation registration and result reports."""

    name = "registrations"
    verbose_name = "Đăng ký thi đua"

    def ready(self):
        from registrations import pagecache  # imports the models

        # What its pages show, and when they change by the clock (openings, deadlines).
        pagecache.connect()

        # A decision made from the council's vote, once published, reaches its units.
        from registrations import signals

        signals.connect()
