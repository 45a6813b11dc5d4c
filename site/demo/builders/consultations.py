"""Demo content of the consultations app (data/consultations/, read by
demo.content.consultations): the public holidays of
2025 – 2027, one consultation round that is open on the day the demo is seeded and one that
concluded months before, each with its nominees, their achievement reports (generated PDFs)
and citizens' opinions, most of them approved by the secretariat, one answered officially.

Idempotent, like the rest of the demo: everything is looked up before it is created, and the rounds'
dates are fixed when a round is first created.
"""

import zlib
from datetime import datetime, time, timedelta

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.contrib.sites.models import Site
from django.utils import timezone
from django.utils.html import escape

from consultations import moderation
from consultations.comment_forms import OpinionForm
from consultations.models import (
    ConsultationPage,
    Holiday,
    ModerationAction,
    ModerationLogEntry,
    NomineePage,
    NomineeState,
    PortalComment,
    WorkingCalendar,
)
from core.dates import format_long_day
from demo import accounts as demo_accounts
from demo.content import consultations as content
from demo.pages import child_by_slug, ensure_child, publish
from demo.pdf import pdf_document
from home.localities import localities_by_name
from news.models import AwardDecisionPage, AwardForm, LegalDocumentPage
from privacy.models import ConsentPurpose, ConsentRecord, record_consent

MODERATOR = demo_accounts.SECRETARIAT
APPROVAL_DELAY = timedelta(hours=4)  # how long after arriving an opinion is approved
OFFICE_HOURS = (8, 17)


def build(home, builder):

    for day, name in content.HOLIDAYS:
        Holiday.objects.get_or_create(date=day, defaults={"name": name})
    index = child_by_slug(home, "lay-y-kien")
    if index is None:
        return
    # demo.build creates the accounts first; where that account was removed, approvals are
    # recorded without a moderator.
    moderator = get_user_model().objects.filter(username=MODERATOR).first()
    calendar = WorkingCalendar(Holiday.objects.values_list("date", flat=True))
    build_open_round(index, calendar, moderator)
    build_concluded_round(index, calendar, moderator)


# Rounds ---------------------------------------------------------------------------------


def build_open_round(index, calendar, moderator):
    spec, timing = content.OPEN_ROUND, content.OPEN_ROUND["timing"]
    today = timezone.localdate()
    opens_at = at_hour(today - timedelta(days=timing["opens_days_ago"]), timing["opens_hour"])
    page = round_page(index, spec, opens_at, calendar)
    now = timezone.now()
    for nominee_spec in spec["nominees"]:
        nominee = nominee_page(page, nominee_spec, NomineeState.IN_CONSULTATION)
        add_opinions(nominee, page, nominee_spec["opinions"], moderator, calendar, latest=now)


def build_concluded_round(index, calendar, moderator):
    spec, timing = content.CONCLUDED_ROUND, content.CONCLUDED_ROUND["timing"]
    today = timezone.localdate()
    first_day = next_working_day(
        moderation.months_before(today, timing["opens_months_ago"]), calendar
    )
    opens_at = at_hour(first_day, timing["opens_hour"])

    def outcome(closes_at, council_meeting_on, texts):
        proposed = [n["full_name"] for n in spec["nominees"] if n["state"] == "proposed"]
        opinion_count = sum(len(n["opinions"]) for n in spec["nominees"])
        return {
            "outcome_published": True,
            "outcome_summary": rich_text(spec["outcome"], opinion_count=opinion_count, **texts),
            "outcome_decision": outcome_decision(proposed, council_meeting_on),
            "concluded_on": max(
                moderation.months_before(today, timing["concluded_months_ago"]),
                council_meeting_on,
            ),
        }

    page = round_page(index, spec, opens_at, calendar, outcome=outcome)
    for nominee_spec in spec["nominees"]:
        nominee = nominee_page(page, nominee_spec, nominee_spec["state"])
        # Opinions arrived while the round was open.
        latest = page.closes_at - timedelta(minutes=30)
        add_opinions(nominee, page, nominee_spec["opinions"], moderator, calendar, latest=latest)
    # The secretariat was told when it closed, months ago.
    type(page).objects.filter(pk=page.pk).update(closing_notice_sent_at=page.closes_at)


