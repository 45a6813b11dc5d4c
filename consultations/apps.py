from django.apps import AppConfig

from core import pagecache


class ConsultationsConfig(AppConfig):
    """Public consultation on nominees, citizens' comments, questions and answers."""

    name = "consultations"
    verbose_name = "Lấy ý kiến và hỏi đáp"

    def ready(self):
        from consultations.pagecache import next_round_boundary  # imports the models

        # Cached pages never outlive the next opening or deadline.
        pagecache.next_change_providers.append(next_round_boundary)
