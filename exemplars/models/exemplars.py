"""Stories of exemplary people and collectives: filters, featured stories, by-locality view."""

from django.db import models
from django.db.models import Case, Count, Q, Value, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from consultations.commenting import ReaderCommentsPage
from core import compiled
from core.compiled import Paginator
from core.feeds import SectionFeed
from core.filters import year_options
from core.models import (
    ListItem,
    PortalPage,
    SectionIndexPage,
    kept_rows,
    kept_variant,
    listing_keeper,
    prefetch_image_renditions,
    require_alt_text,
    with_image_renditions,
)
from exemplars.blocks import StoryBlock
from exemplars.filters import ExemplarFilterSet
from home.models import Locality
from news.models import Awardee, lookup_page_url

# Renditions of a story's photo in listings: the sizes and formats templates ask for, so they
# can be fetched with the pages (one query) instead of one query per image.
# (Spec strings as the `picture` tag in exemplars/includes/exemplar_card.html writes them.)
CARD_PHOTO_SPECS = [
    f"format-{fmt}|fill-{size}"
    for fmt in ("avif", "webp", "jpeg")
    for size in ("320x200", "640x400")
]


RELATED_STORIES_COUNT = 3


def with_photo_renditions(pages, specs=CARD_PHOTO_SPECS):
    return with_image_renditions(pages, "photo", specs)


@register_snippet
class ExemplarGroup(ListItem):
    """Công nhân, nông dân, giáo viên, y – bác sĩ, thanh niên, phụ nữ, doanh nhân…"""

    class Meta(ListItem.Meta):
        verbose_name = _("Nhóm gương điển hình")
        verbose_name_plural = _("Nhóm gương điển hình")


class ExemplarPage(ReaderCommentsPage, PortalPage):
    """The story of an exemplary person or collective."""

    class Kind(models.TextChoices):
        PERSON = "person", _("Cá nhân")
        COLLECTIVE = "collective", _("Tập thể")

    kind = models.CharField(
        _("Cá nhân / tập thể"), max_length=20, choices=Kind.choices, default=Kind.PERSON
    )
    subject_name = models.CharField(_("Họ tên / tên tập thể"), max_length=200)
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Ảnh chân dung, ảnh tập thể"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    photo_alt = models.CharField(
        _("Mô tả ảnh (cho người khiếm thị)"),
        max_length=250,
        blank=True,
        help_text=_("Bắt buộc khi có ảnh."),
    )
    summary = models.TextField(_("Tóm tắt (một đoạn)"), max_length=1000)
    story = StreamField(StoryBlock(), verbose_name=_("Câu chuyện"), blank=True)
    group = models.ForeignKey(
        ExemplarGroup, verbose_name=_("Nhóm"), on_delete=models.PROTECT, related_name="exemplars"
    )
    locality = models.ForeignKey(
        "home.Locality",
        verbose_name=_("Địa bàn"),
        on_delete=models.PROTECT,
        related_name="exemplars",
    )
    place_detail = models.CharField(_("Thôn, bản, đơn vị"), max_length=200, blank=True)
    ethnicity = models.CharField(_("Dân tộc"), max_length=50, blank=True)
    show_ethnicity = models.BooleanField(
        _("Hiển thị dân tộc"), default=False, help_text=_("Chỉ khi người được giới thiệu đồng ý.")
    )
    movement = models.ForeignKey(
        "exemplars.MovementPage",
        verbose_name=_("Phong trào thi đua"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="exemplars",
    )
    date = models.DateField(_("Ngày đăng"), default=timezone.localdate)
    featured = models.BooleanField(_("Tiêu biểu (đưa lên trang chủ)"), default=False)

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("kind"), FieldPanel("subject_name")]),
                FieldRowPanel([FieldPanel("group"), FieldPanel("date")]),
                FieldRowPanel([FieldPanel("locality"), FieldPanel("place_detail")]),
                FieldRowPanel([FieldPanel("ethnicity"), FieldPanel("show_ethnicity")]),
                PageChooserPanel("movement"),
                FieldPanel("featured"),
            ],
            _("Người, tập thể được giới thiệu"),
        ),
        MultiFieldPanel([FieldPanel("photo"), FieldPanel("photo_alt")], _("Ảnh")),
        FieldPanel("summary"),
        FieldPanel("story"),
    ]
    search_fields = [
        *PortalPage.search_fields,
        index.FilterField("date"),
        index.FilterField("featured"),
    ]
    search_text_sources = ("title", "subject_name", "summary", "story", "place_detail")
    parent_page_types = ["exemplars.ExemplarIndexPage"]
    subpage_types = []
    # Read with the page when it is served (core.routing): the template shows them all.
    serve_select_related = ("photo", "group", "locality", "movement")

    class Meta:
        verbose_name = _("Gương điển hình")
        verbose_name_plural = _("Gương điển hình")
        indexes = [models.Index(fields=["-date"], name="exemplars_date_idx")]

    def clean(self):
        super().clean()
        require_alt_text(self, "photo", "photo_alt", _("Hãy mô tả ảnh cho người khiếm thị."))

    @property
    def display_date(self):
        return self.date

    @property
    def visible_ethnicity(self):
        return self.ethnicity if self.show_ethnicity else ""

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        awards = compiled.rows(
            Awardee.objects.filter(exemplar=self, decision_live=True)
            .select_related("effective_form", "decision")
            .order_by("-decision_date"),
            ("exemplar awards", self.pk),
            public=False,
        )
        context["awards"] = awards
        context["lookup_url"] = lookup_page_url(request) if awards else ""
        context["related_stories"] = self.kept_related_stories()
        return context

    def related_stories(self, limit=RELATED_STORIES_COUNT):
        """Live, public stories of the same movement, place or group, those sharing most
        first, then the newest, with their cards' photos."""
        shared = [Q(locality_id=self.locality_id), Q(group_id=self.group_id)]
        if self.movement_id:
            shared.append(Q(movement_id=self.movement_id))
        related = Q()
        for condition in shared:
            related |= condition
        score = sum(
            (Case(When(condition, then=Value(1)), default=Value(0)) for condition in shared),
            Value(0),
        )
        stories = (
            ExemplarPage.objects.live()
            .public()
            .filter(related)
            .exclude(pk=self.pk)
            .select_related("group", "locality")
            .annotate(shared=score)
            .order_by("-shared", "-date", "-pk")
        )
        return list(with_photo_renditions(stories)[:limit])

    def kept_related_stories(self):
        """`related_stories()`, kept until a story, a group, a place, an image or a view
        restriction changes (core.models.kept_variant): no query on most requests."""
        if self.pk is None:  # a preview of a page never saved
            return []
        return kept_variant(
            "exemplar-related",
            (self.pk, self.locality_id, self.group_id, self.movement_id),
            self.related_stories,
            [ExemplarPage, ExemplarGroup, Locality, PageViewRestriction, get_image_model()],
        )


