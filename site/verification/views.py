"""The public verification pages (`/xac-minh/`): a code's record, its printable confirmation
sheet and its QR code. Nothing private is shown: what the published decision says, no year of
birth, no contact."""

from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from core import pagecache
from verification import qr
from verification.records import find


def record_url(request, code):
    return request.build_absolute_uri(reverse("verification:record", args=[code]))


def _tag(request, found):
    """What the page shows, for the page cache: the decision (its list, its address) or the
    resistance-war records."""
    if found.awardee is not None:
        decision = found.awardee.decision
        pagecache.tag(
            request,
            f"page:{decision.pk}",
            f"path:{decision.pk}",
            "model:news.decisionlevel",
            *pagecache.field_tags(found.awardee),
        )
    else:
        pagecache.tag(request, "model:news.resistanceaward")
    pagecache.described(request)


def index(request):
    """A form to type a code; a typed code leads to its page."""
    typed = str(request.GET.get("ma", ""))[:40]
    error = ""
    if typed:
        found = find(typed)
        if found.code is not None:
            return redirect("verification:record", code=found.code)
        error = _("Mã xác minh gồm 8 chữ cái và chữ số, ví dụ K7QW-2M9D. Vui lòng kiểm tra lại.")
    return render(
        request,
        "verification/index.html",
        {"typed": typed, "error": error, "noindex": bool(typed)},
        status=400 if error else 200,
    )


def _found_or_unknown(request, code, view_name):
    """(what the code names, None), or (None, the answer to give instead: a redirect to the
    code as written, or the unknown-code page)."""
    found = find(code)
    if found.code is not None and found.code != code:
        return None, redirect(view_name, code=found.code, permanent=True)
    if found.record is None:
        return None, render(
            request,
            "verification/unknown.html",
            {"code": found.code or code[:20], "noindex": True},
            status=404,
        )
    return found, None


def _context(request, code, found):
    address = record_url(request, code)
    return {
        "record": found.record,
        "awardee": found.awardee,
        "decision": found.awardee.decision if found.awardee else None,
        "resistance": found.resistance,
        "code": code,
        "address": address,
        "qr_svg": qr.svg(address, title=_("Mã QR xác minh khen thưởng")),
        "noindex": True,
    }


def record(request, code):
    found, answer = _found_or_unknown(request, code, "verification:record")
    if answer is not None:
        return answer
    _tag(request, found)
    return render(request, "verification/record.html", _context(request, code, found))


def certificate(request, code):
    """ "Giấy xác nhận khen thưởng": A4 through the browser's print."""
    found, answer = _found_or_unknown(request, code, "verification:certificate")
    if answer is not None:
        return answer
    _tag(request, found)
    context = {**_context(request, code, found), "today": timezone.localdate()}
    return render(request, "verification/certificate.html", context)


def _qr_answer(request, code, kind):
    found = find(code)
    if found.record is None or found.code != code:
        raise Http404
    _tag(request, found)
    address = record_url(request, code)
    if kind == "svg":
        response = HttpResponse(qr.svg(address), content_type="image/svg+xml")
    else:
        response = HttpResponse(qr.png(address), content_type="image/png")
    filename = f"xac-minh-{code}.{kind}"
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


def qr_svg(request, code):
    return _qr_answer(request, code, "svg")


def qr_png(request, code):
    return _qr_answer(request, code, "png")
