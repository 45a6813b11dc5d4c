"""The public side at /xac-minh/de-nghi/: the form, the confirmation, the look-up by code and
phone number, and the status page behind a signed link. No page shows the requester's or the
awardee's personal data beyond the request's code, kind, dates, status and the office's
answer; every answer is `private, no-store`."""

from django.http import FileResponse, Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache

from award_requests import workflow
from award_requests.forms import AwardRequestForm, TrackForm, phone_digits
from award_requests.models import AwardRequest, KindRule
from award_requests.tokens import request_pk, status_token
from core import ratelimit
from home.models import office_short_name

TARGET_KEY = "award-request"
NOT_FOUND = _(
    "Không tìm thấy đề nghị nào khớp với mã tiếp nhận và số điện thoại này. Vui lòng kiểm tra "
    "lại mã trên trang xác nhận hoặc trong thư đã nhận."
)


def _private(response):
    response["Cache-Control"] = "private, no-store"
    return response


def _see_other(url):
    response = HttpResponseRedirect(url)
    response.status_code = 303
    return _private(response)


def _ask_page(request, form, status=200):
    context = {"form": form, "rules": KindRule.objects.all(), "noindex": status != 200}
    return _private(TemplateResponse(request, "award_requests/ask.html", context, status=status))


@never_cache
def ask(request):
    office = office_short_name(request)
    if request.method != "POST":
        initial = {"verification_code": str(request.GET.get("ma", ""))[:20].strip()}
        form = AwardRequestForm(target_key=TARGET_KEY, office=office, initial=initial)
        return _ask_page(request, form)
    form = AwardRequestForm(
        data=request.POST, files=request.FILES, target_key=TARGET_KEY, office=office
    )
    if not form.is_valid():
        form.renew_token()
        return _ask_page(request, form, status=400)
    existing = AwardRequest.objects.filter(
        submission_key=form.cleaned_data["submission_key"]
    ).first()
    if existing is None and not ratelimit.hit("award-request-ip", ratelimit.client_ip(request)):
        form.add_error(
            None,
            _(
                "Bạn đã gửi nhiều đề nghị trong thời gian ngắn. Nội dung vẫn được giữ nguyên "
                "(tệp bản chụp cần chọn lại); vui lòng thử gửi lại sau ít phút."
            ),
        )
        form.renew_token()
        return _ask_page(request, form, status=429)
    award_request = existing or workflow.submit(form)
    return _see_other(reverse("award_requests:sent", args=[status_token(award_request)]))


def _request_from(token):
    pk = request_pk(token)
    award_request = AwardRequest.objects.filter(pk=pk).first() if pk else None
    if award_request is None:
        raise Http404
    return award_request


@never_cache
def sent(request, token):
    award_request = _request_from(token)
    context = {
        "award_request": award_request,
        "token": token,
        "status_url": request.build_absolute_uri(reverse("award_requests:status", args=[token])),
        "noindex": True,
    }
    return _private(TemplateResponse(request, "award_requests/sent.html", context))


@never_cache
def status(request, token):
    award_request = _request_from(token)
    context = {"award_request": award_request, "token": token, "noindex": True}
    return _private(TemplateResponse(request, "award_requests/status.html", context))


@never_cache
def reply_file(request, token):
    award_request = _request_from(token)
    if not award_request.answer_file:
        raise Http404
    response = FileResponse(
        award_request.answer_file.open("rb"),
        as_attachment=True,
        filename=f"tra-loi-{award_request.reference_code}.pdf",
    )
    return _private(response)


@never_cache
def track(request):
    """The look-up is a POST, so the phone number stays out of addresses and logs; a right
    pair leads to the request's status page."""
    status_code = 200
    if request.method == "POST":
        form = TrackForm(request.POST)
        if not ratelimit.hit("award-request-track", ratelimit.client_ip(request)):
            form.is_valid()
            form.add_error(None, _("Bạn đã tra cứu quá nhiều lần. Vui lòng thử lại sau ít phút."))
            status_code = 429
        elif form.is_valid():
            award_request = AwardRequest.objects.filter(
                reference_code=form.cleaned_data["code"]
            ).first()
            typed = phone_digits(form.cleaned_data["phone"])
            if award_request and typed and phone_digits(award_request.requester_phone) == typed:
                url = reverse("award_requests:status", args=[status_token(award_request)])
                return _see_other(url)
            form.add_error(None, NOT_FOUND)
            status_code = 404
        else:
            status_code = 400
    else:
        form = TrackForm(initial={"code": str(request.GET.get("code", ""))[:20].strip().upper()})
    context = {"form": form, "noindex": True}
    response = TemplateResponse(request, "award_requests/track.html", context, status=status_code)
    return _private(response)
