"""Anyone verifies an award in seconds: the QR code on an awardee's page is read back from the
picture the browser shows, its address followed to the record; a revoked award and an
unknown code say so; the pages pass axe-core."""

import io

import zxingcpp
from PIL import Image

from demo import records as demo_records


def read_qr(png_bytes):
    found = zxingcpp.read_barcodes(Image.open(io.BytesIO(png_bytes)))
    assert len(found) == 1, "one QR code in the picture"
    assert found[0].format == zxingcpp.BarcodeFormat.QRCode
    return found[0].text


def test_scan_the_qr_code_of_an_awardee_and_see_the_record(demo_site, page, assert_accessible):
    from news.models import Awardee

    awardee = Awardee.objects.filter(full_name=demo_records.ANOTHER_AWARDEE).first()
    page.set_viewport_size({"width": 360, "height": 800})
    page.goto(f"{demo_site}/tra-cuu/{awardee.pk}/")
    qr = page.locator(".verification-box__qr svg")
    qr.scroll_into_view_if_needed()
    address = read_qr(qr.screenshot())
    assert address.startswith(demo_site + "/xac-minh/")
    code = page.locator(".verification-box .verification-code").inner_text()
    assert address == f"{demo_site}/xac-minh/{code}/"

    page.goto(address)
    assert page.locator("h1").inner_text() == demo_records.ANOTHER_AWARDEE
    assert "Khen thưởng có trong quyết định đã công bố" in page.locator("main").inner_text()
    assert awardee.decision.number in page.locator(".facts").inner_text()
    assert read_qr(page.locator(".verification__qr svg").screenshot()) == address
    assert_accessible(page)

    page.get_by_role("link", name="In giấy xác nhận khen thưởng").click()
    page.wait_for_url(f"**/xac-minh/{code}/giay-xac-nhan/")
    assert "GIẤY XÁC NHẬN KHEN THƯỞNG" in page.locator("h1").inner_text()
    assert read_qr(page.locator(".verification-sheet__qr svg").screenshot()) == address
    assert_accessible(page)


def test_a_revoked_award_and_an_unknown_code(demo_site, page, assert_accessible):
    from news.models import Awardee
    from verification.records import code_of

    revoked = Awardee.objects.get(full_name=demo_records.REVOKED_AWARDEE)
    page.goto(f"{demo_site}/xac-minh/{code_of(revoked)}/")
    status = page.locator(".verification__status").inner_text()
    assert "Khen thưởng này đã bị hủy bỏ" in status and "1120/QĐ-UBND" in status
    assert "12/06/2023" in status
    assert_accessible(page)

    page.goto(f"{demo_site}/xac-minh/")
    page.get_by_label("Mã xác minh in trên giấy khen, bằng khen").fill("zzzz zzzz")
    page.get_by_role("button", name="Xác minh").click()
    page.wait_for_url("**/xac-minh/ZZZZ-ZZZZ/")
    assert page.locator("h1").inner_text() == "Không tìm thấy mã xác minh"
    assert "ZZZZ-ZZZZ" in page.locator("main").inner_text()
    assert_accessible(page)

    page.get_by_label("Mã xác minh in trên giấy khen, bằng khen").fill("K7QW-2M")
    page.get_by_role("button", name="Xác minh").click()
    assert "Mã xác minh gồm 8 chữ cái và chữ số" in page.locator("main").inner_text()
    assert page.get_by_label("Mã xác minh in trên giấy khen, bằng khen").input_value() == "K7QW-2M"


def test_look_up_a_resistance_award_typed_without_marks_and_verify_it(
    demo_site, page, assert_accessible
):
    page.goto(demo_site + "/tra-cuu/")
    page.get_by_role("link", name="Tra cứu khen thưởng thành tích kháng chiến").click()
    page.wait_for_url("**/tra-cuu/khang-chien/")
    page.get_by_label("Họ và tên").fill("hoang van pan")
    page.get_by_label("Quê quán").fill("hoang van thu")
    page.get_by_role("button", name="Tra cứu").click()
    page.wait_for_url("**/tra-cuu/khang-chien/?*ten=hoang*")
    table = page.locator("table.data-table")
    assert "Hoàng Văn Pản" in table.inner_text()
    assert "Huân chương Kháng chiến Hạng Nhì" in table.inner_text()
    assert "1931" not in page.content()  # the year of birth is never published
    assert_accessible(page)

    table.get_by_role("link", name="Hoàng Văn Pản").click()
    page.wait_for_url("**/xac-minh/*/")
    assert page.locator("h1").inner_text() == "Hoàng Văn Pản"
    assert "sổ khen thưởng thành tích kháng chiến" in page.locator("main").inner_text()
    address = read_qr(page.locator(".verification__qr svg").screenshot())
    assert address == page.url