def round_page(index, spec, opens_at, calendar, outcome=None):
    """The round under /lay-y-kien/, created and published once with dates that satisfy
    ConsultationPage.clean (10 working days, council after closing)."""

    existing = child_by_slug(index, spec["slug"])
    if existing is not None:
        page = existing.specific
    else:
        timing = spec["timing"]
        closes_at = closing_time(opens_at, timing["closes_hour"], calendar)
        council_meeting_on = next_working_day(
            timezone.localtime(closes_at).date() + timedelta(days=timing["council_after_days"]),
            calendar,
        )
        texts = {
            "year": opens_at.year,
            "month": opens_at.month,
            "opens_on": timezone.localtime(opens_at).date(),
            "opens_at": moment(opens_at),
            "closes_at": moment(closes_at),
            "council_meeting_on": f"{council_meeting_on:%d/%m/%Y}",
        }
        fields = {
            "title": spec["title"].format(**texts),
            "proposing_body": content.PROPOSING_BODY,
            **legal_basis(),
            "description": rich_text(spec["description"], **texts),
            "opens_at": opens_at,
            "closes_at": closes_at,
            "council_meeting_on": council_meeting_on,
            "written_address": content.WRITTEN_ADDRESS,
            "written_email": content.WRITTEN_EMAIL,
            "show_opinions_publicly": True,
        }
        if spec.get("notice"):
            fields["notice_document"] = notice_document(spec, texts)
        if outcome is not None:
            fields.update(outcome(closes_at, council_meeting_on, texts))
        page = ensure_child(index, ConsultationPage, spec["slug"], **fields)
    if not page.live:
        page.awards_concerned.set([award_form(*award) for award in spec["awards"]])
        publish(page, published_at=page.opens_at)
    else:
        cite_library(page)
    return page


def legal_basis():
    """The round's basis: the library's document and the article cited."""

    document = LegalDocumentPage.objects.filter(number=content.LEGAL_DOCUMENT).first()
    return {"legal_document": document, "legal_article": content.LEGAL_ARTICLE}


def cite_library(page):
    """A round seeded before the library had its basis points to it now (new revision)."""
    fields = legal_basis()
    if page.legal_document_id or fields["legal_document"] is None:
        return
    page.legal_document = fields["legal_document"]
    page.legal_article = fields["legal_article"]
    page.legal_basis = ""
    page.save_revision().publish()


def nominee_page(consultation, spec, state):

    existing = child_by_slug(consultation, spec["slug"])
    if existing is not None:
        page = existing.specific
    else:
        page = ensure_child(
            consultation,
            NomineePage,
            spec["slug"],
            title=spec["title"],
            kind=spec["kind"],
            birth_year=spec["birth_year"],
            position=spec["position"],
            unit=spec["unit"],
            locality=localities_by_name([spec["locality"]]).get(spec["locality"]),
            proposed_award=award_form(*spec["award"]),
            achievement_summary=rich_text(spec["summary"]),
            achievement_report=report_document(spec, consultation),
            state=state,
        )
    if not page.live:
        publish(page, published_at=consultation.opens_at)
    return page


def outcome_decision(proposed_names, council_meeting_on):
    """The published decision that awards the proposed nominees, if the news section has one:
    it is signed after the council met, so a decision of an earlier year never stands in."""
    return (
        AwardDecisionPage.objects.live()
        .filter(signed_on__gte=council_meeting_on, awardees__full_name__in=proposed_names)
        .order_by("signed_on")
        .first()
    )


def award_form(name, rank):
    """A form of the news catalogue; created (as demo.builders.news would) if that catalogue
    lacks it."""
    group, recipients = content.AWARD_FORMS[(name, rank)]
    return AwardForm.objects.get_or_create(
        name=name, rank=rank, defaults={"group": group, "recipients": recipients}
    )[0]


# Opinions -------------------------------------------------------------------------------


