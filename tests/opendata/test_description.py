"""/du-lieu-mo/: the data sets, their fields, the licence and the personal-data note; the
licence is edited by the office in the admin's settings, by nobody else."""

import pytest
from django.urls import reverse

from demo import accounts as demo_accounts
from opendata.datasets import AWARDEE_FIELDS, DECISION_FIELDS
from opendata.models import DEFAULT_NAME, OpenDataLicence

pytestmark = pytest.mark.django_db


def licence_edit():
    pk = OpenDataLicence.load().pk
    return reverse("wagtailsettings:edit", args=["opendata", "opendatalicence", pk])


def test_the_page_describes_every_field_and_the_addresses(client):
    response = client.get("/du-lieu-mo/")
    assert response.status_code == 200
    html = response.content.decode()
    for field in [*DECISION_FIELDS, *AWARDEE_FIELDS]:
        assert f"<code>{field.key}</code>" in html
    for address in ("quyet-dinh.csv", "quyet-dinh.json", "khen-thuong.csv", "khen-thuong.json"):
        assert f'href="/du-lieu-mo/{address}"' in html
    assert "1000 dòng" in html and "?nam=2025" in html and "?trang=2" in html
    assert "Cập nhật: ngay khi một quyết định được công bố" in html


def test_the_page_names_the_licence_and_the_personal_data_rules(client):
    html = client.get("/du-lieu-mo/").content.decode()
    assert DEFAULT_NAME in html and 'rel="license"' in html
    assert "91/2025/QH15" in html and "356/2025/NĐ-CP" in html
    assert "không có năm sinh, số điện thoại, thư điện tử" in html
    assert "tối đa 20 trang" in html and "60 phút" in html


def test_the_licence_shown_is_the_one_the_office_edits(client, users):
    licence = OpenDataLicence.load()
    licence.name = "Giấy phép mở của tỉnh"
    licence.url = ""
    licence.text = "Ghi nguồn khi dùng lại."
    licence.save()
    html = client.get("/du-lieu-mo/").content.decode()
    assert "Giấy phép mở của tỉnh" in html and "Ghi nguồn khi dùng lại." in html
    assert DEFAULT_NAME not in html


def test_only_an_administrator_edits_the_licence(client, users):
    edit = licence_edit()
    anonymous = client.get(edit)
    assert anonymous.status_code == 302 and "/login/" in anonymous["Location"]
    for username in (demo_accounts.EDITOR, demo_accounts.UNIT_OFFICER):
        client.force_login(users[username])
        assert client.get(edit).status_code in (302, 403)
        refused = client.post(edit, {"name": "x", "url": "", "text": "x"})
        assert refused.status_code in (302, 403)
    assert OpenDataLicence.load().name == DEFAULT_NAME
    client.force_login(users[demo_accounts.ADMIN])
    assert client.get(edit).status_code == 200
    saved = client.post(
        edit, {"name": "CC BY 4.0", "url": "https://creativecommons.org/", "text": "Ghi nguồn."}
    )
    assert saved.status_code == 302
    assert OpenDataLicence.load().name == "CC BY 4.0"
