"""A reader finds the open data: the description page explains each data set and its fields,
its links give the data, and the page passes axe-core on a phone and a desktop."""

import json

from opendata.models import DEFAULT_NAME


def test_the_open_data_page_and_its_data_sets(demo_site, page, assert_accessible):
    from news.models import AwardDecisionPage

    page.goto(f"{demo_site}/du-lieu-mo/")
    assert page.locator("h1").inner_text() == "Dữ liệu mở về khen thưởng"
    tables = page.locator("main table.data-table")
    assert tables.count() == 2
    assert "so_quyet_dinh" in tables.nth(0).inner_text()
    assert "duong_dan_xac_minh" in tables.nth(1).inner_text()
    assert "nam_sinh" not in page.locator("main").inner_text()
    assert page.get_by_role("link", name=DEFAULT_NAME).count() == 1
    assert_accessible(page)

    page.set_viewport_size({"width": 1280, "height": 900})
    assert_accessible(page)

    link = page.get_by_role("link", name="Quyết định khen thưởng (JSON)")
    answer = page.request.get(demo_site + link.get_attribute("href"))
    assert answer.ok
    body = json.loads(answer.text())
    published = AwardDecisionPage.objects.live().count()
    assert body["tong_so"] == published and len(body["du_lieu"]) == min(published, 1000)
    first = body["du_lieu"][0]
    page.goto(first["duong_dan"])
    assert first["so_quyet_dinh"] in page.locator("main").inner_text()

    awardees = page.request.get(f"{demo_site}/du-lieu-mo/khen-thuong.csv?nam=2025")
    assert awardees.ok and awardees.headers["content-type"] == "text/csv; charset=utf-8"
    assert awardees.text().lstrip("\ufeff").startswith("id,loai,ten,")
