from urllib.parse import urlencode

from django.shortcuts import render

from core.text import fold_query
from sitesearch.results import results_page as search_results

RESULTS_PER_PAGE = 10


def search(request):
    """Every live public page, matched on its folded text (see core.search)."""
    raw_query = request.GET.get("q", "")
    query = fold_query(raw_query)
    results_page = None
    if query:
        results_page = search_results(query, request.GET.get("trang"), RESULTS_PER_PAGE)
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
