from django.apps import AppConfig


class ConsultationsConfig(AppConfig):
    """Public consultation on nominees, citizens' comments, questions and answers."""

    name = "consultations"
    verbose_name = "Lấy ý kiến và hỏi đáp"
