"""Factories for consultation rounds, nominees and the opinions posted on them."""

import datetime

import factory
import wagtail_factories
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents.models import Document

from consultations.models import ConsultationPage, NomineePage, WorkingCalendar
from news.models import AwardForm, LegalDocumentPage

# The smallest well-formed PDF a browser opens: enough for an achievement report in tests.
MINIMAL_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)


def pdf_document(title="Báo cáo thành tích"):
    document = Document(title=title)
    document.file.save("bao-cao-thanh-tich.pdf", ContentFile(MINIMAL_PDF), save=False)
    document.save()
    return document


def open_round_times(now=None):
    """Opening two days ago, closing just after the 10-working-day minimum."""
    now = now or timezone.now()
    opens_at = now - datetime.timedelta(days=2)
    closes_at = WorkingCalendar().earliest_closing(opens_at) + datetime.timedelta(hours=1)
    return opens_at, closes_at


class ConsultationPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(
        lambda n: f"Lấy ý kiến nhân dân về đề nghị khen thưởng cấp Nhà nước đợt {n}"
    )
    slug = factory.Sequence(lambda n: f"lay-y-kien-dot-{n}")
    proposing_body = "Ủy ban nhân dân tỉnh"
    # The demo library's current decree; a bare database gets the free-text fallback.
    legal_document = factory.LazyFunction(
        lambda: LegalDocumentPage.objects.filter(number="152/2025/NĐ-CP").first()
    )
    legal_article = "khoản 2 Điều 44"
    legal_basis = factory.LazyAttribute(
        lambda page: "" if page.legal_document else "Luật Thi đua, khen thưởng 2022."
    )
    opens_at = factory.LazyFunction(lambda: open_round_times()[0])
    closes_at = factory.LazyFunction(lambda: open_round_times()[1])
    council_meeting_on = factory.LazyAttribute(
        lambda page: timezone.localtime(page.closes_at).date() + datetime.timedelta(days=7)
    )
    written_address = "Ban Thi đua – Khen thưởng, Sở Nội vụ tỉnh"
    written_email = "bantdkt@example.vn"

    class Meta:
        model = ConsultationPage


def award_form():
    return AwardForm.objects.get_or_create(
        name="Huân chương Lao động",
        rank="hạng Ba",
        defaults={"group": AwardForm.Group.ORDER},
    )[0]


class NomineePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Ông Hoàng Văn Bình {n}")
    slug = factory.Sequence(lambda n: f"nguoi-duoc-de-nghi-{n}")
    kind = NomineePage.Kind.PERSON
    birth_year = 1975
    position = "Giám đốc Hợp tác xã"
    unit = "Hợp tác xã Nông nghiệp Đồng Tâm"
    achievement_summary = "<p>Dẫn dắt hợp tác xã tăng doanh thu 35% trong ba năm.</p>"
    proposed_award = factory.LazyFunction(award_form)
    achievement_report = factory.LazyFunction(pdf_document)

    class Meta:
        model = NomineePage
