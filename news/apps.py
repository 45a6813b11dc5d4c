from django.apps import AppConfig


class NewsConfig(AppConfig):
    """News, legal documents, award decisions, the award lookup and statistics."""

    name = "news"
    verbose_name = "Tin tức, văn bản và khen thưởng"
