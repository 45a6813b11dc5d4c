"""Admin views: the awardee import template and the import itself; the same for the
resistance-war award records."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core import audit
from core.spreadsheets import ImportFileError, read_rows
from news import importing, resistance_import
from news.models import AwardDecisionPage, ResistanceAward


class ImportForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Tệp danh sách (XLSX hoặc CSV theo mẫu)"),
        error_messages={"required": gettext_lazy("Hãy chọn tệp danh sách.")},
    )
    replace = forms.BooleanField(
        label=gettext_lazy("Thay thế toàn bộ danh sách hiện có (mặc định: thêm vào cuối)"),
        required=False,
    )


def download_template(request, fmt):
    if fmt not in ("xlsx", "csv"):
        raise Http404
    if fmt == "xlsx":
        response = HttpResponse(
            importing.template_xlsx(),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
    else:
        response = HttpResponse(importing.template_csv(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="mau-danh-sach-khen-thuong.{fmt}"'
    return response


def import_awardees(request, page_id):
    decision = get_object_or_404(AwardDecisionPage, pk=page_id)
    if not decision.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    errors = []
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            rows = read_rows(form.cleaned_data["file"], headings=importing.HEADINGS.values())
            draft_form = decision.get_latest_revision_as_object().award_form
            awardees, errors = importing.validate(rows, draft_form)
        except ImportFileError as error:
            form.add_error("file", str(error))
        else:
            if not errors:
                importing.add_to_draft(
                    decision, awardees, request.user, form.cleaned_data["replace"]
                )
                audit.record(
                    decision,
                    "tdkt.import",
                    request.user,
                    rows=len(awardees),
                    replace=form.cleaned_data["replace"],
                )
                messages.success(
                    request,
                    _(
                        "Đã đưa %(count)s tập thể, cá nhân vào bản nháp của quyết định. "
                        "Hãy kiểm tra rồi gửi duyệt hoặc xuất bản."
                    )
                    % {"count": len(awardees)},
                )
                return redirect("wagtailadmin_pages:edit", decision.pk)
    return TemplateResponse(
        request,
        "news/admin/import_awardees.html",
        {
            "decision": decision,
            "form": form,
            "errors": errors,
            "template_xlsx_url": reverse("news_import_template", args=["xlsx"]),
            "template_csv_url": reverse("news_import_template", args=["csv"]),
            "edit_url": reverse("wagtailadmin_pages:edit", args=[decision.pk]),
        },
    )


class ResistanceImportForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Tệp sổ khen thưởng kháng chiến (XLSX hoặc CSV theo mẫu)"),
        error_messages={"required": gettext_lazy("Hãy chọn tệp.")},
    )


def download_resistance_template(request, fmt):
    if fmt not in ("xlsx", "csv"):
        raise Http404
    if fmt == "xlsx":
        response = HttpResponse(
            resistance_import.template_xlsx(),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
    else:
        response = HttpResponse(
            resistance_import.template_csv(), content_type="text/csv; charset=utf-8"
        )
    response["Content-Disposition"] = f'attachment; filename="mau-khen-thuong-khang-chien.{fmt}"'
    return response


def import_resistance_awards(request):
    if not request.user.has_perm("news.add_resistanceaward"):
        raise PermissionDenied
    errors = []
    form = ResistanceImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            rows = read_rows(upload, headings=resistance_import.HEADINGS.values())
            records, errors = resistance_import.validate(rows)
        except ImportFileError as error:
            form.add_error("file", str(error))
        else:
            if not errors:
                resistance_import.save(records, upload.name)
                audit.record_for_model(
                    ResistanceAward,
                    "tdkt.import",
                    request.user,
                    ResistanceAward._meta.verbose_name_plural,
                    rows=len(records),
                )
                messages.success(
                    request,
                    _("Đã nhập %(count)s khen thưởng kháng chiến.") % {"count": len(records)},
                )
                return redirect(ResistanceAward.snippet_viewset.get_url_name("list"))
    return TemplateResponse(
        request,
        "news/admin/import_resistance.html",
        {
            "form": form,
            "errors": errors,
            "template_xlsx_url": reverse("news_resistance_template", args=["xlsx"]),
            "template_csv_url": reverse("news_resistance_template", args=["csv"]),
            "list_url": reverse(ResistanceAward.snippet_viewset.get_url_name("list")),
        },
    )
