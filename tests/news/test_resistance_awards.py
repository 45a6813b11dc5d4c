"""The resistance-war award records: imported from the office's register (all or nothing),
looked up by folded name and native place, verified, and never showing a year of birth."""

import csv
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import Workbook

from demo import accounts as demo_accounts
from news.models import ResistanceAward
from news.resistance_import import COLUMNS
from verification.records import code_of

pytestmark = pytest.mark.django_db

HEADINGS = [heading for _field, heading in COLUMNS]
IMPORT_URL = "/admin/khen-thuong-khang-chien/nhap/"
LOOKUP_URL = "/tra-cuu/khang-chien/"
GOOD_ROWS = [
    [
        "1254/KT-CTN",
        "27/07/1988",
        "Chủ tịch nước",
        "Chu Văn Pác",
        "1931",
        "xã Hoàng Văn Thụ, tỉnh Lạng Sơn",
        "Huân chương Kháng chiến",
        "Hạng Nhì",
        "",
    ],
    [
        "386/KT-HĐBT",
        "15/03/1986",
        "Hội đồng Bộ trưởng",
        "Lăng Thị Nguyệt",
        "1940",
        "xã Hưng Đạo, tỉnh Lạng Sơn",
        "huy chuong khang chien",
        "hang nhat",
        "Thanh niên xung phong",
    ],
]


def csv_upload(rows, headings=HEADINGS):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(headings)
    writer.writerows(rows)
    return SimpleUploadedFile(
        "so-khang-chien.csv", ("\ufeff" + buffer.getvalue()).encode(), content_type="text/csv"
    )


def xlsx_upload(rows):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(HEADINGS)
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return SimpleUploadedFile("so-khang-chien.xlsx", buffer.getvalue())


@pytest.fixture
def secretary(client, users):
    client.force_login(users[demo_accounts.SECRETARIAT])
    return client


@pytest.mark.parametrize("upload", [csv_upload, xlsx_upload])
def test_a_good_file_is_imported_whole(secretary, upload):
    before = ResistanceAward.objects.count()
    response = secretary.post(IMPORT_URL, {"file": upload(GOOD_ROWS)})
    assert response.status_code == 302
    assert ResistanceAward.objects.count() == before + 2
    record = ResistanceAward.objects.get(full_name="Lăng Thị Nguyệt")
    assert record.award == "huy_chuong_khang_chien" and record.award_class == "nhat"
    assert record.decision_date.isoformat() == "1986-03-15" and record.birth_year == 1940
    assert (
        record.search_name == "lang thi nguyet"
        and record.source == "so-khang-chien.csv"
        or (record.source == "so-khang-chien.xlsx")
    )


def test_one_bad_row_imports_nothing_and_every_problem_is_named(secretary):
    bad = [
        GOOD_ROWS[0],
        ["", "31/02/1988", "", "Vi Văn Bình", "19x4", "", "Huân chương Độc lập", "Hạng Tư", ""],
        [
            "12/KT",
            "01/01/1990",
            "",
            "Nông Văn Dũng",
            "1995",
            "xã Mẫu Sơn",
            "Huân chương Kháng chiến",
            "",
            "",
        ],
    ]
    before = ResistanceAward.objects.count()
    response = secretary.post(IMPORT_URL, {"file": csv_upload(bad)})
    assert response.status_code == 200
    assert ResistanceAward.objects.count() == before
    errors = {(error.row, error.column) for error in response.context["errors"]}
    assert (3, "Số quyết định") in errors
    assert (3, "Ngày quyết định (dd/mm/yyyy)") in errors
    assert (3, "Năm sinh") in errors
    assert (3, "Quê quán") in errors
    assert (3, "Hình thức khen thưởng") in errors
    assert (3, "Hạng") in errors
    assert (4, "Năm sinh") in errors  # born after the decision
    html = response.content.decode()
    assert "chưa nhập dòng nào" in html


