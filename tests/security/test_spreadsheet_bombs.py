"""Spreadsheet bombs sent to each of the three importers (a unit's individuals, the editors'
awardee list, the secretariat's units and officers): each is refused with a Vietnamese message,
nothing is imported, and no file holds the request for more than a few seconds.

The bound of a few seconds is generous on purpose (this machine may be busy): before the
bounded reader, the same files took 12 s to 69 s each. bench/imports_bench.py gives the times.
"""

import time

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from news import importing as awardee_import
from news.models import Awardee
from registrations.importing import individuals as individual_import
from registrations.importing import units as unit_import
from registrations.models import RegisteredIndividual, Unit
from tests.news.factories import AwardDecisionPageFactory
from tests.security import bombs

pytestmark = pytest.mark.django_db

SECONDS_ALLOWED = 5
UNPACKED = "Tệp XLSX khi giải nén quá lớn"
UNREADABLE = "Không đọc được tệp XLSX."
TOO_MANY_ROWS = "Tệp có quá nhiều dòng"

# bomb: the message the person reads
EXPECTED = {
    "shared strings": UNPACKED,
    "wide row": UNPACKED,
    "long sheet": TOO_MANY_ROWS,
    "entity expansion": UNREADABLE,
    "lying sizes": UNREADABLE,
}


@pytest.fixture
def importers(as_role, unit_setting, section):
    """(client, address, headings, count of what the import would add) per importer."""
    decision = AwardDecisionPageFactory(parent=section("khen-thuong"), number="77/QĐ-UBND")
    officer = as_role("anonymous")
    officer.force_login(unit_setting["user"])
    campaign = unit_setting["campaign"]
    return {
        "individuals": (
            officer,
            f"/dang-ky-thi-dua/dang-ky/{campaign.pk}/nhap-ca-nhan/",
            list(individual_import.INDIVIDUAL_HEADINGS.values()),
            RegisteredIndividual.objects.count,
        ),
        "awardees": (
            as_role("editor"),
            f"/admin/khen-thuong/{decision.pk}/nhap-danh-sach/",
            list(awardee_import.HEADINGS.values()),
            Awardee.objects.count,
        ),
        "units": (
            as_role("secretariat"),
            "/admin/can-bo-don-vi/nhap-tu-tep/",
            list(unit_import.HEADINGS.values()),
            Unit.objects.count,
        ),
    }


@pytest.mark.parametrize("bomb", sorted(EXPECTED))
@pytest.mark.parametrize("importer", ["individuals", "awardees", "units"])
def test_a_bomb_is_refused_quickly_with_a_vietnamese_message(importers, importer, bomb):
    client, url, headings, count = importers[importer]
    data = bombs.built(bomb, tuple(headings))
    before = count()
    started = time.perf_counter()
    response = client.post(url, {"file": SimpleUploadedFile("danh-sach.xlsx", data)})
    elapsed = time.perf_counter() - started
    html = response.content.decode()
    assert response.status_code in (200, 400), response.status_code
    assert EXPECTED[bomb] in html, html[:2000]
    assert count() == before
    assert elapsed < SECONDS_ALLOWED, f"{bomb} held the request {elapsed:.1f} s"


def test_the_worst_file_within_the_bounds_is_read_in_seconds(importers):
    """Just under the unpacked limit and the ratio, 5,000 rows at 60 columns of numbers: read,
    checked row by row and answered with the row errors, quickly."""
    client, url, headings, count = importers["awardees"]
    data = bombs.dense_within_bounds(headings)
    before = count()
    started = time.perf_counter()
    response = client.post(url, {"file": SimpleUploadedFile("danh-sach.xlsx", data)})
    elapsed = time.perf_counter() - started
    assert response.status_code in (200, 400)
    html = response.content.decode()
    assert "Lỗi trong tệp" in html
    # Every row is wrong; the first 200 problems are listed and the rest counted.
    table = html[html.index("Lỗi trong tệp (chưa nhập dòng nào)") :].split("</table>")[0]
    assert table.count("<tr>") == 1 + 200
    assert "lỗi khác chưa liệt kê" in html
    assert count() == before
    assert elapsed < SECONDS_ALLOWED, f"held the request {elapsed:.1f} s"
