"""Citizens' questions: asking, the confirmation, tracking by code and e-mail (posted, never in
the address), the public list of answers, and publishing an answer. Reuses the comment forms'
protection (core.antispam, core.ratelimit), their reference-code and confirmation pattern, and
core.mail."""

from django import forms
from django.core.paginator import Paginator
from django.db import IntegrityError, transaction
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from consultations.comment_forms import CommentFormBase, clean_phone_number
from consultations.models import (
    AnsweredQuestionPage,
    GuidanceIndexPage,
    Question,
    QuestionIndexPage,
    QuestionKind,
    QuestionState,
    QuestionTopic,
)
from core import ratelimit
from core.filters import query_string
from core.forms import DescribedFieldsMixin
from core.mail import send_templated_email, site_url
from core.text import fold_query
from core.tokens import pk_from_token, signed_token
from core.uploads import validate_attachment
from home.models import office_short_name
from privacy.models import ConsentPurpose, record_consent

TRACK_NOT_FOUND = _(
    "Không tìm thấy câu hỏi nào khớp với mã tiếp nhận và thư điện tử này. Vui lòng kiểm tra "
    "lại mã trong thư xác nhận."
)


class AskForm(CommentFormBase):
    kind = forms.ChoiceField(
        label=_("Loại"),
        choices=QuestionKind.choices,
        initial=QuestionKind.QUESTION,
        widget=forms.RadioSelect,
        error_messages={"required": _("Vui lòng chọn loại: câu hỏi, kiến nghị hoặc phản ánh.")},
    )
    topic = forms.ModelChoiceField(
        label=_("Chủ đề"),
        queryset=QuestionTopic.objects.all(),
        required=False,
        empty_label=_("— Chọn chủ đề (không bắt buộc) —"),
        error_messages={"invalid_choice": _("Chủ đề không hợp lệ.")},
    )
    phone = forms.CharField(
        label=_("Số điện thoại"),
        max_length=20,
        required=False,
        help_text=_("Không bắt buộc, không công khai; để cán bộ liên hệ khi cần làm rõ."),
        widget=forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
    )
    attachment = forms.FileField(
        label=_("Tệp đính kèm"),
        required=False,
        help_text=_("Không bắt buộc: một tệp PDF hoặc ảnh (JPEG, PNG, WebP), tối đa 5 MB."),
        widget=forms.ClearableFileInput(attrs={"accept": ".pdf,.jpg,.jpeg,.png,.webp"}),
    )
    publication_consent = forms.BooleanField(
        label=_(
            "Tôi đồng ý để câu hỏi (đã lược bỏ thông tin cá nhân) và câu trả lời được công khai "
            "trên Cổng, ghi tên tôi bằng chữ viết tắt (ví dụ: N.V.A.)."
        ),
        required=False,
        help_text=_(
            "Không bắt buộc. Không đánh dấu: câu trả lời chỉ gửi riêng cho bạn, hoặc được công "
            "khai không ghi tên."
        ),
    )
    field_order = [
        "kind",
        "topic",
        "name",
        "email",
        "phone",
        "comment",
        "attachment",
        "consent",
        "publication_consent",
    ]

    def adjust_fields(self):
        del self.fields["reply_to"]
        self.fields["comment"].label = _("Nội dung câu hỏi, kiến nghị")
        self.fields["email"].help_text = _(
            "Không công khai; dùng để gửi mã tiếp nhận, câu trả lời và để tra cứu."
        )

    def clean_phone(self):
        phone = self.cleaned_data["phone"]
        return clean_phone_number(phone) if phone.strip() else ""

    def clean_attachment(self):
        from django.conf import settings

        upload = self.cleaned_data.get("attachment")
        if upload:
            self.attachment_extension = validate_attachment(
                upload, settings.QUESTION_ATTACHMENT_MAX_BYTES
            )
        return upload


