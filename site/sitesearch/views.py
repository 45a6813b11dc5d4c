from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.shortcuts import render
from wagtail.models import Page

from core.text import fold_query

RESULTS_PER_PAGE = 10


def search(request):
    """Every live public page, matched on its folded text (see core.search)."""
    raw_query = request.GET.get("q", "")
    query = fold_query(raw_query)
    results_page = None
    if query:
        results = Page.objects.live().public().specific().search(query, operator="and")
        results_page = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("trang"))
    return render(
        request,
        "sitesearch/search.html",
        {
            # Shown back to the person as typed (escaped by the template), but bounded.
            "search_query": raw_query[:200],
            "folded_query": query,
            "results_page": results_page,
            "pagination_query": urlencode({"q": query}),
            "noindex": True,
        },
    )
