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


def test_replaced_document_links_its_replacement(client):
    old = LegalDocumentPage.objects.filter(status="replaced").exclude(replaced_by=None).first()
    html = client.get(old.url).content.decode()
    assert "Đã được thay thế" in html
    assert f'href="{old.replaced_by.url}"' in html


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
        status="replaced",
    )
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "replaced_by" in error.value.message_dict
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


def test_listing_query_count_is_constant(client, section):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get("/van-ban/")
    with CaptureQueriesContext(connection) as before:
        client.get("/van-ban/")
    for _ in range(30):
        LegalDocumentPageFactory(parent=section("van-ban"))
    with CaptureQueriesContext(connection) as after:
        client.get("/van-ban/")
    assert len(after) == len(before)
