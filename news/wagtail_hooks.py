from wagtail import hooks

from news.models import NewsPage

HOME_NEWS_COUNT = 6


@hooks.register("home_page_context")
def latest_news(request, home_page):
    news = NewsPage.objects.live().public().order_by("-date", "-pk")[:HOME_NEWS_COUNT]
    return {"latest_news": list(news)}