def add_opinions(nominee, consultation, specs, moderator, calendar, latest):
    """Opinions as the nominee page's form stores them (CommentablePageMixin.build_comment),
    then moderated through consultations.moderation like the secretariat would."""

    content_type = ContentType.objects.get_for_model(NomineePage)
    site_id = Site.objects.get_current().pk
    consent_text = OpinionForm.base_fields["consent"].label
    for spec in specs:
        existing = PortalComment.objects.filter(
            page_id=nominee.pk, user_name=spec["name"], comment=spec["text"]
        ).first()
        if existing is not None:
            ensure_consent(existing, ConsentPurpose.OPINION, consent_text, existing.submit_date)
            continue
        submitted = min(
            consultation.opens_at + timedelta(hours=spec["hours_after_opening"]), latest
        )
        comment = PortalComment(
            content_type=content_type,
            object_pk=str(nominee.pk),
            site_id=site_id,
            user_name=spec["name"],
            user_email=f"{spec['email']}@{content.EMAIL_DOMAIN}",
            comment=spec["text"],
            submit_date=submitted,
            # Documentation addresses (RFC 5737), one per person.
            ip_address=f"203.0.113.{zlib.crc32(spec['name'].encode()) % 254 + 1}",
            is_public=False,
            is_removed=False,
            page_id=nominee.pk,
            round_id=consultation.pk,
            stance=spec["stance"],
            phone=spec["phone"],
            address=spec["address"],
            consent_at=submitted,
        )
        comment.save()
        ensure_consent(comment, ConsentPurpose.OPINION, consent_text, submitted)
        if not spec["approved"]:
            continue  # left in the moderation queue
        moderation.approve([comment], moderator)
        backdate_moderation(comment, approval_time(submitted, calendar))
        if spec.get("official_reply"):
            # reply_officially e-mails the commenter; the demo's addresses are made up, so the
            # answer is stored without mailing anyone (the stored comment keeps its address).
            comment.user_email = ""
            moderation.reply_officially(comment, moderator, spec["official_reply"])


def ensure_consent(submission, purpose, text, given_at):
    """The proof of consent a real submission carries, with the very words its form shows;
    also added to demo submissions seeded before the demo recorded it."""

    if not ConsentRecord.objects.filter(
        content_type=ContentType.objects.get_for_model(submission), object_id=submission.pk
    ).exists():
        record_consent(submission, purpose, text, given_at)


def approval_time(submitted, calendar):
    """A few hours after the opinion arrived, within the office's working hours."""
    at = timezone.localtime(submitted + APPROVAL_DELAY)
    opening, closing = OFFICE_HOURS
    day = at.date() + timedelta(days=1 if at.hour >= closing else 0)
    if not opening <= at.hour < closing or not calendar.is_working_day(day):
        at = at_hour(next_working_day(day, calendar), opening + 1)
    return min(at, timezone.now())


def backdate_moderation(comment, at):
    """approve() records the seeding moment; the demo shows the opinion approved a few hours
    after it arrived, as the secretariat would have."""
    PortalComment.objects.filter(pk=comment.pk).update(moderated_at=at)
    ModerationLogEntry.objects.filter(comment=comment, action=ModerationAction.APPROVE).update(
        at=at
    )


# Dates ----------------------------------------------------------------------------------


def at_hour(day, hour):
    return timezone.make_aware(datetime.combine(day, time(hour)))


def next_working_day(day, calendar):
    while not calendar.is_working_day(day):
        day += timedelta(days=1)
    return day


def closing_time(opens_at, hour, calendar):
    """The first working day's `hour` o'clock at or after the earliest closing allowed."""
    earliest = timezone.localtime(calendar.earliest_closing(opens_at))
    day = earliest.date()
    while not calendar.is_working_day(day) or at_hour(day, hour) < earliest:
        day += timedelta(days=1)
    return at_hour(day, hour)


def moment(value):
    local = timezone.localtime(value)
    return f"{local.hour} giờ {local.minute:02d} ngày {local:%d/%m/%Y}"


# Texts ----------------------------------------------------------------------------------