def test_a_file_without_the_columns_or_not_a_spreadsheet_is_refused(secretary):
    before = ResistanceAward.objects.count()
    response = secretary.post(IMPORT_URL, {"file": csv_upload(GOOD_ROWS, headings=["A", "B"])})
    assert response.status_code == 200 and response.context["form"].errors
    junk = SimpleUploadedFile("so.xlsx", b"PK\x03\x04 not really a workbook")
    response = secretary.post(IMPORT_URL, {"file": junk})
    assert response.status_code == 200 and response.context["form"].errors["file"]
    assert ResistanceAward.objects.count() == before


@pytest.mark.parametrize("account", ["anonymous", demo_accounts.UNIT_OFFICER])
def test_the_import_is_refused_to_who_may_not_add_records(client, users, account):
    if account != "anonymous":
        client.force_login(users[account])
    before = ResistanceAward.objects.count()
    response = client.post(IMPORT_URL, {"file": csv_upload(GOOD_ROWS)})
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert "/dang-nhap/" in response["Location"] or "login" in response["Location"]
    assert ResistanceAward.objects.count() == before


def test_the_templates_download(secretary):
    for fmt in ("xlsx", "csv"):
        response = secretary.get(f"/admin/khen-thuong-khang-chien/mau.{fmt}")
        assert response.status_code == 200 and "attachment" in response["Content-Disposition"]


@pytest.fixture
def imported(secretary):
    secretary.post(IMPORT_URL, {"file": csv_upload(GOOD_ROWS)})
    return ResistanceAward.objects.get(full_name="Chu Văn Pác")


@pytest.mark.parametrize(
    "params",
    [{"ten": "chu van pac"}, {"ten": "Pác"}, {"que_quan": "hoang van thu"}, {"nam": "1988"}],
)
def test_the_lookup_finds_a_record_typed_without_marks(client, imported, params):
    response = client.get(LOOKUP_URL, params)
    assert response.status_code == 200
    found = [record.full_name for record in response.context["results_page"]]
    assert "Chu Văn Pác" in found
    html = response.content.decode()
    assert reverse("verification:record", args=[code_of(imported)]) in html
    assert "1931" not in html  # the year of birth is never published


def test_the_lookup_answers_bad_input_and_keeps_it(client, imported):
    response = client.get(LOOKUP_URL, {"ten": "pac", "nam": "19xx", "hinh_thuc": "khac"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Năm phải là một số" in html and "Hình thức khen thưởng không có trong danh mục" in html
    assert "Chu Văn Pác" in html and 'value="pac"' in html


def test_a_record_is_verified_by_its_code(client, imported):
    code = code_of(imported)
    response = client.get(reverse("verification:record", args=[code]))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Chu Văn Pác" in html and "Huân chương Kháng chiến Hạng Nhì" in html
    assert "1254/KT-CTN" in html and "sổ khen thưởng thành tích kháng chiến" in html
    assert "1931" not in html
    sheet = client.get(reverse("verification:certificate", args=[code])).content.decode()
    assert "GIẤY XÁC NHẬN KHEN THƯỞNG" in sheet and "Chu Văn Pác" in sheet


def test_an_awardee_code_never_names_a_resistance_record(imported):
    from verification.records import find

    assert find(code_of(imported)).resistance == imported
    assert find(code_of(imported)).awardee is None


def test_statistics_count_the_records_apart(client, secretary):
    from django.test import Client

    from news.models import AwardStatisticsPage

    url = AwardStatisticsPage.objects.live().first().url
    reader = Client()
    before = reader.get(url).context["stats"]
    secretary.post(IMPORT_URL, {"file": csv_upload(GOOD_ROWS)})
    after = reader.get(url)
    stats = after.context["stats"]
    resistance = dict(stats["resistance"])
    assert resistance["Huân chương Kháng chiến Hạng Nhì"] == (
        dict(before["resistance"]).get("Huân chương Kháng chiến Hạng Nhì", 0) + 1
    )
    assert stats["totals"] == before["totals"]  # the decisions' awards and targets unchanged
    assert "không tính vào các số liệu và chỉ tiêu" in after.content.decode()
