from django.apps import AppConfig


class NewsConfig(AppConfig):
    """News, legal documents, award decisions, the award lookup and statistics."""

    name = "news"
    verbose_name = "Tin tức, văn bản và khen thưởng"

    def ready(self):
        from news import pagecache  # imports the models

        # What its pages show, for the shared page cache.
        pagecache.connect()