class TrackForm(DescribedFieldsMixin, forms.Form):
    code = forms.CharField(
        label=_("Mã tiếp nhận"),
        max_length=20,
        help_text=_("Ví dụ: HD-2026-7KQ4PX (trong thư xác nhận)."),
        error_messages={"required": _("Vui lòng nhập mã tiếp nhận.")},
    )
    email = forms.EmailField(
        label=_("Thư điện tử đã dùng khi gửi"),
        error_messages={
            "required": _("Vui lòng nhập địa chỉ thư điện tử."),
            "invalid": _("Địa chỉ thư điện tử chưa đúng (ví dụ: ten@example.com)."),
        },
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.describe_fields()

    def clean_code(self):
        return self.cleaned_data["code"].strip().upper()


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


def track(index, request):
    """The state and answer of a question, for whoever holds both its code and its e-mail.
    A wrong pair gets the same answer whether or not the code exists.

    The look-up is a POST: an e-mail in the address would stay in the browser's history, the
    servers' logs and the Referer of the next page. An old link carrying `email=` is sent back
    to the form with the code only, so the address bar loses the e-mail at once."""
    question = None
    status = 200
    if request.method == "POST":
        form = TrackForm(request.POST)
        if not ratelimit.hit("question-track", ratelimit.client_ip(request)):
            form.is_valid()
            form.add_error(None, _("Bạn đã tra cứu quá nhiều lần. Vui lòng thử lại sau ít phút."))
            status = 429
        elif form.is_valid():
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
        else:
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
    topics = list(QuestionTopic.objects.all())
    topic = next((t for t in topics if t.slug == request.GET.get("chu-de")), None)
    query = str(request.GET.get("q", ""))[:200].strip()
    answers = AnsweredQuestionPage.objects.live().public().child_of(index).select_related("topic")
    if topic:
        answers = answers.filter(topic=topic)
    if query and fold_query(query):
        # The search index holds the folded text (core.search); the list keeps its own order.
        found = answers.search(fold_query(query), operator="and", order_by_relevance=False)
        answers = answers.filter(pk__in=[page.pk for page in found])
    answers = answers.order_by("-answered_on", "-pk")
    paginator = Paginator(answers, index.per_page)
    params = {"chu-de": topic.slug if topic else "", "q": query}
    guidance = index.get_children().live().public().type(GuidanceIndexPage).first()
    return _render(
        request,
        index,
        "consultations/question_index_page.html",
        {
            "answers": paginator.get_page(request.GET.get("trang")),
            "topics": topics,
            "topic": topic,
            "query": query,
            "filter_query": query_string(params),
            "guidance_page": guidance,
        },
    )


# Handling in the admin -------------------------------------------------------------------


def after_staff_save(question, user):
    """What saving a question in the admin sets off: the e-mail with the answer (once), and
    the public page kept in step with the 'publish' choice."""
    if (
        question.state == QuestionState.ANSWERED
        and question.answer.strip()
        and question.answer_emailed_at is None
    ):
        send_templated_email(
            "consultations/email/question_answered",
            {"question": question},
            [question.email],
        )
        Question.objects.filter(pk=question.pk).update(answer_emailed_at=timezone.now())
    sync_public_page(question, user)


def sync_public_page(question, user=None):
    """Publish, update or withdraw the public page of a question."""
    page = (
        AnsweredQuestionPage.objects.filter(pk=question.public_page_id).first()
        if question.public_page_id
        else None
    )
    should_show = (
        question.publish and question.state == QuestionState.ANSWERED and question.answer.strip()
    )
    if not should_show:
        if page is not None and page.live:
            page.unpublish(user=user)
        return None
    fields = {
        "title": question.public_heading,
        "kind": question.kind,
        "topic": question.topic,
        "asker": question.public_name,
        "question_text": question.public_question,
        "answer": question.answer,
        "asked_on": timezone.localtime(question.submitted_at).date(),
        "answered_on": timezone.localtime(question.answered_at or timezone.now()).date(),
        "is_faq": question.is_faq,
    }
    if page is None:
        index = QuestionIndexPage.objects.first()
        page = AnsweredQuestionPage(slug=question.reference_code.lower(), live=False, **fields)
        index.add_child(instance=page)
        Question.objects.filter(pk=question.pk).update(public_page=page)
        question.public_page = page
    else:
        for name, value in fields.items():
            setattr(page, name, value)
    page.save_revision(user=user, log_action=True).publish(user=user)
    return page
