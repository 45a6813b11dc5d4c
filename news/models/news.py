"""News articles (/tin-tuc/): categories, tags, archive, RSS, structured data."""

from django.db import models
from django.db.models import Count, Q
from django.db.models.functions import ExtractMonth, ExtractYear
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Orderable, Page, PageViewRestriction
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from consultations.commenting import ReaderCommentsPage
from core import chrome, compiled
from core.blocks import BodyBlock
from core.compiled import Paginator
from core.feeds import SectionFeed
from core.fragments import image_version
from core.models import (
    ListItem,
    PortalPage,
    SectionIndexPage,
    kept_rows,
    kept_variant,
    listing_keeper,
    require_alt_text,
    with_image_renditions,
)

# Renditions of a news' lead picture in cards (news index, home page, related reading): the
# sizes and formats news/includes/news_card.html asks for, fetched with the listing's rows
# (one query for the whole list, kept with it) instead of one query per picture.
# (Spec strings as the `picture` tag writes them.)
CARD_IMAGE_SPECS = [
    f"format-{fmt}|fill-{size}" for fmt in ("webp", "jpeg") for size in ("400x250", "800x500")
]
RELATED_NEWS_COUNT = 4


def with_card_images(news):
    return with_image_renditions(news, "main_image", CARD_IMAGE_SPECS)


@register_snippet
class NewsCategory(ListItem):
    """Hoạt động Hội đồng, Phong trào thi đua, Chỉ đạo – điều hành, Điển hình tiên tiến…"""

    class Meta(ListItem.Meta):
        verbose_name = _("Chuyên mục tin")
        verbose_name_plural = _("Chuyên mục tin")


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "news.NewsPage", related_name="tagged_items", on_delete=models.CASCADE
    )


class NewsPageRelatedPage(Orderable):
    page = ParentalKey("news.NewsPage", related_name="related_links", on_delete=models.CASCADE)
    target = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Trang liên quan"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [PageChooserPanel("target")]

    class Meta(Orderable.Meta):
        verbose_name = _("Trang liên quan")


class NewsIndexPage(RoutablePageMixin, SectionIndexPage):
    """/tin-tuc/: newest first, filters by category, tag, year and month; RSS at rss/."""

    subpage_types = ["news.NewsPage"]
    parent_page_types = ["home.HomePage"]
    max_count = 1
    per_page = 12

    class Meta:
        verbose_name = _("Chuyên mục tin tức")

    def news(self):
        return NewsPage.objects.live().public().child_of(self).order_by("-date", "-pk")

    def get_context(self, request, *args, **kwargs):
        from news.filters import NewsFilterSet  # the filters module imports the models

        context = super().get_context(request, *args, **kwargs)
        categories = kept_rows("news-categories", NewsCategory.objects.all, [NewsCategory])
        news = with_card_images(self.news().select_related("category"))
        filterset = NewsFilterSet(request.GET, news, options={"chuyen_muc": categories})

        context.update(
            news_page=Paginator(
                filterset.qs,
                self.per_page,
                key=("news", self.pk, filterset.compiled_key()),
                keep=listing_keeper(
                    "news-listing",
                    [
                        NewsPage,
                        NewsCategory,
                        NewsPageTag,
                        Tag,
                        PageViewRestriction,
                        get_image_model(),
                    ],
                ),
            ).get_page(request.GET.get("trang")),
            categories=categories,
            current_category=filterset.chosen("chuyen_muc"),
            current_tag=filterset.chosen("the"),
            current_year=filterset.chosen("nam"),
            current_month=filterset.chosen("thang"),
            # Both change only when news are published or edited.
            archive=kept_rows(f"news-archive:{self.pk}", self.archive, [NewsPage]),
            popular_tags=kept_rows("news-popular-tags", self.popular_tags, [NewsPage, Tag]),
            filter_query=filterset.query_string(),
            feed_url=self.url + self.reverse_subpage("feed"),
        )
        return context

    def archive(self):
        """[(year, [(month, count), …]), …], newest first, in one query."""
        rows = (
            self.news()
            .order_by()
            .annotate(year=ExtractYear("date"), month=ExtractMonth("date"))
            .values("year", "month")
            .annotate(count=Count("id"))
            .order_by("-year", "-month")
        )
        archive = {}
        for row in rows:
            archive.setdefault(row["year"], []).append((row["month"], row["count"]))
        return list(archive.items())

    def popular_tags(self, limit=15):
        return list(
            Tag.objects.filter(news_newspagetag_items__content_object__live=True)
            .annotate(count=Count("news_newspagetag_items"))
            .order_by("-count", "name")[:limit]
        )

    @path("")
    def index(self, request):
        return self.render(request)

    @path("rss/", name="feed")
    def feed(self, request):
        items = self.news().select_related("category")[:30]
        return SectionFeed(self, items, _("Tin tức – sự kiện về công tác thi đua, khen thưởng"))(
            request
        )


