"""Citizens' questions on the public site, the routes of QuestionIndexPage (question_urls):
asking, the confirmation, tracking by code and e-mail (posted, never in the address) and the
public list of answers. Each view takes the page first. Reuses the comment forms' protection
(core.antispam, core.ratelimit), their reference-code and confirmation pattern, and
core.mail.

The status of an opinion or a reader comment (`opinion_status`, /tra-cuu-y-kien/, routed by
consultations.urls) is followed the same way as a question: by its code and its e-mail."""

from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import PageViewRestriction

from consultations.comment_forms import OpinionTrackForm
from consultations.filters import AnsweredQuestionFilterSet
from consultations.forms import AskForm, TrackForm
from consultations.models import (
    AnsweredQuestionPage,
    GuidanceIndexPage,
    ModerationAction,
    ModerationLogEntry,
    ModerationState,
    PortalComment,
    Question,
    QuestionTopic,
    RejectionReason,
)
from core import compiled, ratelimit
from core.compiled import Paginator
from core.filters import query_string
from core.mail import send_templated_email, site_url
from core.models import kept_rows, listing_keeper, public_pages
from core.tokens import pk_from_token, signed_token
from home.models import office_short_name
from privacy.models import ConsentPurpose, record_consent

TRACK_NOT_FOUND = _(
    "Không tìm thấy câu hỏi nào khớp với mã tiếp nhận và thư điện tử này. Vui lòng kiểm tra "
    "lại mã trong thư xác nhận."
)


def _render(request, index, template, context, status=200):
    response = TemplateResponse(
        request, template, {"page": index, "self": index, **context}, status=status
    )
    return response


def ask(index, request):
    target_key = f"questions:{index.pk}"
    if request.method != "POST":
        form = AskForm(target_key=target_key, office=office_short_name(request))
        return _render(request, index, "consultations/question_ask.html", {"form": form})

    form = AskForm(
        data=request.POST,
        files=request.FILES,
        target_key=target_key,
        office=office_short_name(request),
    )
    if not form.is_valid():
        form.renew_token()
        return _render(request, index, "consultations/question_ask.html", {"form": form}, 400)
    data = form.cleaned_data
    existing = Question.objects.filter(submission_key=data["submission_key"]).first()
    if existing is not None:
        return _redirect_sent(index, existing)
    ip = ratelimit.client_ip(request)
    if not ratelimit.hit("question-ip", ip) or not ratelimit.hit("question-email", data["email"]):
        form.add_error(
            None,
            _(
                "Bạn đã gửi nhiều câu hỏi trong thời gian ngắn. Nội dung vẫn được giữ nguyên; "
                "vui lòng thử gửi lại sau ít phút."
            ),
        )
        form.renew_token()
        return _render(request, index, "consultations/question_ask.html", {"form": form}, 429)

    now = timezone.now()
    question = Question(
        submission_key=data["submission_key"],
        kind=data["kind"],
        topic=data["topic"],
        name=data["name"],
        email=data["email"],
        phone=data["phone"],
        text=data["comment"],
        consent_at=now,
        publication_consent=data["publication_consent"],
        submitted_at=now,
        ip_address=ip or None,
    )
    upload = data.get("attachment")
    try:
        with transaction.atomic():
            if upload:
                # The stored name is ours: the reference time and the real type's extension.
                question.attachment.save(
                    f"dinh-kem-{now:%Y%m%d%H%M%S}{form.attachment_extension}", upload, save=False
                )
            question.save()
            # Proof of consent: the purpose and the very words the form showed.
            record_consent(question, ConsentPurpose.QUESTION, form.fields["consent"].label, now)
            if question.publication_consent:
                label = form.fields["publication_consent"].label
                record_consent(question, ConsentPurpose.PUBLICATION, label, now)
    except IntegrityError:
        existing = Question.objects.filter(submission_key=data["submission_key"]).first()
        if existing is None:
            raise
        return _redirect_sent(index, existing)
    send_templated_email(
        "consultations/email/question_received",
        {"question": question, "index": index, "track_url": _absolute(request, index, "track")},
        [question.email],
    )
    return _redirect_sent(index, question)


