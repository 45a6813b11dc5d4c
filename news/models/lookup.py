"""The award lookup (/tra-cuu/) and the statistics against the targets (/thong-ke/)."""

from decimal import Decimal

from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from core import compiled
from core.dates import format_day
from core.exports import csv_response, export_filename, export_title, xlsx_response
from core.filters import int_param, query_string
from core.models import SectionIndexPage, kept_rows
from core.text import slugify_vi
from news.award_search import (
    EXPORT_HEADER,
    ResistanceLookupForm,
    export_rows,
    published_awardees,
)
from news.models.catalogue import Tier
from news.models.decisions import AwardDecisionPage, Awardee, lookup_page_url
from news.models.targets import AwardTarget
from news.statistics import summary

# Larger result sets are offered as CSV only (XLSX is built in memory).
XLSX_MAX_ROWS = 20_000
# The look-up's first field, shown before the others.
SEARCH_FIELD = "ten"


class AwardLookupPage(RoutablePageMixin, SectionIndexPage):
    """Search the published awardees; a permalink per awardee; CSV and XLSX of the results."""

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1
    per_page = 25

    class Meta:
        verbose_name = _("Trang tra cứu khen thưởng")

    def lookup(self, request):
        from news.filters import LookupFilterSet  # the filters module imports the models

        return LookupFilterSet(request.GET, published_awardees())

    @path("")
    def search(self, request):
        filterset = self.lookup(request)
        # Nothing is listed until a valid filter is given.
        results_page = (
            self.results_page(filterset.qs, request.GET.get("trang"))
            if filterset.is_filtered()
            else None
        )
        filter_query = filterset.query_string()
        form = filterset.form
        # The name box comes first; the other filters are folded unless one of them is in use
        # (or was refused), so nothing that narrows the results is out of sight.
        more_fields = [form[name] for name in form.fields if name != SEARCH_FIELD]
        more_open = any(
            str(request.GET.get(field.name, "")).strip() or field.errors for field in more_fields
        )
        return self.render(
            request,
            context_overrides={
                "form": form,
                "search_field": form[SEARCH_FIELD],
                "more_fields": more_fields,
                "more_open": more_open,
                "statistics_url": statistics_page_url(request),
                "results_page": results_page,
                "filter_query": filter_query,
                "csv_url": f"{self.url}tai-ve/csv/?{filter_query}",
                "xlsx_url": f"{self.url}tai-ve/xlsx/?{filter_query}",
                "xlsx_max_rows": XLSX_MAX_ROWS,
            },
        )

    def results_page(self, results, number):
        """One page of `results`: the page's ids first (matched, sorted and cut by the index
        alone), then those rows with their decision and award form. Joining before cutting
        would join every match: hundreds of rows for a common name at 100,000 awardees."""
        page = Paginator(results.values_list("pk", flat=True), self.per_page).get_page(number)
        ids = list(page.object_list)
        rows = compiled.in_bulk(
            results.model.objects.select_related("effective_form", "decision"),
            ids,
            "look-up rows",
        )
        page.object_list = [rows[pk] for pk in ids]
        return page

    @path("<int:awardee_id>/", name="awardee")
    def awardee(self, request, awardee_id):
        awardee = get_object_or_404(
            Awardee.objects.select_related("effective_form", "decision__level", "exemplar"),
            pk=awardee_id,
            decision_live=True,
        )
        return self.render(
            request,
            template="news/awardee_detail.html",
            context_overrides={"awardee": awardee, "decision": awardee.decision},
        )

    @path("khang-chien/", name="resistance")
    def resistance(self, request):
        """The resistance-war award records (khen thưởng thành tích kháng chiến), looked up by
        folded name, native place, award and year; each links to its verification page."""
        form = ResistanceLookupForm(request.GET or None)
        results_page = None
        if form.is_filtered():
            results_page = Paginator(form.records(), self.per_page).get_page(
                request.GET.get("trang")
            )
        query = query_string(request.GET, exclude=("trang",))
        return self.render(
            request,
            template="news/resistance_lookup.html",
            context_overrides={
                "form": form,
                "results_page": results_page,
                "filter_query": query,
                "noindex": bool(request.GET),
            },
        )

    @path("tai-ve/csv/", name="export_csv")
    def export_csv(self, request):
        results = self.lookup(request).qs
        return csv_response(
            "tra-cuu-khen-thuong.csv", EXPORT_HEADER, export_rows(results, self.full_url)
        )

    @path("tai-ve/xlsx/", name="export_xlsx")
    def export_xlsx(self, request):
        results = self.lookup(request).qs
        if results.count() > XLSX_MAX_ROWS:
            raise Http404  # the page offers CSV instead for such a large set
        rows = export_rows(results, self.full_url)
        return xlsx_response(
            export_filename("Tra cứu khen thưởng"),
            [("Khen thưởng", EXPORT_HEADER, rows)],
            title=export_title("Kết quả tra cứu khen thưởng – " + self.title),
        )


def decision_years():
    """The years with a published decision, newest first."""
    return [d.year for d in AwardDecisionPage.objects.live().dates("signed_on", "year", "DESC")]