class NewsPage(ReaderCommentsPage, PortalPage):
    """A news article."""

    date = models.DateTimeField(_("Ngày đăng"), default=timezone.now)
    lead = models.TextField(_("Tóm tắt"), blank=True)
    main_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Ảnh đại diện"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    main_image_alt = models.CharField(
        _("Mô tả ảnh (cho người khiếm thị)"),
        max_length=250,
        blank=True,
        help_text=_("Bắt buộc khi có ảnh đại diện."),
    )
    main_image_caption = models.CharField(_("Chú thích ảnh"), max_length=300, blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("Nội dung"), blank=True)
    category = models.ForeignKey(
        NewsCategory,
        verbose_name=_("Chuyên mục"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="news",
    )
    tags = ClusterTaggableManager(through=NewsPageTag, blank=True, verbose_name=_("Từ khóa"))
    movement = models.ForeignKey(
        "exemplars.MovementPage",
        verbose_name=_("Phong trào thi đua"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="news",
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("date"),
                FieldPanel("category"),
                FieldPanel("tags"),
                PageChooserPanel("movement"),
            ],
            _("Phân loại"),
        ),
        FieldPanel("lead"),
        MultiFieldPanel(
            [
                FieldPanel("main_image"),
                FieldPanel("main_image_alt"),
                FieldPanel("main_image_caption"),
            ],
            _("Ảnh đại diện"),
        ),
        FieldPanel("body"),
        InlinePanel("related_links", label=_("Trang liên quan")),
    ]
    search_fields = [
        *PortalPage.search_fields,
        index.FilterField("date"),
        index.FilterField("category"),
    ]
    search_text_sources = ("title", "lead", "body", "search_description")
    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []
    # Read with the page when it is served (core.routing): the template shows them.
    serve_select_related = ("category", "main_image")

    class Meta:
        verbose_name = _("Tin bài")
        verbose_name_plural = _("Tin bài")
        indexes = [
            # Newest first (home page, news index, feed): the first rows of this index, not a
            # sort of every news on each request.
            models.Index(fields=["date", "page_ptr"], name="news_newspage_date_idx"),
        ]

    def clean(self):
        super().clean()
        require_alt_text(
            self, "main_image", "main_image_alt", _("Hãy mô tả ảnh đại diện cho người khiếm thị.")
        )

    @property
    def display_date(self):
        return self.date

    @property
    def summary(self):
        return self.lead or self.search_description or ""

    @property
    def card_version(self):
        """What its card shows besides its own fields, as a plain value for `{% keep %}`:
        the category's name and the picture (core.fragments.image_version)."""
        return (self.category.name if self.category_id else None, image_version(self.main_image))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        related_links = self.related_links.select_related("target").all()
        context["related_pages"] = [
            link.target
            for link in compiled.rows(related_links, ("news related", self.pk), public=False)
            if link.target.live
        ]
        chosen = {page.pk for page in context["related_pages"]}
        context["related_news"] = [
            news for news in self.kept_related_news() if news.pk not in chosen
        ][:RELATED_NEWS_COUNT]
        context["page_tags"] = compiled.rows(self.tags.all(), ("news tags", self.pk), public=False)
        context["structured_data"] = self.structured_data(request)
        return context

    def related_news(self, limit=RELATED_NEWS_COUNT):
        """Live, public news of the same category or sharing a tag with this one, newest
        first, with their cards' pictures. Twice as many as shown, so that the list is still
        full once the pages an editor chose as related are left out of it."""
        shared_tags = NewsPageTag.objects.filter(
            tag_id__in=NewsPageTag.objects.filter(content_object_id=self.pk).values("tag_id")
        ).values("content_object_id")
        related = Q(pk__in=shared_tags)
        if self.category_id:
            related |= Q(category_id=self.category_id)
        news = (
            NewsPage.objects.live()
            .public()
            .filter(related)
            .exclude(pk=self.pk)
            .select_related("category")
            .order_by("-date", "-pk")
        )
        return list(with_card_images(news)[: 2 * limit])

    def kept_related_news(self):
        """`related_news()`, kept until a news, a tag, a category, an image or a view
        restriction changes (core.models.kept_variant): no query on most requests."""
        if self.pk is None:  # a preview of a page never saved
            return []
        return kept_variant(
            "news-related",
            (self.pk, self.category_id),
            self.related_news,
            [NewsPage, NewsPageTag, Tag, NewsCategory, PageViewRestriction, get_image_model()],
        )

    def structured_data(self, request):
        """schema.org NewsArticle, for search engines."""
        settings = chrome.portal_settings(request)  # the chrome's copy: no query
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": Truncator(self.title).chars(110),
            "datePublished": timezone.localtime(self.date).isoformat(),
            "dateModified": timezone.localtime(self.last_published_at or self.date).isoformat(),
            "mainEntityOfPage": self.get_full_url(request),
            "inLanguage": "vi",
        }
        if self.summary:
            data["description"] = self.summary
        if settings.council_name:
            data["publisher"] = {"@type": "GovernmentOrganization", "name": settings.council_name}
            data["author"] = {"@type": "GovernmentOrganization", "name": settings.council_name}
        if self.main_image_id:
            data["image"] = [
                request.build_absolute_uri(self.main_image.get_rendition("width-1200").url)
            ]
        return data
