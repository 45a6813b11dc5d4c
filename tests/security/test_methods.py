"""Only GET, HEAD, POST and OPTIONS reach the public site, and `Allow` lists only what an
address really answers. Before, Wagtail's pages answered PUT and DELETE like GET and listed
every method, and the sign-in forms listed PUT."""

import pytest

pytestmark = pytest.mark.django_db

REFUSED = ("PUT", "PATCH", "DELETE", "TRACE")
ADDRESSES = {
    # address: what it answers
    "/": "GET, HEAD, POST, OPTIONS",
    "/tin-tuc/": "GET, HEAD, POST, OPTIONS",
    "/tra-cuu/": "GET, HEAD, POST, OPTIONS",
    "/hoi-dap/gui-cau-hoi/": "GET, HEAD, POST, OPTIONS",
    "/tai-khoan/dang-nhap/": "GET, HEAD, POST, OPTIONS",
    "/tai-khoan/quen-mat-khau/": "GET, HEAD, POST, OPTIONS",
    "/tai-khoan/dang-xuat/": "POST, OPTIONS",
    "/robots.txt": "GET, HEAD, OPTIONS",
}


@pytest.mark.parametrize("address", ADDRESSES)
def test_options_lists_only_what_the_address_answers(client, address):
    response = client.options(address)
    assert response.status_code == 200
    assert response["Allow"] == ADDRESSES[address]
    assert response.content == b""


@pytest.mark.parametrize("method", REFUSED)
@pytest.mark.parametrize("address", ADDRESSES)
def test_other_methods_are_refused_with_a_true_allow(client, address, method):
    response = client.generic(method, address)
    assert response.status_code == 405
    assert response["Allow"] == ADDRESSES[address]


def test_a_view_refusing_a_public_method_lists_no_other(client):
    response = client.post("/robots.txt")
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD, OPTIONS"
