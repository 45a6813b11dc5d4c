"""The localities' snippet: its list and its chooser search names without diacritics, current
units first (by kind, then name) and the former districts after."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet

from core.choosers import FoldedSearchSnippetViewSet
from home.models import Locality


class LocalityViewSet(FoldedSearchSnippetViewSet):
    model = Locality
    icon = "site"
    list_display = ["name", "kind", "is_current", "former_district"]
    list_filter = ["kind", "is_current"]
    list_per_page = 50
    search_fields = ["name"]
    folded_field = "search_name"
    chooser_ordering = ["-is_current", "kind", "search_name"]
    chooser_columns = [
        ("get_kind_display", _("Loại")),
        ("former_district.name", _("Huyện, thành phố cũ")),
    ]
    chooser_select_related = ["former_district"]


register_snippet(LocalityViewSet)
