"""Admin choosers and listings searched the way people type Vietnamese: a few letters, with or
without diacritics ("chi lang" finds "xã Chi Lăng", "bang khen" finds "Bằng khen …").

Wagtail's snippet chooser offers a search box only for models in its search index, and its
listing search compares the typed text as is. Here both compare folded words (core.text): every
word typed must appear in the folded text of the row. A model with a stored folded column names
it in `folded_field` (searched in the database, on SQLite and PostgreSQL alike); a short
catalogue without one names its `search_fields`, folded row by row.

Who may open a chooser does not change: Wagtail's own check (access to the admin) applies, and
a model holding personal data keeps core.admin_permissions' viewset instead.
"""

from django import forms
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.admin.ui.tables import Column
from wagtail.snippets.views import chooser
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet

from core.search import filter_folded_words
from core.text import fold_query, fold_words


def search_folded(queryset, query, folded_field=None, search_fields=()):
    """Rows of `queryset` containing every folded word of `query`."""
    if folded_field:
        return filter_folded_words(queryset, folded_field, query)
    words = fold_query(query).split()
    if not words:
        return queryset
    matching = [
        pk
        for pk, *values in queryset.values_list("pk", *search_fields)
        if all(word in fold_words(" ".join(str(value or "") for value in values)) for word in words)
    ]
    return queryset.filter(pk__in=matching)


class FoldedSearchFilterForm(BaseFilterForm):
    q = forms.CharField(
        label=_("Tìm kiếm"),
        required=False,
        widget=forms.TextInput(attrs={"placeholder": _("Gõ vài chữ, có dấu hay không dấu")}),
    )

    def __init__(self, *args, search=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.search = search

    def filter(self, objects):
        objects = super().filter(objects)
        query = self.cleaned_data.get("q", "")
        if fold_query(query):
            objects = self.search(objects, query)
            self.is_searching = True
            self.search_query = query
        return objects


class FoldedChooseViewMixin:
    """For a chooser's views: the folded search box, an order and extra columns."""

    folded_field = None
    search_fields = ()
    # (accessor, label) of columns shown after the name, and the relations they read.
    extra_columns = ()
    select_related = ()

    def get_object_list(self):
        objects = super().get_object_list()
        return objects.select_related(*self.select_related) if self.select_related else objects

    def get_filter_form(self):
        return FoldedSearchFilterForm(self.request.GET, search=self.search_objects)

    def search_objects(self, objects, query):
        return search_folded(objects, query, self.folded_field, self.search_fields)

    @property
    def columns(self):
        extra = [Column(accessor, label=label) for accessor, label in self.extra_columns]
        return [*super().columns, *extra]


class FoldedSearchChooserViewSet(chooser.SnippetChooserViewSet):
    """A snippet chooser whose views get the folded search, `ordering` and `extra_columns`."""

    folded_field = None
    search_fields = ()
    extra_columns = ()
    select_related = ()
    ordering = None

    def folded(self, view_class):
        attributes = {
            "folded_field": self.folded_field,
            "search_fields": tuple(self.search_fields),
            "extra_columns": tuple(self.extra_columns),
            "select_related": tuple(self.select_related),
            "ordering": self.ordering,
        }
        return type(view_class.__name__, (FoldedChooseViewMixin, view_class), attributes)

    @cached_property
    def choose_view_class(self):
        return self.folded(chooser.ChooseView)

    @cached_property
    def choose_results_view_class(self):
        return self.folded(chooser.ChooseResultsView)


class FoldedSearchIndexView(IndexView):
    """A snippet listing whose search box folds like the chooser's."""

    folded_field = None

    def search_queryset(self, queryset):
        if not self.is_searching:
            return queryset
        return search_folded(queryset, self.search_query, self.folded_field, self.search_fields)


class FoldedSearchSnippetViewSet(SnippetViewSet):
    """A SnippetViewSet whose listing and chooser both search folded words.

    Set `search_fields` (folded row by row) or `folded_field` (a stored folded column, with
    `search_fields` naming what it holds); `chooser_ordering` and `chooser_columns`
    ((accessor, label) pairs, reading the relations in `chooser_select_related`) arrange the
    chooser's list."""

    folded_field = None
    search_backend_name = None
    chooser_ordering = None
    chooser_columns = ()
    chooser_select_related = ()
    chooser_per_page = 20

    @cached_property
    def index_view_class(self):
        return type("IndexView", (FoldedSearchIndexView,), {"folded_field": self.folded_field})

    @cached_property
    def chooser_viewset_class(self):
        attributes = {
            "folded_field": self.folded_field,
            "search_fields": tuple(self.search_fields or ()),
            "extra_columns": tuple(self.chooser_columns),
            "select_related": tuple(self.chooser_select_related),
            "ordering": self.chooser_ordering,
        }
        name = f"{self.model.__name__}ChooserViewSet"
        return type(name, (FoldedSearchChooserViewSet,), attributes)
