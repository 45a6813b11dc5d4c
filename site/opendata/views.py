"""/du-lieu-mo/: the description of the data sets, and the data sets as CSV and JSON.

Caching (core.pagecache answers a stored page before any view runs, so a stored answer could
not be counted against a rate limit):
- the decisions (no personal name) are stored by the shared page cache and a CDN like any
  public page, tagged with what they show, so publishing, unpublishing or editing a decision
  purges them; their limit counts the answers rendered, which is what costs the database;
- the awardees (personal names) are answered `private` (never in a shared cache, ours or a
  CDN's, so every download passes here and counts toward the client's limit); the built
  answer is kept in the shared cache under the version of the data it was read from
  (`core.models.kept_version`, renewed when a decision, an awardee, the catalogues, the view
  restrictions or the licence change), so a change shows at once and an unchanged page is
  built once for all app servers."""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.shortcuts import render
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _

from core import pagecache
from core.models import kept_version
from opendata import answers, limits
from opendata.datasets import DATA_SETS, PAGE_SIZE, SOURCE_MODELS, licence
from opendata.filters import DataSetQuery
from opendata.models import LICENCE_TAG

# What the decisions' answers show: every published decision (its page and address), its
# awardees' count, the catalogues it names, the section's address and the licence.
DECISION_TAGS = (
    "model:news.awarddecisionpage",
    "model:news.awarddecisionindexpage",
    "model:news.awardee",
    "model:news.awardform",
    "model:news.decisionlevel",
    LICENCE_TAG,
)
BY_SLUG = {data_set.slug: data_set for data_set in DATA_SETS}


def index(request):
    pagecache.tag(request, LICENCE_TAG)
    pagecache.described(request)
    awardee_pages, window = limits.limit_of("open-data-awardees")
    return render(
        request,
        "opendata/index.html",
        {
            "data_sets": DATA_SETS,
            "licence": licence(),
            "page_size": PAGE_SIZE,
            "awardee_pages": awardee_pages,
            "awardee_window_minutes": max(1, window // 60),
        },
    )


def data(request, slug, fmt):
    data_set = BY_SLUG[slug]
    limit = "open-data-awardees" if data_set.personal else "open-data-decisions"
    wait = limits.seconds_to_wait(limit, request)
    if wait:
        response = answers.problem(
            fmt,
            429,
            _(
                "Bạn đã tải quá nhiều trang dữ liệu trong thời gian ngắn. Vui lòng thử lại sau "
                "%(minutes)s phút."
            )
            % {"minutes": max(1, round(wait / 60))},
        )
        response["Retry-After"] = str(wait)
        return response
    query = DataSetQuery(request.GET)
    if not query.is_valid():
        return answers.problem(fmt, 400, _("Tham số không hợp lệ."), query.messages())
    wanted = {
        "year": query.cleaned_data["nam"],
        "decision_id": query.cleaned_data["quyet_dinh"],
        "number": query.cleaned_data["trang"] or 1,
    }
    if not data_set.personal:
        pagecache.tag(request, *DECISION_TAGS)
        pagecache.described(request)
        return answers.build(request, data_set, fmt, **wanted)
    response = _kept_answer(request, data_set, fmt, wanted)
    patch_cache_control(response, private=True, max_age=settings.BROWSER_MAX_AGE)
    # Names of people: not for search engines' indexes.
    response["X-Robots-Tag"] = "noindex"
    return response


def _kept_answer(request, data_set, fmt, wanted):
    # Every process renews the version when a source row changes (OpenDataConfig.ready).
    lifetime = settings.PAGE_CACHE_SECONDS
    if lifetime <= 0:
        return answers.build(request, data_set, fmt, **wanted)
    version = kept_version("open-data", SOURCE_MODELS)
    variant = "|".join(
        [request.get_host(), request.scheme, data_set.slug, fmt, repr(sorted(wanted.items()))]
    )
    key = f"opendata:answer:{version}:{hashlib.sha256(variant.encode()).hexdigest()[:40]}"
    stored = cache.get(key)
    if stored is not None:
        status, headers, content = stored
        response = HttpResponse(content, status=status)
        for name, value in headers:
            response[name] = value
        return response
    response = answers.build(request, data_set, fmt, **wanted)
    if response.status_code == 200:
        cache.set(key, (response.status_code, list(response.items()), response.content), lifetime)
    return response
