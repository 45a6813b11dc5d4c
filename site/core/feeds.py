"""RSS of a section's latest pages (public fields only: title, summary, link, date).

Every address in a feed (the channel's link, its atom:link to itself, the items' links) is
built on the root URL of the Wagtail Site serving the section (its hostname and port, set in
the admin's Sites), never on django.contrib.sites' domain (`example.com`) nor on the Host
header a client sends: the feed may be kept in the shared page cache and read by others."""

from datetime import date, datetime, time

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Rss201rev2Feed


class SectionFeed(Feed):
    """Feed of `items` (pages with `summary` and `display_date`) under `index_page`."""

    feed_type = Rss201rev2Feed

    def __init__(self, index_page, items, description="", route="feed"):
        super().__init__()
        self.index_page = index_page
        self._items = items
        self._description = description
        self._route = route  # the index page's route serving the feed

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return self.index_page.title

    def link(self):
        return self.index_page.get_full_url(self.request)

    def feed_url(self):
        return self.link() + self.index_page.reverse_subpage(self._route)

    def description(self):
        return self.index_page.intro or self._description

    def items(self):
        return self._items

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return getattr(item, "summary", "")

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        value = item.display_date
        if isinstance(value, date) and not isinstance(value, datetime):
            value = timezone.make_aware(datetime.combine(value, time(8)))
        return value

    def item_categories(self, item):
        category = getattr(item, "category", None)
        return [category.name] if category else []