class AwardStatisticsPage(RoutablePageMixin, SectionIndexPage):
    """Counts per year or plan period, and the achieved ratios next to each target."""

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("Trang thống kê khen thưởng")

    def selection(self, request):
        """(label, start year, end year, targets, periods, year, notice) chosen by ?nam= or
        ?giai_doan=START-END. A bad value is left out and the notice says so."""
        targets = kept_rows("award-targets", AwardTarget.objects.all, [AwardTarget])
        periods = sorted({(t.period_start, t.period_end) for t in targets}, reverse=True)
        year = int_param(request.GET, "nam", 1945, 2100)
        chosen = str(request.GET.get("giai_doan", "")).strip()
        period = next((p for p in periods if f"{p[0]}-{p[1]}" == chosen), None)
        notice = ""
        typed_year = str(request.GET.get("nam", "")).strip()
        if typed_year and not year:
            notice = _("Năm “%(value)s” không hợp lệ (ví dụ: 2025).") % {"value": typed_year[:20]}
        elif chosen and not period and not year:
            notice = _("Không có giai đoạn “%(value)s” (ví dụ: 2021-2025).") % {
                "value": chosen[:20]
            }
        if year:
            start = end = year
            label = _("Năm %(year)s") % {"year": year}
        elif period or periods:
            start, end = period or periods[0]
            label = _("Giai đoạn %(start)s – %(end)s") % {"start": start, "end": end}
        else:
            start = end = None
            label = _("Toàn bộ")
        if notice:
            notice = _("%(problem)s Đang hiển thị: %(label)s.") % {
                "problem": notice,
                "label": label,
            }
        # A period's targets apply to a year inside it too.
        applying = [t for t in targets if start and t.period_start <= start and end <= t.period_end]
        return label, start, end, applying, periods, year, notice

    def statistics(self, request):
        label, start, end, targets, periods, year, notice = self.selection(request)
        return label, summary(start, end, targets), periods, year, start, end, notice

    @path("")
    def index(self, request):
        label, stats, periods, year, start, end, notice = self.statistics(request)
        years = kept_rows("statistics-years", decision_years, [AwardDecisionPage])
        return self.render(
            request,
            context_overrides={
                "label": label,
                "notice": notice,
                "stats": stats,
                "periods": periods,
                "years": years,
                "current_year": year,
                "current_period": None if year else (start, end),
                "csv_url": f"{self.url}tai-ve/csv/?{query_string(request.GET)}",
                "lookup_url": lookup_page_url(request),
            },
        )

    @path("tai-ve/csv/", name="export_csv")
    def export_csv(self, request):
        label, stats, *_rest = self.statistics(request)
        return csv_response(
            f"thong-ke-khen-thuong-{slugify_vi(str(label))}.csv",
            STATISTICS_CSV_HEADER,
            statistics_rows(label, stats),
        )


# The statistics download: one row per figure, in words people read (never a stored code).
STATISTICS_CSV_HEADER = [
    "Mục",
    "Nội dung",
    "Số lượt",
    "Tập thể",
    "Cá nhân",
    "Trên tổng số",
    "Tỷ lệ đạt được",
    "Chỉ tiêu",
    "Đánh giá",
]


def percent_text(value):
    """45,3% (Vietnamese decimal comma), or blank when there is nothing to divide."""
    return "" if value is None else f"{number_format(Decimal(value).normalize())}%"


def statistics_rows(label, stats):
    """The rows of the statistics download, under STATISTICS_CSV_HEADER."""

    def row(section, name, count="", collectives="", individuals="", *target):
        return [section, name, count, collectives, individuals, *target]

    totals = stats["totals"]
    rows = [
        row("Phạm vi", str(label)),
        row("Tổng số", "Tất cả các cấp", *(totals[key] for key in TOTAL_KEYS)),
    ]
    for tier, counts in stats["tiers"].items():
        name = str(Tier(tier).label)
        rows.append(row("Theo cấp khen thưởng", name, *(counts[key] for key in TOTAL_KEYS)))
    rows += [row("Theo cấp quyết định", name, count) for name, count in stats["by_level"]]
    rows += [row("Theo hình thức khen thưởng", name, count) for name, count in stats["by_form"]]
    by_locality = stats["by_locality"]
    since = format_day(by_locality["since"])
    current = f"Theo xã, phường (từ {since})"
    former = f"Theo huyện, thành phố cũ (trước {since})"
    rows += [row(current, name, count) for name, count in by_locality["current"]]
    rows += [row(former, name, count) for name, count in by_locality["former"]]
    for result in stats["targets"]:
        target = result.target
        rows.append(
            row(
                "Chỉ tiêu",
                f"{target.get_tier_display()}: {target.get_group_display()}",
                result.achieved,
                "",
                "",
                result.base,
                percent_text(result.ratio),
                f"{target.get_comparison_display()} {percent_text(target.threshold)}",
                "Đạt" if result.met else "Chưa đạt",
            )
        )
    return rows


TOTAL_KEYS = ("total", "collectives", "individuals")


def statistics_page_url(request):
    """The address of the statistics page (/thong-ke/), or "" when it is not published."""
    found = kept_rows(
        "award-statistics-page",
        lambda: AwardStatisticsPage.objects.live().only("id", "url_path", "path", "depth")[:1],
        [AwardStatisticsPage],
    )
    return found[0].get_url(request) if found else ""