def _absolute(request, index, route):
    """For e-mails: on the configured base address, never the request's Host."""
    return site_url(index.url + index.reverse_subpage(route))


def _redirect_sent(index, question):
    url = index.url + index.reverse_subpage(
        "sent", args=[signed_token("question", question.pk, question.submitted_at.timestamp())]
    )
    response = HttpResponseRedirect(url)
    response.status_code = 303
    return response


def sent(index, request, token):
    pk = pk_from_token("question", token)
    question = Question.objects.filter(pk=pk).first() if pk else None
    if question is None:
        raise Http404
    response = _render(
        request, index, "consultations/question_sent.html", {"question": question, "noindex": True}
    )
    response["Cache-Control"] = "private, no-store"
    return response


def _posted_lookup(form_class, request):
    """A posted look-up form (a question's or an opinion's code and e-mail) and its status:
    429 with the form's error once the visitor has looked up too often (one counter for both,
    so that codes cannot be guessed through either)."""
    form = form_class(request.POST)
    if ratelimit.hit("question-track", ratelimit.client_ip(request)):
        return form, 200
    form.is_valid()
    form.add_error(None, _("Bạn đã tra cứu quá nhiều lần. Vui lòng thử lại sau ít phút."))
    return form, 429


def track(index, request):
    """The state and answer of a question, for whoever holds both its code and its e-mail.
    A wrong pair gets the same answer whether or not the code exists.

    The look-up is a POST: an e-mail in the address would stay in the browser's history, the
    servers' logs and the Referer of the next page. An old link carrying `email=` is sent back
    to the form with the code only, so the address bar loses the e-mail at once."""
    question = None
    status = 200
    if request.method == "POST":
        form, status = _posted_lookup(TrackForm, request)
        if status == 200 and form.is_valid():
            question = (
                Question.objects.filter(
                    reference_code=form.cleaned_data["code"],
                    email__iexact=form.cleaned_data["email"],
                )
                .select_related("topic")
                .first()
            )
            if question is None:
                form.add_error(None, TRACK_NOT_FOUND)
                status = 404
        elif status == 200:
            status = 400
    else:
        code = str(request.GET.get("code", ""))[:20].strip().upper()
        if "email" in request.GET:
            url = index.url + index.reverse_subpage("track")
            if code:
                url += "?" + query_string({"code": code})
            response = HttpResponseRedirect(url)
            response.status_code = 303
            response["Cache-Control"] = "private, no-store"
            return response
        form = TrackForm(initial={"code": code} if code else None)
    response = _render(
        request,
        index,
        "consultations/question_track.html",
        {"form": form, "question": question, "noindex": True},
        status,
    )
    response["Cache-Control"] = "private, no-store"
    return response


def answered_list(index, request):
    """Published answers, newest first; by topic; searchable without diacritics."""
    topics = kept_rows("question-topics", QuestionTopic.objects.all, [QuestionTopic])
    answers = AnsweredQuestionPage.objects.live().public().child_of(index).select_related("topic")
    filterset = AnsweredQuestionFilterSet(request.GET, answers, options={"chu_de": topics})
    filters = filterset.filter_values()
    keep = listing_keeper(
        "answers-listing",
        [AnsweredQuestionPage, QuestionTopic, GuidanceIndexPage, PageViewRestriction],
    )
    paginator = Paginator(
        filterset.qs.order_by("-answered_on", "-pk"),
        index.per_page,
        key=("answers", index.pk, filterset.compiled_key()),
        keep=keep,
    )
    guidance = next(
        iter(
            keep(
                ("guidance index", index.pk),
                lambda: compiled.rows(
                    public_pages().child_of(index).live().public().type(GuidanceIndexPage)[:1],
                    ("guidance index", index.pk),
                ),
            )
        ),
        None,
    )
    return _render(
        request,
        index,
        "consultations/question_index_page.html",
        {
            "answers": paginator.get_page(request.GET.get("trang")),
            "topics": topics,
            "topic": filterset.chosen("chu_de"),
            "query": filters["q"],
            # Links carry only the filters that apply: a wrong topic is not passed on.
            "filter_query": query_string(filters),
            "guidance_page": guidance,
        },
    )


