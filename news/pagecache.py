"""What news, document and award decision pages show, for the shared page cache
(core.pagecache). Page types not named here carry the catch-all tag."""

from core import pagecache
from news.models import AwardDecisionPage, Awardee, NewsPage


def _news_index(request, page, context):
    # Its news (with category, image and movement), the categories, the archive by month and
    # the most used tags.
    return {
        f"children:{page.pk}",
        "model:news.newscategory",
        "model:taggit.tag",
        *pagecache.field_tags(NewsPage),
    }


def _news(request, page, context):
    # Its category, tags and comments are its own; related pages by title and address. The
    # related reading it finds itself is among its siblings (`children:` of its parent, which
    # every page carries) and their pictures (`model:wagtailimages.image`, every rule's).
    related = context.get("related_pages", ())
    return {"model:taggit.tag", *(f"path:{target.pk}" for target in related)}


def _decision(request, page, context):
    # Its awardees (their form and the exemplar page they link to), the award lookup page's
    # address.
    return {"model:news.awardlookuppage", *pagecache.field_tags(Awardee)}


def _decision_index(request, page, context):
    return {
        f"children:{page.pk}",
        "model:news.awardform",
        "model:news.decisionlevel",
        *pagecache.field_tags(AwardDecisionPage),
    }


def _home_latest_news(request, page, context):
    return {"model:news.newspage", *pagecache.field_tags(NewsPage)}


def connect():
    from news import wagtail_hooks

    pagecache.register_page_rule("news.newsindexpage", _news_index)
    pagecache.register_page_rule("news.newspage", _news)
    pagecache.register_page_rule("news.awarddecisionpage", _decision)
    pagecache.register_page_rule("news.awarddecisionindexpage", _decision_index)
    pagecache.register_home_block(wagtail_hooks.latest_news, _home_latest_news)
