"""A citizen checks an award: filter decisions by level, open one, follow an awardee to the
lookup, download the result as CSV; and the section pages pass axe-core."""

import pytest


def test_filter_decisions_open_one_follow_awardee_and_download_csv(demo_site, page, tmp_path):
    page.goto(demo_site + "/khen-thuong/")
    page.get_by_label("Cấp quyết định").select_option(label="Chủ tịch UBND tỉnh")
    page.get_by_role("button", name="Lọc").click()
    page.wait_for_url("**/khen-thuong/?*cap=chu_tich_ubnd_tinh*")
    cards = page.locator(".card__meta")
    assert cards.count() > 0
    for index in range(cards.count()):
        assert "Chủ tịch UBND tỉnh" in cards.nth(index).inner_text()

    page.locator(".card__title a").first.click()
    assert "Quyết định" in page.locator("h1").inner_text()
    awardee_link = page.locator("table.data-table tbody th a").first
    name = awardee_link.inner_text()
    awardee_link.click()
    page.wait_for_url("**/tra-cuu/*/")
    assert page.locator("h1").inner_text() == name

    page.get_by_role("link", name=f"Tra cứu các khen thưởng của “{name}”").click()
    page.wait_for_url("**/tra-cuu/?ten=*")
    assert name in page.locator("table.data-table").inner_text()
    with page.expect_download() as download_info:
        page.get_by_role("link", name="CSV").click()
    download = download_info.value
    path = tmp_path / "ket-qua.csv"
    download.save_as(path)
    text = path.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("Mã,Loại,Họ và tên / tên tập thể")
    assert name in text


@pytest.mark.parametrize(
    "address",
    [
        "/tin-tuc/",
        "/van-ban/",
        "/van-ban/?q=1657",
        "/khen-thuong/",
        "/tra-cuu/?ten=nguyen",
        "/thong-ke/",
    ],
)
def test_section_pages_are_accessible(demo_site, page, assert_accessible, address):
    page.goto(demo_site + address)
    assert_accessible(page)


def test_detail_pages_are_accessible(demo_site, page, assert_accessible):
    from news.models import AwardDecisionPage, Awardee, LegalDocumentPage, NewsPage

    for url in (
        NewsPage.objects.live().order_by("-date").first().url,
        LegalDocumentPage.objects.get(number="1657/QĐ-UBND").url,
        AwardDecisionPage.objects.live().first().url,
        f"/tra-cuu/{Awardee.objects.first().pk}/",
    ):
        page.goto(demo_site + url)
        assert_accessible(page)
