from urllib.parse import urlencode

from django.shortcuts import render

from core.models import kept_rows
from core.text import fold_query
from news.models import AwardLookupPage
from sitesearch import results as search_results
from sitesearch.snippets import snippet
from sitesearch.suggestions import suggest

RESULTS_PER_PAGE = 10
# Fewer results than this on the first page of all sections: a correction is looked for.
FEW_RESULTS = 3


def _search_url(**params):
    return "?" + urlencode({name: value for name, value in params.items() if value})


def _lookup_url():
    """The award look-up's address, kept by the process (None without a live look-up)."""
    pages = kept_rows(
        "search-award-lookup",
        lambda: [page.url for page in AwardLookupPage.objects.live().public()[:1]],
        [AwardLookupPage],
    )
    return pages[0] if pages else None


def _result(page, query):
    """What the template shows of one result, read here: a missing attribute looked up by a
    template costs a `dir()` of the page (Django reports property errors that way)."""
    status_label = getattr(page, "document_status_label", "")
    return {
        "page": page,
        "title": page.title,
        "snippet": snippet(page, query),
        "type_label": getattr(page, "type_label", page._meta.verbose_name),
        "status": page.status if status_label else "",
        "status_label": status_label,
        "date": getattr(page, "display_date", None),
    }


def search(request):
    """Every live public page, matched on its folded text (see sitesearch.results)."""
    raw_query = request.GET.get("q", "")
    query = fold_query(raw_query)
    section_slug = str(request.GET.get("muc", ""))[:100]
    section = search_results.section_by_slug(section_slug) if section_slug else None
    context = {
        # Shown back to the person as typed (escaped by the template), but bounded.
        "search_query": raw_query[:200],
        "folded_query": query,
        "results_page": None,
        "unknown_section": bool(section_slug) and section is None,
        "noindex": True,
    }
    if query:
        number = request.GET.get("trang")
        found = search_results.search(query, number, RESULTS_PER_PAGE, section)
        suggestion = corrected_from = ""
        if found.total < FEW_RESULTS and section is None:
            suggestion = suggest(query)
            if suggestion:
                # Offered only if it finds something; shown at once if what was typed did not.
                better = search_results.search(
                    suggestion, number, RESULTS_PER_PAGE, read_pages=not found.total
                )
                if not better.total:
                    suggestion = ""
                elif not found.total:
                    found, corrected_from, query = better, query, suggestion
        context.update(
            found=found,
            results_page=found.page,
            results=[_result(page, query) for page in found.page],
            shown_query=query,
            corrected_from=corrected_from,
            suggestion=suggestion if not corrected_from else "",
            suggestion_url=_search_url(q=suggestion),
            original_url=_search_url(q=corrected_from),
            all_sections_url=_search_url(q=query),
            section_urls=[(item, _search_url(q=query, muc=item.slug)) for item in found.sections],
            pagination_query=urlencode({"q": query, **({"muc": section.slug} if section else {})}),
        )
        if found.awardee_name:
            lookup_url = _lookup_url()
            if lookup_url:
                context["lookup_offer"] = {
                    "name": found.awardee_name,
                    "url": f"{lookup_url}?{urlencode({'ten': found.awardee_name})}",
                }
    return render(request, "sitesearch/search.html", context)
