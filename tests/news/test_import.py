"""Importing awardees from the XLSX/CSV template in the admin."""

import csv
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook, load_workbook
from wagtail.models import PageLogEntry

from demo import accounts as demo_accounts
from news.importing import COLUMNS
from news.models import Awardee
from tests.news.factories import AwardDecisionPageFactory

pytestmark = pytest.mark.django_db

HEADINGS = [heading for _field, heading in COLUMNS]


@pytest.fixture
def decision(section):
    return AwardDecisionPageFactory(parent=section("khen-thuong"), number="500/QĐ-UBND")


def import_url(decision):
    return f"/admin/khen-thuong/{decision.pk}/nhap-danh-sach/"


def csv_upload(rows, name="danh-sach.csv"):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(HEADINGS)
    writer.writerows(rows)
    data = ("\ufeff" + buffer.getvalue()).encode("utf-8")
    return SimpleUploadedFile(name, data, content_type="text/csv")


def xlsx_upload(rows):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(HEADINGS)
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return SimpleUploadedFile("danh-sach.xlsx", buffer.getvalue())


GOOD_ROWS = [
    [
        "Cá nhân",
        "Hoàng Thị Nhung",
        "Nông dân",
        "Thôn Khòn Pảng",
        "xã Tân Đoàn",
        "",
        "",
        "",
        "x",
        "",
        "x",
    ],
    ["Tập thể", "Trạm Y tế xã Thụy Hùng", "", "Sở Y tế", "xã Thụy Hùng", "", "x", "x", "", "", ""],
    [
        "cá nhân",
        "Lăng Văn Sìn",
        "Công nhân",
        "Công ty Xi măng Đồng Bành",
        "xã Chi Lăng",
        "",
        "",
        "",
        "",
        "x",
        "",
    ],
]


def draft_awardees(decision):
    decision.refresh_from_db()
    return list(decision.get_latest_revision_as_object().awardees.all())


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_template_downloads_for_editors(client, users, fmt):
    client.force_login(users[demo_accounts.EDITOR])
    response = client.get(f"/admin/khen-thuong/mau-danh-sach.{fmt}")
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    if fmt == "xlsx":
        sheet = load_workbook(io.BytesIO(response.content)).active
        assert [cell.value for cell in sheet[1]] == HEADINGS
    else:
        rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
        assert rows[0] == HEADINGS


def test_import_views_are_private(client, users, decision):
    for url in (import_url(decision), "/admin/khen-thuong/mau-danh-sach.xlsx"):
        response = client.get(url)
        assert response.status_code == 302 and "/admin/login/" in response["Location"]
    client.force_login(users[demo_accounts.UNIT_OFFICER])
    assert client.get("/admin/khen-thuong/mau-danh-sach.xlsx").status_code in (302, 403)
    response = client.post(import_url(decision), {"file": csv_upload(GOOD_ROWS)})
    assert response.status_code in (302, 403)
    assert draft_awardees(decision) == []


def test_valid_csv_goes_into_a_draft_for_approval(client, users, decision):
    client.force_login(users[demo_accounts.EDITOR])
    response = client.post(import_url(decision), {"file": csv_upload(GOOD_ROWS)})
    assert response.status_code == 302
    imported = draft_awardees(decision)
    assert [a.full_name for a in imported] == [
        "Hoàng Thị Nhung",
        "Trạm Y tế xã Thụy Hùng",
        "Lăng Văn Sìn",
    ]
    assert imported[0].farmer and imported[0].direct_worker
    assert imported[1].small_collective and imported[1].grassroots_unit
    assert imported[2].worker
    logged = PageLogEntry.objects.get(page=decision, action="tdkt.import")
    assert logged.user == users[demo_accounts.EDITOR] and logged.data == {
        "rows": 3,
        "replace": False,
    }
    # The live decision is unchanged until the draft is published through the workflow.
    assert Awardee.objects.filter(decision=decision).count() == 0
    decision.refresh_from_db()
    decision.get_latest_revision().publish()
    assert Awardee.objects.filter(decision=decision).count() == 3


def test_valid_xlsx_is_imported_and_appended(client, users, decision):
    client.force_login(users[demo_accounts.EDITOR])
    client.post(import_url(decision), {"file": xlsx_upload(GOOD_ROWS[:1])})
    client.post(import_url(decision), {"file": xlsx_upload(GOOD_ROWS[1:])})
    assert len(draft_awardees(decision)) == 3
    client.post(import_url(decision), {"file": xlsx_upload(GOOD_ROWS[:1]), "replace": "on"})
    assert [a.full_name for a in draft_awardees(decision)] == ["Hoàng Thị Nhung"]


def test_a_bad_row_is_named_and_nothing_is_imported(client, users, decision):
    client.force_login(users[demo_accounts.EDITOR])
    rows = [
        GOOD_ROWS[0],
        ["Nhóm", "Lý Văn Tư", "", "", "", "", "", "", "", "", ""],  # row 3: kind
        ["Cá nhân", "", "", "", "", "", "", "", "", "", ""],  # row 4: name
        [
            "Cá nhân",
            "Hà Thị Mến",
            "",
            "",
            "",
            "Huân chương Mặt Trăng",
            "",
            "",
            "",
            "",
            "",
        ],  # row 5: form
        ["Tập thể", "Tổ sản xuất", "", "", "", "", "", "", "có thể", "", ""],  # row 6: flag value
        [
            "Tập thể",
            "Tổ chế biến",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "x",
            "",
        ],  # row 7: worker on collective
    ]
    revisions = decision.revisions.count()
    response = client.post(import_url(decision), {"file": csv_upload(rows)})
    assert response.status_code == 200
    errors = [(e.row, e.column) for e in response.context["errors"]]
    assert (3, "Loại (Cá nhân/Tập thể)") in errors
    assert (4, "Họ và tên / tên tập thể") in errors
    assert (5, "Hình thức khen thưởng (để trống nếu theo quyết định)") in errors
    assert (6, "Lao động trực tiếp (x)") in errors
    assert (7, "Công nhân (x)") in errors
    assert (2, "Loại (Cá nhân/Tập thể)") not in errors
    html = response.content.decode()
    assert "chưa nhập dòng nào" in html
    assert decision.revisions.count() == revisions
    assert draft_awardees(decision) == []


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (
            SimpleUploadedFile("virus.csv", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" * 50),
            "không phải XLSX hoặc CSV",
        ),
        (SimpleUploadedFile("sai-ma.csv", b"Lo\xe1i,H\xe1\nC\xe1 nh\xe2n,A\n"), "UTF-8"),
        (SimpleUploadedFile("thieu-cot.csv", "Họ tên,Đơn vị\nA,B".encode()), "Thiếu cột"),
        (
            SimpleUploadedFile("hong.xlsx", b"PK\x03\x04not really a workbook"),
            "Không đọc được tệp XLSX",
        ),
    ],
)
def test_unreadable_files_get_a_clear_message(client, users, decision, upload, message):
    client.force_login(users[demo_accounts.EDITOR])
    response = client.post(import_url(decision), {"file": upload})
    assert response.status_code == 200
    assert message in response.content.decode()
    assert draft_awardees(decision) == []


def test_import_button_in_the_page_header(client, users, decision):
    client.force_login(users[demo_accounts.EDITOR])
    html = client.get(f"/admin/pages/{decision.pk}/edit/").content.decode()
    assert import_url(decision) in html
