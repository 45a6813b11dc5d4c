"""The secretariat's admin views for unit officers' accounts (/admin/can-bo-don-vi/): the list,
adding an officer (the account is created without a password and invited by e-mail), sending
the invitation again, and importing units with their officers from a spreadsheet.

Everything needs `registrations.add_unitofficer`. Wagtail turns a raised PermissionDenied into a
redirect to the dashboard, so these views answer 403 themselves. The URLs and the menu item are
registered in registrations.wagtail_hooks."""

import functools

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.paginator import Paginator
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import include, path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.admin.menu import MenuItem

from registrations.accounts import create_officer, invite_officer
from registrations.filters import OfficerFilterSet
from registrations.importing import units as unit_import
from registrations.models import Unit, UnitOfficer

PERMISSION = "registrations.add_unitofficer"
PER_PAGE = 50


def officers_permission(view):
    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.has_perm(PERMISSION):
            return TemplateResponse(
                request, "registrations/admin/officers_forbidden.html", status=403
            )
        return view(request, *args, **kwargs)

    return wrapper


class OfficerForm(forms.Form):
    unit = forms.ModelChoiceField(
        label=gettext_lazy("Đơn vị"), queryset=Unit.objects.order_by("name")
    )
    full_name = forms.CharField(label=gettext_lazy("Họ và tên"), max_length=150)
    username = forms.CharField(
        label=gettext_lazy("Tên đăng nhập"),
        max_length=150,
        validators=[get_user_model().username_validator],
        help_text=gettext_lazy("Chữ không dấu, chữ số và các ký tự @ . + - _."),
    )
    email = forms.EmailField(
        label=gettext_lazy("Thư điện tử"),
        help_text=gettext_lazy("Thư mời đặt mật khẩu được gửi tới địa chỉ này."),
    )
    position = forms.CharField(label=gettext_lazy("Chức vụ"), max_length=150, required=False)

    def clean_username(self):
        username = self.cleaned_data["username"]
        if get_user_model().objects.filter(username__iexact=username).exists():
            raise forms.ValidationError(_("Tên đăng nhập này đã có."))
        return username


class ImportForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Tệp đơn vị và cán bộ (XLSX hoặc CSV theo mẫu)"),
        error_messages={"required": gettext_lazy("Hãy chọn tệp.")},
    )


@officers_permission
def officer_list(request):
    officers = UnitOfficer.objects.select_related("user", "unit").order_by(
        "unit__name", "user__last_name", "user__username"
    )
    filterset = OfficerFilterSet(request.GET, officers)
    page = Paginator(filterset.qs, PER_PAGE).get_page(request.GET.get("p"))
    return TemplateResponse(
        request,
        "registrations/admin/officers.html",
        {"officers": page, "query": filterset.filter_values()["q"]},
    )


@officers_permission
def officer_add(request):
    form = OfficerForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        with transaction.atomic():
            officer = create_officer(
                data["unit"], data["full_name"], data["username"], data["email"], data["position"]
            )
            invite_officer(officer, request)
        messages.success(
            request,
            _("Đã tạo tài khoản “%(username)s” và gửi thư mời tới %(email)s.")
            % {"username": data["username"], "email": data["email"]},
        )
        return redirect("registrations_officers:list")
    return TemplateResponse(
        request,
        "registrations/admin/officers_add.html",
        {"form": form, "valid_days": settings.PASSWORD_RESET_TIMEOUT // (24 * 60 * 60)},
    )


@require_POST
@officers_permission
def officer_reinvite(request, pk):
    officer = get_object_or_404(UnitOfficer.objects.select_related("user", "unit"), pk=pk)
    if not officer.user.email:
        messages.error(request, _("Tài khoản này chưa có thư điện tử."))
    else:
        invite_officer(officer, request)
        messages.success(
            request,
            _("Đã gửi lại thư mời tới %(email)s.") % {"email": officer.user.email},
        )
    return redirect("registrations_officers:list")


@officers_permission
def officer_import(request):
    errors = []
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            rows = unit_import.read_rows(form.cleaned_data["file"])
            planned, errors = unit_import.validate(rows)
        except unit_import.ImportFileError as error:
            form.add_error("file", str(error))
        else:
            if not errors:
                result = unit_import.save(planned, request)
                messages.success(
                    request,
                    _(
                        "Đã thêm %(created)s đơn vị, cập nhật %(updated)s đơn vị, tạo %(officers)s "
                        "tài khoản cán bộ và gửi thư mời."
                    )
                    % {
                        "created": result.units_created,
                        "updated": result.units_updated,
                        "officers": result.officers_created,
                    },
                )
                return redirect("registrations_officers:list")
    return TemplateResponse(
        request,
        "registrations/admin/officers_import.html",
        {"form": form, "errors": errors, "kinds": unit_import.kind_labels()},
    )


@officers_permission
def import_template(request):
    response = HttpResponse(
        unit_import.template_xlsx(),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = 'attachment; filename="mau-don-vi-can-bo.xlsx"'
    return response


admin_patterns = (
    [
        path("", officer_list, name="list"),
        path("them/", officer_add, name="add"),
        path("<int:pk>/gui-lai-thu-moi/", officer_reinvite, name="reinvite"),
        path("nhap-tu-tep/", officer_import, name="import"),
        path("nhap-tu-tep/mau.xlsx", import_template, name="import_template"),
    ],
    "registrations_officers",
)


def admin_urls():
    return [path("can-bo-don-vi/", include(admin_patterns))]


class OfficersMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(PERMISSION)


def menu_item():
    return OfficersMenuItem(
        gettext_lazy("Cán bộ thi đua đơn vị"),
        reverse("registrations_officers:list"),
        icon_name="user",
        order=265,
    )
