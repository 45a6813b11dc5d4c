"""Demo content of the questions section (data/questions/, read by demo.content.questions): the
topics, about a dozen questions answered by the secretariat (most of them published, some marked as
frequently asked), a few still open or forwarded, and the professional exchange under
/hoi-dap/nghiep-vu/ with guidance articles and Word templates to download.

Idempotent, like the rest of the demo: everything is looked up before it is created. A question is
found again by its sender's address and text, so its dates, fixed relative to the day it was first
seeded, never move; its public page is written once, through consultations.answers like the admin
does.
"""

import re
from datetime import date, datetime, time, timedelta

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.html import escape
from wagtail.documents.models import Document
from wagtail.models import Page

from consultations.answers import sync_public_page
from consultations.forms import AskForm
from consultations.models import (
    GuidanceIndexPage,
    GuidancePage,
    Holiday,
    Question,
    QuestionState,
    QuestionTopic,
    WorkingCalendar,
)
from core.docx_export import simple_docx
from demo.builders.consultations import MODERATOR, at_hour, ensure_consent, next_working_day
from demo.content import questions as content
from demo.pages import child_by_slug, ensure_child, publish
from privacy.models import ConsentPurpose

LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
OPEN_STATES = (QuestionState.RECEIVED, QuestionState.IN_PROGRESS)


def build(home, builder):

    index = child_by_slug(home, "hoi-dap")
    if index is None:
        return
    topics = {
        slug: QuestionTopic.objects.get_or_create(
            slug=slug, defaults={"name": name, "sort_order": order}
        )[0]
        for order, (name, slug) in enumerate(content.TOPICS, start=1)
    }
    staff = get_user_model().objects.filter(username=MODERATOR).first()
    calendar = WorkingCalendar(Holiday.objects.values_list("date", flat=True))
    for number, spec in enumerate(content.QUESTIONS, start=1):
        question = ensure_question(spec, number, topics, staff, calendar)
        if question.publish and question.public_page_id is None:
            publish_answer(question, staff)
    build_guidance(index)


# Questions ------------------------------------------------------------------------------


def ensure_question(spec, number, topics, staff, calendar):
    email = f"{spec['email']}@{content.EMAIL_DOMAIN}"
    existing = Question.objects.filter(email=email, text=spec["text"]).first()
    if existing is not None:
        ensure_consent(existing, ConsentPurpose.QUESTION, consent_text(), existing.submitted_at)
        return existing
    submitted = submission_time(spec)
    state = spec["state"]
    question = Question(
        reference_code=reference_code(spec, submitted),
        kind=spec["kind"],
        topic=topics[spec["topic"]],
        name=spec["name"],
        email=email,
        phone=spec["phone"],
        text=spec["text"],
        consent_at=submitted,
        submitted_at=submitted,
        # Documentation addresses (RFC 5737), one per question.
        ip_address=f"198.51.100.{number + 10}",
        state=state,
        assigned_to=staff if state == QuestionState.ANSWERED or spec.get("assigned") else None,
        internal_notes=spec.get("notes", ""),
        forwarded_to=spec.get("forwarded_to", ""),
        answer=rich_text(spec.get("answer", [])),
        publish=spec.get("publish", False),
        public_title=spec.get("public_title", ""),
        public_text=spec.get("public_text", ""),
        name_display=spec.get("name_display", "initials"),
        # The demo's published askers agreed to be named by their initials.
        publication_consent=spec.get("publish", False),
        is_faq=spec.get("is_faq", False),
    )
    if state not in OPEN_STATES:
        question.answered_at = answer_time(submitted, spec["answer_after"], calendar)
        # The demo's addresses are made up: the reply counts as mailed, so nothing is sent now
        # or when an editor later saves the question (questions.after_staff_save).
        question.answer_emailed_at = question.answered_at
    question.save()
    ensure_consent(question, ConsentPurpose.QUESTION, consent_text(), submitted)
    if question.publication_consent:
        label = AskForm.base_fields["publication_consent"].label
        ensure_consent(question, ConsentPurpose.PUBLICATION, label, submitted)
    return question