def rich_text(paragraphs, **texts):
    """Paragraphs as rich text HTML; a list inside the paragraphs becomes a bulleted list."""
    html = []
    for paragraph in paragraphs:
        if isinstance(paragraph, list):
            items = "".join(f"<li>{escape(item.format(**texts))}</li>" for item in paragraph)
            html.append(f"<ul>{items}</ul>")
        else:
            html.append(f"<p>{escape(paragraph.format(**texts))}</p>")
    return "".join(html)


def notice_document(spec, texts):
    notice = spec["notice"]
    title = notice["title"].format(**texts)
    nominees = [
        f"{number}. {n['title']}"
        + (f", {n['position']}" if n["position"] else "")
        + f", {n['unit']}: đề nghị tặng {award_form(*n['award'])}."
        for number, n in enumerate(spec["nominees"], start=1)
    ]
    blocks = [
        *letterhead(),
        # Signed on the day the round opens.
        ("pair", notice["number"], f"Lạng Sơn, {format_long_day(texts['opens_on'])}"),
        ("gap",),
        ("heading", notice["heading"]),
        ("center", notice["subject"].format(**texts)),
        ("gap",),
        *[("paragraph", text.format(**texts)) for text in spec["description"]],
        ("paragraph", "Danh sách tập thể, cá nhân được đề nghị khen thưởng:"),
        *[("item", line) for line in nominees],
        ("paragraph", "Ý kiến bằng văn bản gửi về:"),
        *[("item", line) for line in content.WRITTEN_ADDRESS.split("\n")],
        ("item", f"Thư điện tử: {content.WRITTEN_EMAIL}"),
        ("gap",),
        ("signature", *notice["signature"]),
    ]
    return pdf_document(title, notice["filename"], blocks, author=content.COUNCIL_NAME)


def report_document(spec, consultation):
    award = award_form(*spec["award"])
    title = f"Báo cáo thành tích – {spec['title']} (đề nghị tặng {award})"
    # The unit's report is signed about three weeks before the round opens.
    signed_on = timezone.localtime(consultation.opens_at).date() - timedelta(days=20)
    if spec["kind"] == NomineePage.Kind.PERSON:
        profile = [
            ("bold", "I. SƠ LƯỢC LÝ LỊCH"),
            ("item", f"Họ và tên: {spec['full_name']}"),
            ("item", f"Năm sinh: {spec['birth_year']}"),
            ("item", f"Chức vụ, nghề nghiệp: {spec['position']}"),
            ("item", f"Đơn vị công tác: {spec['unit']}"),
        ]
        signer = ("NGƯỜI BÁO CÁO THÀNH TÍCH", "(Đã ký)", spec["full_name"])
    else:
        profile = [
            ("bold", "I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH"),
            ("item", f"Tên tập thể: {spec['full_name']}"),
            ("item", f"Cơ quan, đơn vị quản lý: {spec['unit']}"),
        ]
        signer = ("THỦ TRƯỞNG ĐƠN VỊ", "(Đã ký và đóng dấu)")
    if spec["locality"]:
        profile.append(("item", f"Địa bàn: {spec['locality']}, tỉnh Lạng Sơn"))
    blocks = [
        ("heading", content.LETTERHEAD[0][1]),
        ("center", content.LETTERHEAD[1][1]),
        ("gap",),
        ("right", f"Lạng Sơn, {format_long_day(signed_on)}"),
        ("gap",),
        ("heading", "BÁO CÁO THÀNH TÍCH"),
        ("center", f"Đề nghị tặng {award}"),
        ("gap",),
        *profile,
        ("bold", "II. THÀNH TÍCH ĐẠT ĐƯỢC"),
        *[("paragraph", text) for text in spec["summary"]],
        ("bold", "III. CÁC HÌNH THỨC KHEN THƯỞNG ĐÃ ĐƯỢC GHI NHẬN"),
        *[("item", f"– {text}") for text in spec["previous_awards"]],
        ("gap",),
        ("signature", *signer),
    ]
    filename = f"bao-cao-thanh-tich-{spec['slug']}.pdf"
    return pdf_document(title, filename, blocks, author=spec["full_name"])


def letterhead():
    return [("pair", left, right) for left, right in content.LETTERHEAD]
