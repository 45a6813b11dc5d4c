"""What exemplar and movement pages show, for the shared page cache (core.pagecache)."""

from core import pagecache
from exemplars.models import ExemplarPage
from news.models import Awardee


def _exemplar(request, page, context):
    # Its awards: rows of decisions that are live, the award lookup page's address.
    return {
        "model:news.awardee",
        "model:news.awarddecisionpage",
        "model:news.awardlookuppage",
        *pagecache.field_tags(Awardee),
    }


def _movement(request, page, context):
    # The news, exemplars and decisions tied to it, with their awardee counts.
    return {
        "model:news.newspage",
        "model:exemplars.exemplarpage",
        "model:news.awarddecisionpage",
        "model:news.awardee",
        *pagecache.field_tags(ExemplarPage),
        "model:news.awardform",
    }


def _home_featured(request, page, context):
    return {"model:exemplars.exemplarpage", *pagecache.field_tags(ExemplarPage)}


def connect():
    from exemplars import wagtail_hooks

    pagecache.register_page_rule("exemplars.exemplarpage", _exemplar)
    pagecache.register_page_rule("exemplars.movementpage", _movement)
    pagecache.register_home_block(wagtail_hooks.featured_exemplars, _home_featured)