def consent_text():
    """The words the question form shows beside its consent box."""
    return AskForm.base_fields["consent"].label


def publish_answer(question, staff):
    page = sync_public_page(question, staff)
    # The public page went out when the office answered, not when the demo was seeded.
    Page.objects.filter(pk=page.pk).update(
        first_published_at=question.answered_at, last_published_at=question.answered_at
    )


def reference_code(spec, submitted):
    """HD-<year of arrival>-<code from the content>; left to Question.save (random) in the
    unlikely case a real question already holds it."""
    code = f"HD-{timezone.localtime(submitted).year}-{spec['code']}"
    return "" if Question.objects.filter(reference_code=code).exists() else code


def submission_time(spec):
    hour, minute = (int(part) for part in spec["time"].split(":"))
    day = timezone.localdate() - timedelta(days=spec["days_ago"])
    at = timezone.make_aware(datetime.combine(day, time(hour, minute)))
    return min(at, timezone.now() - timedelta(hours=1))


def answer_time(submitted, working_days, calendar):
    """`working_days` working days after the question arrived, during office hours."""
    day = timezone.localtime(submitted).date()
    while working_days > 0:
        day += timedelta(days=1)
        if calendar.is_working_day(day):
            working_days -= 1
    day = next_working_day(day, calendar)
    at = at_hour(day, 9 + submitted.minute % 7).replace(minute=submitted.minute)
    return min(at, timezone.now() - timedelta(minutes=30))


# Texts ----------------------------------------------------------------------------------


def inline(text):
    """Escaped text; [label](/address/) becomes a link."""
    return LINK.sub(r'<a href="\2">\1</a>', escape(text))


def rich_text(blocks):
    """Paragraphs as rich text HTML: a list becomes a bulleted list, ("ol", items) a numbered
    one."""
    html = []
    for block in blocks:
        if isinstance(block, tuple):
            items = "".join(f"<li>{inline(item)}</li>" for item in block[1])
            html.append(f"<ol>{items}</ol>")
        elif isinstance(block, list):
            items = "".join(f"<li>{inline(item)}</li>" for item in block)
            html.append(f"<ul>{items}</ul>")
        else:
            html.append(f"<p>{inline(block)}</p>")
    return "".join(html)


# Professional exchange --------------------------------------------------------------------


def build_guidance(question_index):

    spec = content.GUIDANCE_INDEX
    index = ensure_child(
        question_index, GuidanceIndexPage, spec["slug"], title=spec["title"], intro=spec["intro"]
    )
    if not index.live:
        publish(index)
    documents = {key: docx_document(doc) for key, doc in content.DOCUMENTS.items()}
    for page_spec in content.GUIDANCE_PAGES:
        on = (
            date.fromisoformat(page_spec["date"])
            if "date" in page_spec
            else timezone.localdate() - timedelta(days=page_spec["days_ago"])
        )
        page = ensure_child(
            index,
            GuidancePage,
            page_spec["slug"],
            title=page_spec["title"],
            kind=page_spec["kind"],
            date=on,
            lead=page_spec["lead"],
            body=stream(page_spec["body"], documents),
        )
        if not page.live:
            publish(page, published_at=at_hour(page.date, 9))


def stream(blocks, documents):
    """The content's body blocks as StreamField data (core.blocks.BodyBlock)."""
    data = []
    for kind, *values in blocks:
        if kind in ("heading", "subheading"):
            level = "h2" if kind == "heading" else "h3"
            data.append(("heading", {"text": values[0], "level": level}))
        elif kind == "paragraph":
            value = values[0]
            data.append(("paragraph", rich_text(value if isinstance(value, list) else [value])))
        elif kind == "document":
            key, label = values
            data.append(("document_link", {"document": documents[key], "title": label}))
    return data


def docx_document(spec):
    """A Word template in the document library, made once (looked up by title)."""
    document = Document.objects.filter(title=spec["title"]).first()
    if document is not None:
        return document
    data = simple_docx(spec["heading"], spec["lines"])
    document = Document(title=spec["title"])
    document.file.save(spec["filename"], ContentFile(data), save=False)
    document.file_size = len(data)
    document.save()
    return document