# Following an opinion or a reader comment ------------------------------------------------

OPINION_NOT_FOUND = _(
    "Không tìm thấy ý kiến, bình luận nào khớp với mã tiếp nhận và thư điện tử này. Vui lòng "
    "kiểm tra lại mã trong thư xác nhận và địa chỉ thư điện tử đã dùng khi gửi."
)


@dataclass
class OpinionStatus:
    """What the author of an opinion or comment may know of it: where it stands, the page it
    is shown on once published, the moderator's reason when it is not published, and the
    council's answer."""

    comment: PortalComment
    state: str  # received, verifying, published, approved, not_published
    page: object = None
    published_url: str = ""
    reason: str = ""
    reply: ModerationLogEntry | None = None


def find_opinion_status(comment, request):
    page = comment.page.specific
    log = ModerationLogEntry.objects.filter(comment=comment).order_by("-at", "-pk")
    reply = log.filter(action=ModerationAction.REPLY).first()
    status = OpinionStatus(comment=comment, state="received", page=page, reply=reply)
    if comment.moderation_state == ModerationState.VERIFYING:
        status.state = "verifying"
    elif comment.moderation_state == ModerationState.REJECTED:
        status.state = "not_published"
        rejection = log.filter(action=ModerationAction.REJECT).first()
        if rejection is not None:
            # The free text is the reason itself only for "other"; otherwise it is the
            # office's own note, which may name other people.
            status.reason = (
                rejection.note
                if rejection.reason == RejectionReason.OTHER
                else rejection.get_reason_display()
            )
    elif comment.moderation_state == ModerationState.APPROVED:
        shown = comment.is_public and not comment.is_removed and page.live
        if shown and getattr(page, "comments_shown", lambda: True)():
            status.state = "published"
            status.published_url = f"{page.get_url(request)}#y-kien-{comment.pk}"
        else:
            status.state = "approved"
    return status


def opinion_status(request):
    """Where an opinion or a reader comment stands, for whoever holds both its code and its
    e-mail; a wrong pair gets the same answer whether or not the code exists. Posted like the
    question tracking (views.track), limited by the same counter per visitor, never stored
    for others and never indexed."""
    found = None
    status = 200
    if request.method == "POST":
        form, status = _posted_lookup(OpinionTrackForm, request)
        if status == 200 and form.is_valid():
            comment = (
                PortalComment.portal.filter(
                    reference_code=form.cleaned_data["code"],
                    user_email__iexact=form.cleaned_data["email"],
                    is_official_reply=False,
                )
                .exclude(user_email="")
                .select_related("page")
                .first()
            )
            if comment is None:
                form.add_error(None, OPINION_NOT_FOUND)
                status = 404
            else:
                found = find_opinion_status(comment, request)
        elif status == 200:
            status = 400
    else:
        code = str(request.GET.get("code", ""))[:20].strip().upper()
        if "email" in request.GET:  # an e-mail never stays in an address
            url = reverse("consultations:opinion_status")
            if code:
                url += "?" + query_string({"code": code})
            response = HttpResponseRedirect(url)
            response.status_code = 303
            response["Cache-Control"] = "private, no-store"
            return response
        form = OpinionTrackForm(initial={"code": code} if code else None)
    response = TemplateResponse(
        request,
        "consultations/opinion_status.html",
        {"form": form, "found": found, "noindex": True},
        status=status,
    )
    response["Cache-Control"] = "private, no-store"
    return response
