"""The two data sets: what each row holds (one list of fields, shown on the description page
and used as the CSV heading and the JSON keys) and how a page of rows is read.

Only what the published decisions themselves say: never an awardee's year of birth, never
contact data. Rows are read with `.only()` the published columns, so a private column cannot
reach an answer by mistake."""

from dataclasses import dataclass

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.models import PageViewRestriction

from core.models import kept_rows
from news.award_search import published_awardees
from news.models import AwardDecisionIndexPage, AwardDecisionPage, Awardee, AwardForm, DecisionLevel
from news.models.decisions import with_awardee_counts
from opendata.models import OpenDataLicence
from verification.records import code_of

# Rows per page: a fixed size, so page N always holds the same rows while nothing changes.
PAGE_SIZE = 1000

# What the data sets are read from: a change to any of them changes some answer.
SOURCE_MODELS = [
    AwardDecisionPage,
    AwardDecisionIndexPage,
    Awardee,
    AwardForm,
    DecisionLevel,
    PageViewRestriction,
    OpenDataLicence,
]


@dataclass(frozen=True)
class Field:
    key: str
    type: str
    meaning: str
    example: str


TEXT, NUMBER, DATE, URL = _("chuỗi"), _("số nguyên"), _("ngày (ISO 8601)"), _("địa chỉ web")

DECISION_FIELDS = [
    Field("id", NUMBER, _("Mã của quyết định trên Cổng (không đổi)"), "418"),
    Field("so_quyet_dinh", TEXT, _("Số, ký hiệu của quyết định"), "2150/QĐ-UBND"),
    Field("ngay_ky", DATE, _("Ngày ký quyết định"), "2025-11-14"),
    Field("cap_quyet_dinh", TEXT, _("Cấp quyết định"), "Chủ tịch UBND tỉnh"),
    Field("hinh_thuc_khen_thuong", TEXT, _("Hình thức khen thưởng của quyết định"), "Bằng khen"),
    Field("tieu_de", TEXT, _("Tiêu đề của quyết định"), "Quyết định tặng Bằng khen…"),
    Field("ly_do", TEXT, _("Lý do khen thưởng"), "đã có thành tích xuất sắc…"),
    Field("so_duoc_khen_thuong", NUMBER, _("Số tập thể, cá nhân được khen thưởng"), "12"),
    Field("duong_dan", URL, _("Địa chỉ trang của quyết định"), "https://…/khen-thuong/…/"),
]

AWARDEE_FIELDS = [
    Field("id", NUMBER, _("Mã của dòng trên Cổng (không đổi)"), "5231"),
    Field("loai", TEXT, _("Tập thể hoặc cá nhân"), "Cá nhân"),
    Field("ten", TEXT, _("Họ và tên, hoặc tên tập thể, như trong quyết định"), "Hoàng Thị Mai"),
    Field("chuc_vu", TEXT, _("Chức vụ, nghề nghiệp"), "Giáo viên"),
    Field("don_vi", TEXT, _("Đơn vị"), "Trường THCS Hoàng Văn Thụ"),
    Field("dia_phuong", TEXT, _("Địa phương, như ghi trong quyết định"), "Phường Lương Văn Tri"),
    Field("hinh_thuc_khen_thuong", TEXT, _("Hình thức khen thưởng"), "Bằng khen"),
    Field("quyet_dinh", NUMBER, _("Mã của quyết định (trường id của tập quyết định)"), "418"),
    Field("so_quyet_dinh", TEXT, _("Số, ký hiệu của quyết định"), "2150/QĐ-UBND"),
    Field("ngay_ky", DATE, _("Ngày ký quyết định"), "2025-11-14"),
    Field("cap_quyet_dinh", TEXT, _("Cấp quyết định"), "Chủ tịch UBND tỉnh"),
    Field(
        "duong_dan_xac_minh", URL, _("Trang xác minh khen thưởng"), "https://…/xac-minh/K7QW-2M9D/"
    ),
    Field(
        "tinh_trang",
        TEXT,
        _("“Có hiệu lực”, hoặc “Đã hủy bỏ” khi khen thưởng bị hủy bỏ bằng quyết định khác"),
        "Có hiệu lực",
    ),
    Field("ngay_huy_bo", DATE, _("Ngày hủy bỏ (trống nếu không bị hủy bỏ)"), "2026-11-20"),
    Field("quyet_dinh_huy_bo", TEXT, _("Số quyết định hủy bỏ (trống nếu không)"), "2290/QĐ-UBND"),
]

