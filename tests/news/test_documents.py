"""Documents library: rules, filters, search by number and abstract without diacritics."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from wagtail.documents.models import Document

from news.models import IssuingBody, LegalDocumentFile, LegalDocumentPage
from tests.news.factories import LegalDocumentPageFactory

pytestmark = pytest.mark.django_db


def numbers(response):
    return [document.number for document in response.context["documents_page"]]


@pytest.mark.parametrize("query", ["1657", "1657/QĐ-UBND", "1657/qd-ubnd", "QĐ 1657"])
def test_search_by_number(client, query):
    assert "1657/QĐ-UBND" in numbers(client.get("/van-ban/", {"q": query}))


def test_search_abstract_without_diacritics(client):
    document = LegalDocumentPage.objects.get(number="1657/QĐ-UBND")
    words = " ".join(document.search_text.split()[4:7])
    assert "1657/QĐ-UBND" in numbers(client.get("/van-ban/", {"q": words}))
    assert "1657/QĐ-UBND" in numbers(client.get("/van-ban/", {"q": "nang cao chat luong thi dua"}))


def test_filters_by_type_issuer_year_and_status(client, section):
    issuer = IssuingBody.objects.create(name="Sở Thử nghiệm")
    LegalDocumentPageFactory(
        parent=section("van-ban"),
        number="77/KH-STN",
        doc_type="ke_hoach",
        issuer=issuer,
        issued_on=datetime.date(2019, 5, 2),
        status="expired",
    )
    assert numbers(client.get("/van-ban/", {"co_quan": issuer.pk})) == ["77/KH-STN"]
    assert "77/KH-STN" in numbers(client.get("/van-ban/", {"loai": "ke_hoach", "nam": 2019}))
    assert "77/KH-STN" not in numbers(client.get("/van-ban/", {"loai": "luat"}))
    assert all(
        LegalDocumentPage.objects.get(number=n).status == "expired"
        for n in numbers(client.get("/van-ban/", {"tinh_trang": "expired"}))
    )


@pytest.mark.parametrize(
    "params",
    [
        {"nam": "hai nghìn"},
        {"loai": "xyz"},
        {"co_quan": "abc"},
        {"tinh_trang": "'; DROP TABLE x; --"},
        {"q": "<script>alert(1)</script>"},
        {"q": "!!!"},
        {"q": "a" * 5000},
    ],
)
def test_bad_parameters_answer_without_error(client, params):
    response = client.get("/van-ban/", params)
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


def document(number):
    return LegalDocumentPage.objects.get(number=number)


def test_replacement_is_shown_both_ways(client):
    old, new = document("98/2023/NĐ-CP"), document("152/2025/NĐ-CP")
    assert old.replaced_by == new
    old_html = client.get(old.url).content.decode()
    assert "Hết hiệu lực" in old_html
    assert "Được thay thế bởi" in old_html
    assert f'<a href="{new.url}">Nghị định 152/2025/NĐ-CP</a>' in old_html
    new_html = client.get(new.url).content.decode()
    assert "Còn hiệu lực" in new_html
    assert "Thay thế</dt>" in new_html
    for replaced in ("98/2023/NĐ-CP", "28/2024/NĐ-CP"):
        assert f'<a href="{document(replaced).url}">Nghị định {replaced}</a>' in new_html


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("98/2023/NĐ-CP", "152/2025/NĐ-CP"),
        ("28/2024/NĐ-CP", "152/2025/NĐ-CP"),
        ("01/2024/TT-BNV", "15/2025/TT-BNV"),
        ("13/2023/NĐ-CP", "356/2025/NĐ-CP"),
    ],
)
def test_the_demo_library_knows_what_replaced_what(old, new):
    assert document(old).status == "expired"
    assert document(old).replaced_by == document(new)
    assert document(new).status == "in_force"


def test_current_texts_are_in_the_library():
    for number, issued, effective in [
        ("152/2025/NĐ-CP", datetime.date(2025, 6, 14), datetime.date(2025, 7, 1)),
        ("15/2025/TT-BNV", datetime.date(2025, 8, 4), None),
        ("91/2025/QH15", datetime.date(2025, 6, 26), datetime.date(2026, 1, 1)),
        ("356/2025/NĐ-CP", datetime.date(2025, 12, 31), datetime.date(2026, 1, 1)),
    ]:
        page = document(number)
        assert (page.issued_on, page.effective_on, page.live) == (issued, effective, True)


def test_the_filter_offers_and_applies_the_validity_states(client, section):
    LegalDocumentPageFactory(parent=section("van-ban"), number="5/QĐ-THU", status="partly_expired")
    response = client.get("/van-ban/")
    html = response.content.decode()
    for value, label in [
        ("in_force", "Còn hiệu lực"),
        ("partly_expired", "Hết hiệu lực một phần"),
        ("expired", "Hết hiệu lực"),
    ]:
        assert f'value="{value}"' in html and label in html
    assert numbers(client.get("/van-ban/", {"tinh_trang": "partly_expired"})) == ["5/QĐ-THU"]
    expired = numbers(client.get("/van-ban/", {"tinh_trang": "expired"}))
    assert "98/2023/NĐ-CP" in expired and "13/2023/NĐ-CP" in expired
    assert "152/2025/NĐ-CP" not in expired
    in_force = numbers(client.get("/van-ban/", {"tinh_trang": "in_force"}))
    assert "152/2025/NĐ-CP" in in_force and "98/2023/NĐ-CP" not in in_force


def test_search_results_show_the_validity_of_a_document(client):
    html = client.get("/tim-kiem/", {"q": "Nghị định 98/2023"}).content.decode()
    results = html.split('class="search-result"')[1:]
    old = next(item for item in results if document("98/2023/NĐ-CP").url in item)
    assert 'class="badge status status--expired">Hết hiệu lực</span>' in old
    html = client.get("/tim-kiem/", {"q": "Nghị định 152/2025"}).content.decode()
    results = html.split('class="search-result"')[1:]
    new = next(item for item in results if f'href="{document("152/2025/NĐ-CP").url}"' in item)
    assert 'class="badge status status--in_force">Còn hiệu lực</span>' in new


def test_documents_marked_replaced_before_become_expired():
    from importlib import import_module

    from django.apps import apps

    migration = import_module("news.migrations.0010_document_validity")
    page = document("15/2003/QH11")
    LegalDocumentPage.objects.filter(pk=page.pk).update(status="replaced")
    migration.replaced_is_expired(apps, None)
    page.refresh_from_db()
    assert page.status == "expired"


def test_rules(section):
    issuer = IssuingBody.objects.first()
    page = LegalDocumentPage(
        title="Thử",
        slug="thu",
        number="1/QĐ",
        doc_type="quyet_dinh",
        issuer=issuer,
        issued_on=datetime.date(2024, 5, 1),
        abstract="Thử",
        status="in_force",
        replaced_by=LegalDocumentPage.objects.get(number="152/2025/NĐ-CP"),
    )
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "status" in error.value.message_dict
    page.replaced_by = None
    page.status = "in_force"
    page.effective_on = datetime.date(2024, 4, 1)
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "effective_on" in error.value.message_dict


@pytest.mark.parametrize(
    ("name", "ok"),
    [
        ("quyet-dinh.pdf", True),
        ("ke-hoach.docx", True),
        ("cai-dat.exe", False),
        ("bang.xlsx", False),
    ],
)
def test_document_files_are_pdf_doc_or_docx(name, ok):
    document = Document(title=name)
    document.file.save(name, ContentFile(b"%PDF-1.4 test"), save=True)
    attachment = LegalDocumentFile(page=LegalDocumentPage.objects.first(), document=document)
    if ok:
        attachment.clean()
    else:
        with pytest.raises(ValidationError):
            attachment.clean()


def test_document_page_shows_facts_and_files(client):
    page = LegalDocumentPage.objects.get(number="1657/QĐ-UBND")
    html = client.get(page.url).content.decode()
    for text in ("1657/QĐ-UBND", "19/08/2021", "Còn hiệu lực", "Toàn văn 1657/QĐ-UBND", "DOCX"):
        assert text in html


def test_a_preview_shows_files_not_saved_yet(rf, users):
    page = LegalDocumentPage.objects.get(number="1657/QĐ-UBND")
    document = Document.objects.create(title="Phụ lục chưa lưu", file=ContentFile(b"x", "pl.pdf"))
    page.files.add(LegalDocumentFile(document=document, label="Phụ lục kèm theo"))
    html = page.make_preview_request().content.decode()
    assert "Phụ lục kèm theo" in html
    assert not LegalDocumentFile.objects.filter(label="Phụ lục kèm theo").exists()


def test_listing_query_count_is_constant(client, section):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    # The first request after a change reads the listing again (it is kept until the next
    # change: core.models.kept_variant); both it and the next are constant in the content.
    client.get("/van-ban/")  # the chrome and the filters' lists, built once
    LegalDocumentPageFactory(parent=section("van-ban"))
    with CaptureQueriesContext(connection) as rebuilt_before:
        client.get("/van-ban/")
    with CaptureQueriesContext(connection) as before:
        client.get("/van-ban/")
    for _ in range(30):
        LegalDocumentPageFactory(parent=section("van-ban"))
    with CaptureQueriesContext(connection) as rebuilt_after:
        client.get("/van-ban/")
    with CaptureQueriesContext(connection) as after:
        client.get("/van-ban/")
    assert len(rebuilt_after) == len(rebuilt_before)
    assert len(after) == len(before) < len(rebuilt_before)


def test_rebuilding_the_demo_marks_texts_replaced_since(section, home_page):
    from consultations.models import ConsultationPage
    from demo.builders import consultations as consultations_demo
    from demo.builders import news as news_demo

    # A library and a round seeded before Nghị định 152/2025/NĐ-CP replaced 98/2023.
    old = document("98/2023/NĐ-CP")
    LegalDocumentPage.objects.filter(pk=old.pk).update(status="in_force", replaced_by=None)
    consultation = ConsultationPage.objects.live().first()
    ConsultationPage.objects.filter(pk=consultation.pk).update(
        legal_document=None, legal_article="", legal_basis="Nghị định 98/2023/NĐ-CP, Điều 46."
    )
    news_demo.build(home_page, builder=None)
    consultations_demo.cite_library(ConsultationPage.objects.get(pk=consultation.pk))
    old.refresh_from_db()
    assert (old.status, old.replaced_by) == ("expired", document("152/2025/NĐ-CP"))
    assert old.get_latest_revision().as_object().status == "expired"
    consultation.refresh_from_db()
    assert consultation.legal_citation == "khoản 2 Điều 44 Nghị định 152/2025/NĐ-CP"
    assert consultation.legal_basis == ""
