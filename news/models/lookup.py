"""The award lookup (/tra-cuu/) and the statistics against the targets (/thong-ke/)."""

from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from core import compiled
from core.dates import format_day
from core.exports import csv_response, export_filename, export_title, xlsx_response
from core.filters import int_param, query_string
from core.models import SectionIndexPage, kept_rows
from news.award_search import EXPORT_HEADER, export_rows, published_awardees
from news.models.decisions import AwardDecisionPage, Awardee
from news.models.targets import AwardTarget
from news.statistics import summary

# Larger result sets are offered as CSV only (XLSX is built in memory).
XLSX_MAX_ROWS = 20_000


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
        return self.render(
            request,
            context_overrides={
                "form": filterset.form,
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
        """(label, start year, end year, targets) chosen by ?nam= or ?giai_doan=START-END."""
        targets = kept_rows("award-targets", AwardTarget.objects.all, [AwardTarget])
        periods = sorted({(t.period_start, t.period_end) for t in targets}, reverse=True)
        year = int_param(request.GET, "nam", 1945, 2100)
        chosen = str(request.GET.get("giai_doan", ""))
        period = next((p for p in periods if f"{p[0]}-{p[1]}" == chosen), None)
        if year:
            start = end = year
            label = _("Năm %(year)s") % {"year": year}
        elif period or periods:
            start, end = period or periods[0]
            label = _("Giai đoạn %(start)s – %(end)s") % {"start": start, "end": end}
        else:
            start = end = None
            label = _("Toàn bộ")
        # A period's targets apply to a year inside it too.
        applying = [t for t in targets if start and t.period_start <= start and end <= t.period_end]
        return label, start, end, applying, periods, year

    def statistics(self, request):
        label, start, end, targets, periods, year = self.selection(request)
        return label, summary(start, end, targets), periods, year, start, end

    @path("")
    def index(self, request):
        label, stats, periods, year, start, end = self.statistics(request)
        years = kept_rows("statistics-years", decision_years, [AwardDecisionPage])
        return self.render(
            request,
            context_overrides={
                "label": label,
                "stats": stats,
                "chart_height": 40 * len(stats["targets"]) + 4,
                "periods": periods,
                "years": years,
                "current_year": year,
                "current_period": None if year else (start, end),
                "csv_url": f"{self.url}tai-ve/csv/?{query_string(request.GET)}",
            },
        )

    @path("tai-ve/csv/", name="export_csv")
    def export_csv(self, request):
        label, stats, *_rest = self.statistics(request)
        rows = [["Phạm vi", str(label), "", "", ""]]
        for tier, counts in stats["tiers"].items():
            rows.append(
                [
                    "Số lượng theo cấp",
                    tier,
                    counts["total"],
                    counts["collectives"],
                    counts["individuals"],
                ]
            )
        for name, count in stats["by_form"]:
            rows.append(["Theo hình thức", name, count, "", ""])
        by_locality = stats["by_locality"]
        since = format_day(by_locality["since"])
        for name, count in by_locality["current"]:
            rows.append([f"Theo xã, phường (từ {since})", name, count, "", ""])
        for name, count in by_locality["former"]:
            rows.append([f"Theo huyện, thành phố cũ (trước {since})", name, count, "", ""])
        for result in stats["targets"]:
            target = result.target
            rows.append(
                [
                    "Chỉ tiêu",
                    f"{target.get_tier_display()}: {target.get_group_display()} "
                    f"{target.get_comparison_display()} {target.threshold}%",
                    f"{result.ratio}%" if result.ratio is not None else "",
                    f"{result.achieved}/{result.base}",
                    "Đạt" if result.met else "Chưa đạt",
                ]
            )
        return csv_response(
            "thong-ke-khen-thuong.csv", ["Mục", "Nội dung", "Giá trị", "Chi tiết", "Đánh giá"], rows
        )