IN_FORCE, REVOKED = _("Có hiệu lực"), _("Đã hủy bỏ")


def public_decisions():
    """Published decisions outside any view restriction, in a stable order (by id)."""
    return AwardDecisionPage.objects.live().public().order_by("pk")


def decisions(year=None, decision_id=None):
    found = public_decisions()
    if year:
        found = found.filter(signed_on__year=year)
    if decision_id:
        found = found.filter(pk=decision_id)
    found = found.select_related("level", "award_form").only(
        "id", "title", "url_path", "path", "depth", "number", "signed_on", "reason",
        "level__name", "award_form__name", "award_form__rank",
    )  # fmt: skip
    return with_awardee_counts(found)


def awardees(year=None, decision_id=None):
    # The look-up's published awardees, restricted to the decisions listed above.
    found = published_awardees().filter(decision__in=public_decisions().values("pk"))
    if year:
        found = found.filter(decision_date__gte=f"{year}-01-01", decision_date__lte=f"{year}-12-31")
    if decision_id:
        found = found.filter(decision_id=decision_id)
    return found.order_by("pk").only(
        "id", "kind", "full_name", "position", "unit", "locality", "level", "decision_date",
        "revoked_on", "revocation_reference", "decision_id", "effective_form_id",
        "effective_form__name", "effective_form__rank", "decision__number",
    )  # fmt: skip


def _day(value):
    return value.isoformat() if value else None


def decision_row(request, decision):
    return {
        "id": decision.pk,
        "so_quyet_dinh": decision.number,
        "ngay_ky": _day(decision.signed_on),
        "cap_quyet_dinh": decision.level.name,
        "hinh_thuc_khen_thuong": str(decision.award_form),
        "tieu_de": decision.title,
        "ly_do": decision.reason,
        "so_duoc_khen_thuong": decision.awardee_count,
        "duong_dan": request.build_absolute_uri(decision.get_url(request)),
    }


def awardee_rows(request, page_of_awardees):
    levels = {
        row.code: row.name
        for row in kept_rows("decision-levels", DecisionLevel.objects.all, [DecisionLevel])
    }
    for awardee in page_of_awardees:
        yield {
            "id": awardee.pk,
            "loai": str(awardee.get_kind_display()),
            "ten": awardee.full_name,
            "chuc_vu": awardee.position,
            "don_vi": awardee.unit,
            "dia_phuong": awardee.locality,
            "hinh_thuc_khen_thuong": str(awardee.effective_form or ""),
            "quyet_dinh": awardee.decision_id,
            "so_quyet_dinh": awardee.decision.number,
            "ngay_ky": _day(awardee.decision_date),
            "cap_quyet_dinh": levels.get(awardee.level, ""),
            "duong_dan_xac_minh": request.build_absolute_uri(
                reverse("verification:record", args=[code_of(awardee)])
            ),
            "tinh_trang": str(REVOKED if awardee.revoked_on else IN_FORCE),
            "ngay_huy_bo": _day(awardee.revoked_on),
            "quyet_dinh_huy_bo": awardee.revocation_reference if awardee.revoked_on else "",
        }


@dataclass(frozen=True)
class DataSet:
    slug: str  # the file name at /du-lieu-mo/<slug>.csv and .json
    title: str
    description: str
    fields: list
    personal: bool  # holds personal names: the stricter rate limit, never in a shared cache
    queryset: object
    rows: object


DECISIONS = DataSet(
    slug="quyet-dinh",
    title=_("Quyết định khen thưởng"),
    description=_("Mỗi dòng là một quyết định khen thưởng đã công bố trên Cổng."),
    fields=DECISION_FIELDS,
    personal=False,
    queryset=decisions,
    rows=lambda request, page: (decision_row(request, row) for row in page),
)
AWARDEES = DataSet(
    slug="khen-thuong",
    title=_("Tập thể, cá nhân được khen thưởng"),
    description=_(
        "Mỗi dòng là một tập thể hoặc cá nhân có tên trong một quyết định khen thưởng đã công "
        "bố, kể cả khen thưởng đã bị hủy bỏ (ghi rõ tình trạng)."
    ),
    fields=AWARDEE_FIELDS,
    personal=True,
    queryset=awardees,
    rows=awardee_rows,
)
DATA_SETS = [DECISIONS, AWARDEES]


def licence():
    """The licence, kept per process and read again when the office saves it (no query)."""
    return kept_rows("open-data-licence", lambda: [OpenDataLicence.load()], [OpenDataLicence])[0]
