"""One error summary for every public form (templates/includes/forms/errors.html): an alert at
the top, a heading that says what failed, each field's error linked to that field."""

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache

from demo import accounts as demo_accounts
from tests.registrations.factories import CampaignFactory, UnitFactory, officer_for
from tests.registrations.helpers import form_data

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_limits():
    cache.clear()
    yield
    cache.clear()


def summary(response):
    """The heading and the (link, text) items of the page's one error summary."""
    found = BeautifulSoup(response.content, "html.parser").select(".form__errors")
    assert len(found) == 1
    box = found[0]
    assert box["role"] == "alert" and box["tabindex"] == "-1"
    items = [(li.a["href"] if li.a else None, " ".join(li.get_text().split())) for li in box("li")]
    return box.p.get_text(strip=True), items


def test_a_form_that_sends_links_each_error_to_its_field(client):
    heading, items = summary(client.post("/hoi-dap/gui-cau-hoi/", {"kind": "question"}))
    assert heading == "Chưa gửi được. Vui lòng xem lại:"
    assert ("#id_email", "Thư điện tử: Vui lòng nhập địa chỉ thư điện tử.") in items


def test_lookup_and_sign_in_say_what_failed(client):
    heading, items = summary(client.post("/hoi-dap/tra-cuu/", {"code": "", "email": ""}))
    assert heading == "Chưa tra cứu được. Vui lòng xem lại:"
    assert [href for href, _text in items] == ["#id_code", "#id_email"]

    response = client.post(
        "/tai-khoan/dang-nhap/", {"username": demo_accounts.UNIT_OFFICER, "password": "sai"}
    )
    heading, items = summary(response)
    assert heading == "Chưa đăng nhập được. Vui lòng xem lại:"
    assert len(items) == 1 and items[0][0] is None  # not a field's error: no link


def test_a_form_of_several_parts_lists_them_all_under_one_heading(client):
    campaign = CampaignFactory()
    client.force_login(officer_for(UnitFactory()))
    url = f"/dang-ky-thi-dua/dang-ky/{campaign.pk}/"
    data = form_data(client.get(url).content.decode(), "dang-ky-form")
    data.update({"signer_name": "", "action": "submit"})
    response = client.post(url, data)
    assert response.status_code == 400
    heading, items = summary(response)
    assert heading == "Chưa lưu được. Vui lòng xem lại:"
    assert "#id_signer_name" in [href for href, _text in items]