class ExemplarIndexPage(RoutablePageMixin, SectionIndexPage):
    """/guong-dien-hinh/: featured stories, filters, a by-locality view and an RSS feed."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["exemplars.ExemplarPage"]
    max_count = 1
    per_page = 12

    class Meta:
        verbose_name = _("Chuyên mục gương điển hình")

    def stories(self):
        return ExemplarPage.objects.live().public().child_of(self).order_by("-date", "-pk")

    def listing(self, queryset):
        return queryset.select_related("group", "locality", "photo")

    @path("")
    def index(self, request):
        # Reached through the story's field: movements.py imports this module.
        movement_page = ExemplarPage._meta.get_field("movement").related_model
        params = request.GET
        groups = kept_rows("exemplar-groups", ExemplarGroup.objects.all, [ExemplarGroup])
        # Only places with a story: the province's 65 communes and wards and the former
        # districts of older stories would otherwise fill the list with empty choices.
        localities = kept_rows(
            f"exemplar-localities:{self.pk}",
            Locality.objects.filter(
                exemplars__live=True, exemplars__path__startswith=self.path
            ).distinct,
            [ExemplarPage, Locality],
        )
        movements = kept_rows(
            "exemplar-movements",
            movement_page.objects.live().only("id", "title").order_by("-start_date").all,
            [movement_page],
        )
        filterset = ExemplarFilterSet(
            params,
            self.stories(),
            options={"nhom": groups, "dia_ban": localities, "phong_trao": movements},
        )
        filtered = filterset.is_filtered()
        stories = filterset.qs
        # The rows (and their photos' renditions) are kept until a story, a group, a place, a
        # movement, an image or a view restriction changes (core.models.kept_variant).
        keep = listing_keeper(
            "exemplar-listing",
            [
                ExemplarPage,
                ExemplarGroup,
                Locality,
                movement_page,
                PageViewRestriction,
                get_image_model(),
            ],
        )
        featured = (
            []
            if filtered
            else keep(
                ("featured", self.pk),
                lambda: compiled.rows(
                    self.listing(self.stories().filter(featured=True))[:4], ("featured", self.pk)
                ),
            )
        )
        featured_ids = tuple(page.pk for page in featured)
        if featured:
            stories = stories.exclude(pk__in=featured_ids)

        stories_page = Paginator(
            self.listing(stories),
            self.per_page,
            key=("stories", self.pk, filterset.compiled_key(), featured_ids),
            keep=keep,
        ).get_page(params.get("trang"))
        stories_page.object_list = list(stories_page.object_list)
        # The photos of the featured stories and of the page's stories: one rendition query.
        prefetch_image_renditions(
            [page.photo for page in [*featured, *stories_page.object_list]], CARD_PHOTO_SPECS
        )
        return self.render(
            request,
            context_overrides={
                "stories_page": stories_page,
                "featured": featured,
                "group_options": [(group.slug, group.name) for group in groups],
                "locality_options": [(loc.slug, str(loc)) for loc in localities],
                "movement_options": [(movement.pk, movement.title) for movement in movements],
                "filters": filterset.filter_values(),
                "filtered": filtered,
                "year_options": kept_rows(
                    f"exemplar-years:{self.pk}",
                    lambda: year_options(self.stories(), "date"),
                    [ExemplarPage],
                ),
                "filter_query": filterset.query_string(),
                "feed_url": self.url + self.reverse_subpage("feed"),
            },
        )

    @path("theo-dia-ban/", name="by_locality")
    def by_locality(self, request):
        """How many stories each locality has, with a link to them (one query)."""
        live_children = Q(exemplars__live=True, exemplars__path__startswith=self.path)
        localities = (
            Locality.objects.annotate(count=Count("exemplars", filter=live_children))
            .filter(count__gt=0)
            .order_by("-count", "sort_order", "name")
        )
        return self.render(
            request,
            template="exemplars/exemplars_by_locality.html",
            context_overrides={"localities": list(localities)},
        )

    @path("rss/", name="feed")
    def feed(self, request):
        items = self.stories().select_related("group")[:30]
        return SectionFeed(self, items, _("Gương điển hình tiên tiến"))(request)
