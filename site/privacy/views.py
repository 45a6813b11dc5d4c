"""The public side: asking (/du-lieu-ca-nhan/), the confirmation link, the status page and the
file of one's data. The e-mail address is never in an address (URL) of these pages."""

from django.conf import settings
from django.http import FileResponse, Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache

from core import ratelimit
from core.mail import send_templated_email, site_url
from privacy import conf, data_requests
from privacy.forms import DataRequestForm
from privacy.models import DataRequest, RequestKind
from privacy.tokens import request_pk, status_token

TARGET_KEY = "privacy-request"


def _private(response):
    response["Cache-Control"] = "private, no-store"
    return response


@never_cache
def ask(request):
    if request.method != "POST":
        form = DataRequestForm(target_key=TARGET_KEY)
        return TemplateResponse(request, "privacy/ask.html", {"form": form})
    form = DataRequestForm(data=request.POST, target_key=TARGET_KEY)
    if not form.is_valid():
        form.renew_token()
        return TemplateResponse(request, "privacy/ask.html", {"form": form}, status=400)
    data = form.cleaned_data
    ip = ratelimit.client_ip(request)
    if not ratelimit.hit("privacy-request-ip", ip) or not ratelimit.hit(
        "privacy-request-email", data["email"]
    ):
        form.add_error(
            None,
            _("Bạn đã gửi nhiều yêu cầu trong thời gian ngắn. Vui lòng thử lại sau ít phút."),
        )
        form.renew_token()
        return TemplateResponse(request, "privacy/ask.html", {"form": form}, status=429)
    token = data_requests.ask(data["kind"], data["email"], data["details"])
    send_templated_email(
        "privacy/email/confirm",
        {
            "kind": RequestKind(data["kind"]).label,
            "details": data["details"],
            "confirm_url": site_url(reverse("privacy:confirm", args=[token])),
            "hours": conf.CONFIRM_MAX_AGE // 3600,
        },
        [data["email"]],
    )
    response = HttpResponseRedirect(reverse("privacy:sent"))
    response.status_code = 303
    return response


@never_cache
def sent(request):
    return TemplateResponse(
        request, "privacy/sent.html", {"hours": conf.CONFIRM_MAX_AGE // 3600, "noindex": True}
    )


@never_cache
def confirm(request, token):
    if request.method == "POST":
        data_request = data_requests.confirm(token)
        if data_request is None:
            return _invalid_link(request)
        response = HttpResponseRedirect(
            reverse("privacy:status", args=[status_token(data_request)])
        )
        response.status_code = 303
        return response
    # A mail scanner that opens the link must not confirm it: the person presses a button.
    waiting = data_requests.pending(token)
    if waiting is None:
        done = data_requests.confirmed_by(token)
        if done is None:
            return _invalid_link(request)
        return HttpResponseRedirect(reverse("privacy:status", args=[status_token(done)]))
    return _private(
        TemplateResponse(
            request,
            "privacy/confirm.html",
            {"kind": waiting.get_kind_display(), "email": waiting.email, "noindex": True},
        )
    )


def _invalid_link(request):
    return _private(
        TemplateResponse(request, "privacy/link_invalid.html", {"noindex": True}, status=404)
    )


def _request_from(token):
    pk = request_pk(token)
    data_request = DataRequest.objects.filter(pk=pk).first() if pk else None
    if data_request is None:
        raise Http404
    return data_request


@never_cache
def status(request, token):
    data_request = _request_from(token)
    return _private(
        TemplateResponse(
            request,
            "privacy/status.html",
            {"data_request": data_request, "token": token, "noindex": True},
        )
    )


@never_cache
def download(request, token):
    data_request = _request_from(token)
    if not data_request.data_file:
        raise Http404
    response = FileResponse(
        data_request.data_file.open("rb"),
        as_attachment=True,
        filename=data_request.data_file.name.rsplit("/", 1)[-1],
    )
    return _private(response)


def rate_limits():
    """Sending a link to an address someone types is limited like a password reset; settings
    may set these limits themselves."""
    settings.RATE_LIMITS.setdefault("privacy-request-ip", (10, 3600))
    settings.RATE_LIMITS.setdefault("privacy-request-email", (3, 3600))
