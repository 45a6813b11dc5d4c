from django.apps import AppConfig


class ConsultationsConfig(AppConfig):
    """Public consultation on nominees, citizens' comments, questions and answers."""

    name = "consultations"
    verbose_name = "Lấy ý kiến và hỏi đáp"

    def ready(self):
        from consultations import pagecache  # imports the models

        # What its pages show, and when they change by the clock (openings, deadlines).
        pagecache.connect()
