"""Importing a proposal's nominees from a spreadsheet: the template reads back, every row is
checked first with a Vietnamese message naming its row and column, and one bad row means
nothing is saved."""

import csv
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook, load_workbook

from registrations.importing.nominees import NOMINEE_COLUMNS
from registrations.models import ProposedNominee
from tests.registrations.factories import UnitFactory, officer_for
from tests.registrations.proposals.factories import ProposalFactory, ProposalRoundFactory

pytestmark = pytest.mark.django_db

HEADING = [heading for _field, heading in NOMINEE_COLUMNS]
BANG_KHEN = "Bằng khen của Chủ tịch UBND tỉnh"


@pytest.fixture
def setting(client):
    proposal_round = ProposalRoundFactory()
    unit = UnitFactory()
    proposal = ProposalFactory(round=proposal_round, unit=unit)
    client.force_login(officer_for(unit))
    return {"round": proposal_round, "proposal": proposal}


def import_url(proposal_round):
    return f"/dang-ky-thi-dua/de-nghi/{proposal_round.pk}/nhap-danh-sach/"


def row(**values):
    cells = dict.fromkeys(HEADING, "")
    cells.update(values)
    return [cells[heading] for heading in HEADING]


def xlsx_upload(rows, name="de-nghi.xlsx"):
    workbook = Workbook()
    sheet = workbook.active
    for cells in rows:
        sheet.append(cells)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return SimpleUploadedFile(name, buffer.getvalue())


def person(name, **values):
    return row(
        **{
            "Cá nhân / tập thể": "Cá nhân",
            "Họ và tên / tên tập thể": name,
            "Năm sinh": "1980",
            "Giới tính": "Nam",
            "Hình thức đề nghị": BANG_KHEN,
            "Tóm tắt thành tích": "Hoàn thành xuất sắc nhiệm vụ.",
            **values,
        }
    )


def test_a_good_file_adds_every_row(client, setting):
    good = xlsx_upload(
        [
            HEADING,
            person("Vi Thị Hạnh", **{"Giới tính": "nữ", "Người lao động trực tiếp": "x"}),
            person("Hà Văn Tú", **{"Hình thức đề nghị": "chien si thi dua cap tinh"}),
            row(
                **{
                    "Cá nhân / tập thể": "Tập thể",
                    "Họ và tên / tên tập thể": "Phòng Tổng hợp",
                    "Hình thức đề nghị": BANG_KHEN,
                    "Tập thể nhỏ": "x",
                    "Tổng số thành viên": "12",
                    "Số thành viên đạt danh hiệu": "10",
                    "Tóm tắt thành tích": "Tập thể lao động xuất sắc hai năm liền.",
                }
            ),
        ]
    )
    response = client.post(import_url(setting["round"]), {"file": good})
    assert response.status_code == 303
    nominees = list(setting["proposal"].nominees.select_related("award_form"))
    assert [(n.full_name, n.kind, n.award_form.name) for n in nominees] == [
        ("Vi Thị Hạnh", "individual", BANG_KHEN),
        ("Hà Văn Tú", "individual", "Chiến sĩ thi đua cấp tỉnh"),
        ("Phòng Tổng hợp", "collective", BANG_KHEN),
    ]
    assert nominees[0].gender == "nu" and nominees[0].direct_worker
    assert nominees[2].small_collective and (
        nominees[2].members_total,
        nominees[2].members_titled,
    ) == (
        12,
        10,
    )
    assert [n.sort_order for n in nominees] == [0, 1, 2]


def test_a_bad_file_says_what_is_wrong_per_row_and_saves_nothing(client, setting):
    bad = xlsx_upload(
        [
            HEADING,
            person("Vi Thị Hạnh"),
            person("", **{"Năm sinh": "một chín tám"}),
            person("Hà Văn Tú", **{"Hình thức đề nghị": "Anh hùng Lao động"}),
            row(
                **{
                    "Cá nhân / tập thể": "Tập thể",
                    "Họ và tên / tên tập thể": "Tổ Văn thư",
                    "Năm sinh": "1990",
                    "Hình thức đề nghị": BANG_KHEN,
                    "Tóm tắt thành tích": "Tốt.",
                }
            ),
            person("Nông Văn Hải", **{"Tập thể nhỏ": "có lẽ", "Giới tính": "khác"}),
        ]
    )
    response = client.post(import_url(setting["round"]), {"file": bad})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Lỗi trong tệp (chưa nhập dòng nào)" in html
    found = {(e.row, e.column) for e in response.context["import_errors"]}
    assert found == {
        (3, "Họ và tên / tên tập thể"),
        (3, "Năm sinh"),
        (4, "Hình thức đề nghị"),
        (5, "Năm sinh"),
        (6, "Giới tính"),
        (6, "Tập thể nhỏ"),
    }
    assert "“Anh hùng Lao động” không có trong các hình thức của đợt đề nghị." in html
    assert "Tập thể không có năm sinh, giới tính." in html
    assert not ProposedNominee.objects.filter(proposal=setting["proposal"]).exists()


def test_an_unreadable_file_or_missing_columns_are_refused_clearly(client, setting):
    fake = SimpleUploadedFile("de-nghi.xlsx", b"PK\x03\x04 not really a workbook")
    response = client.post(import_url(setting["round"]), {"file": fake})
    assert response.status_code == 400
    assert "Không đọc được tệp XLSX." in response.content.decode()
    csv_file = SimpleUploadedFile("de-nghi.csv", "Họ và tên\nVi Thị Hạnh\n".encode())
    response = client.post(import_url(setting["round"]), {"file": csv_file})
    assert response.status_code == 400
    assert "Thiếu cột" in response.content.decode()
    assert not setting["proposal"].nominees.exists()


def test_a_csv_file_is_read_too(client, setting):
    text = io.StringIO()
    csv.writer(text).writerows([HEADING, person("Lộc Văn Bình")])
    upload = SimpleUploadedFile("de-nghi.csv", text.getvalue().encode("utf-8-sig"))
    response = client.post(import_url(setting["round"]), {"file": upload})
    assert response.status_code == 303
    assert setting["proposal"].nominees.get().full_name == "Lộc Văn Bình"


def test_the_template_reads_back_and_imports_as_it_is(client, setting):
    response = client.get("/dang-ky-thi-dua/mau-danh-sach-de-nghi/")
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content)).active
    assert [cell.value for cell in sheet[1]] == HEADING
    template = SimpleUploadedFile("mau.xlsx", response.content)
    assert client.post(import_url(setting["round"]), {"file": template}).status_code == 303
    assert setting["proposal"].nominees.count() == 2
