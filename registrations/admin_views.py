"""The council office's review of what units send, in the Wagtail admin.

An overview per campaign (or report window) of every unit with the office's status, each
registration and report in full with its versions and log, the office's actions (return with a
reason, accept, reopen), the ranking of each cluster and the council's workbook. Every view
needs `registrations.review_registration` (the secretariat); the admin's own URL wrapper sends
anonymous visitors to the admin login before these checks run."""

from decimal import Decimal

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.templatetags.static import static
from django.urls import include, path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from core import audit
from core.mail import send_templated_email, site_url
from registrations import workflow
from registrations.exports import council_xlsx
from registrations.models import (
    EDITABLE_STATES,
    Campaign,
    Cluster,
    Registration,
    RegistrationPortalPage,
    ReportWindow,
    ResultReport,
    SubmissionState,
    Unit,
)
from registrations.review import (
    REVIEW,
    SENT_STATES,
    OfficeStatus,
    cluster_ranking,
    clusters_of_year,
    latest_window,
    office_status,
    records_by_unit,
    sent_late,
    unit_rows,
)
from registrations.views import attachment_response, start_report

review_required = permission_required(REVIEW, raise_exception=True)

# Forms ---------------------------------------------------------------------------------------


class PeriodForm(forms.Form):
    """A campaign (the current one unless chosen) and optionally one of its report windows.
    Values that do not fit are dropped, never an error page."""

    campaign = forms.ModelChoiceField(
        label=gettext_lazy("Đợt đăng ký"),
        queryset=Campaign.objects.order_by("-year", "-opens_at"),
        empty_label=None,
        required=False,
    )
    window = forms.ModelChoiceField(
        label=gettext_lazy("Kỳ báo cáo"),
        queryset=ReportWindow.objects.none(),
        empty_label=gettext_lazy("— Bản đăng ký —"),
        required=False,
    )

    def __init__(self, data, now=None, latest_window_by_default=False):
        data = data.copy()
        self.campaign = self._chosen_campaign(data.get("campaign"), now)
        if self.campaign is not None:
            data["campaign"] = str(self.campaign.pk)
            default = latest_window_by_default and latest_window(self.campaign, now)
            if default and not data.get("window"):
                data["window"] = str(default.pk)
        super().__init__(data)
        self.fields["window"].queryset = ReportWindow.objects.filter(
            campaign=self.campaign
        ).order_by("opens_at")
        self.setup_fields()
        self.is_valid()
        self.window = self.cleaned_data.get("window")

    def setup_fields(self):
        pass

    @staticmethod
    def _chosen_campaign(value, now):
        if value and str(value).isdigit():
            chosen = Campaign.objects.filter(pk=value).first()
            if chosen is not None:
                return chosen
        return Campaign.current(now)


class OverviewFilterForm(PeriodForm):
    cluster = forms.ModelChoiceField(
        label=gettext_lazy("Cụm, khối"),
        queryset=Cluster.objects.none(),
        empty_label=gettext_lazy("Tất cả"),
        required=False,
    )
    status = forms.ChoiceField(
        label=gettext_lazy("Trạng thái"),
        choices=[("", gettext_lazy("Tất cả")), *OfficeStatus.choices],
        required=False,
    )

    def setup_fields(self):
        year = self.campaign.year if self.campaign else None
        self.fields["cluster"].queryset = Cluster.objects.filter(year=year).order_by("name")


DEADLINE_INPUT = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")


class ReturnForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Lý do trả lại"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=2000,
        error_messages={"required": gettext_lazy("Vui lòng nêu lý do trả lại.")},
    )
    until = forms.DateTimeField(
        label=gettext_lazy("Hạn nộp lại"),
        required=False,
        widget=DEADLINE_INPUT,
        help_text=gettext_lazy("Bắt buộc khi đã quá hạn: đơn vị sửa và gửi lại được đến lúc này."),
    )


class ReopenForm(forms.Form):
    until = forms.DateTimeField(
        label=gettext_lazy("Gia hạn đến"),
        widget=DEADLINE_INPUT,
        error_messages={"required": gettext_lazy("Chọn thời điểm gia hạn đến.")},
    )


# Helpers ---------------------------------------------------------------------------------------


def _local(value):
    """dd/mm/yyyy hh:mm in the province's time zone, whatever the reader's admin setting."""
    return timezone.localtime(value, timezone.get_default_timezone()).strftime("%d/%m/%Y %H:%M")


def _is_report(record):
    return isinstance(record, ResultReport)


def _record_label(record):
    if _is_report(record):
        return _("báo cáo “%(window)s”") % {"window": record.window.title}
    return _("bản đăng ký thi đua “%(campaign)s”") % {"campaign": record.campaign.title}


def _detail_url(record):
    name = "report" if _is_report(record) else "registration"
    return reverse(f"registrations_office:{name}", args=[record.pk])


def _reopen_url(record):
    if _is_report(record):
        return reverse(
            "registrations_office:report_reopen", args=[record.window_id, record.unit_id]
        )
    return reverse(
        "registrations_office:registration_reopen", args=[record.campaign_id, record.unit_id]
    )


def _back(request, default):
    """Back to where the action was taken, if that is an address on this site."""
    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return redirect(target)
    return redirect(default)


def _unit_area_url(request, record):
    """The unit's own page for the record in the public units' area, if that area exists."""
    portal = RegistrationPortalPage.objects.live().first()
    if portal is None:
        return ""
    if _is_report(record):
        route = portal.reverse_subpage("report", args=[record.window_id])
    else:
        route = portal.reverse_subpage("registration", args=[record.campaign_id])
    return site_url(portal.url + route)  # e-mails link to the configured base address


def _email_unit(request, record, template):
    send_templated_email(
        f"registrations/email/{template}",
        {
            "record": record,
            "unit": record.unit,
            "what": _record_label(record),
            "deadline": _local(record.effective_deadline),
            "url": _unit_area_url(request, record),
        },
        record.unit.contact_emails(),
    )


def _registration(pk):
    return get_object_or_404(Registration.objects.select_related("campaign", "unit"), pk=pk)


def _report(pk):
    return get_object_or_404(
        ResultReport.objects.select_related("window__campaign", "unit", "cluster"), pk=pk
    )


def _content_context(record, data):
    """What the content include needs, for the record as it is now or for a version."""
    if not _is_report(record):
        return {"data": data, "content_template": "registrations/includes/registration_body.html"}
    listed_max = sum((Decimal(score["max_points"]) for score in data.get("scores", [])), Decimal(0))
    return {
        "data": data,
        "content_template": "registrations/includes/report_body.html",
        "max_total": record.cluster.max_total if record.cluster_id else listed_max,
    }


# Views -----------------------------------------------------------------------------------------


def _status_counts(request, rows):
    counts = dict.fromkeys(OfficeStatus, 0)
    for row in rows:
        counts[row.status] += 1
    links = []
    for status, count in counts.items():
        query = request.GET.copy()
        query["status"] = status.value
        links.append({"status": status, "count": count, "query": query.urlencode()})
    return links


@review_required
def overview(request):
    now = timezone.now()
    form = OverviewFilterForm(request.GET, now=now)
    campaign, window = form.campaign, form.window
    rows, counts = [], []
    if campaign is not None:
        period = window or campaign
        rows = unit_rows(
            clusters_of_year(campaign.year), records_by_unit(campaign, window), period, now
        )
        if form.cleaned_data.get("cluster"):
            rows = [row for row in rows if row.cluster == form.cleaned_data["cluster"]]
        counts = _status_counts(request, rows)
        if form.cleaned_data.get("status"):
            rows = [row for row in rows if row.status == form.cleaned_data["status"]]
    return TemplateResponse(
        request,
        "registrations/admin/overview.html",
        {
            "filter_form": form,
            "campaign": campaign,
            "window": window,
            "period": window or campaign,
            "rows": rows,
            "counts": counts,
            "total": sum(item["count"] for item in counts),
            "period_query": _period_query(campaign, window),
        },
    )


def _period_query(campaign, window):
    if campaign is None:
        return ""
    return f"campaign={campaign.pk}" + (f"&window={window.pk}" if window else "")


def _record_period_query(record):
    if _is_report(record):
        return _period_query(record.window.campaign, record.window)
    return _period_query(record.campaign, None)


def _record_page(request, record, *, return_form=None, http_status=200):
    now = timezone.now()
    state = record.state
    status = office_status(record, record.period, now)
    context = {
        "record": record,
        "is_report": _is_report(record),
        "period": record.period,
        "status": status,
        "is_late": sent_late(record, status),
        "deadline_passed": record.effective_deadline <= now,
        "versions": record.versions.select_related("submitted_by"),
        "log_entries": record.log_entries.select_related("user"),
        "return_form": return_form or ReturnForm(),
        "reopen_form": ReopenForm(),
        "can_return": state in SENT_STATES,
        "can_accept": state == SubmissionState.SUBMITTED,
        "can_reopen": state in EDITABLE_STATES,
        "reopen_url": _reopen_url(record),
        # Where the action forms go back to; a refused action keeps the page it came from.
        "next_url": request.POST.get("next", "")
        if request.method == "POST"
        else request.get_full_path(),
        "overview_query": _record_period_query(record),
        **_content_context(record, record.snapshot()),
    }
    if _is_report(record):
        context["attachments"] = record.attachments.all()
    return TemplateResponse(request, "registrations/admin/record.html", context, status=http_status)


@review_required
def registration_detail(request, pk):
    return _record_page(request, _registration(pk))


@review_required
def report_detail(request, pk):
    return _record_page(request, _report(pk))


def _version_page(request, record, number):
    version = get_object_or_404(record.versions.select_related("submitted_by"), number=number)
    return TemplateResponse(
        request,
        "registrations/admin/version.html",
        {
            "record": record,
            "is_report": _is_report(record),
            "version": version,
            "detail_url": _detail_url(record),
            **_content_context(record, version.data),
        },
    )


@review_required
def registration_version(request, pk, number):
    return _version_page(request, _registration(pk), number)


@review_required
def report_version(request, pk, number):
    return _version_page(request, _report(pk), number)


@review_required
def report_attachment(request, pk, attachment_id):
    report = get_object_or_404(ResultReport, pk=pk)
    return attachment_response(get_object_or_404(report.attachments, pk=attachment_id))


# Actions ---------------------------------------------------------------------------------------


def _return(request, record):
    form = ReturnForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Chưa trả lại được: xem lỗi trong mục Trả lại."))
        return _record_page(request, record, return_form=form, http_status=400)
    try:
        record = workflow.return_for_changes(
            record, request.user, form.cleaned_data["reason"], until=form.cleaned_data["until"]
        )
    except workflow.TransitionRefused as refusal:
        # The reason stays in the form, so the office only picks the new deadline.
        messages.error(request, str(refusal))
        return _record_page(request, record, return_form=form, http_status=400)
    _email_unit(request, record, "office_returned")
    messages.success(
        request,
        _("Đã trả lại %(what)s của %(unit)s; đơn vị sửa và gửi lại được đến %(deadline)s.")
        % {
            "what": _record_label(record),
            "unit": record.unit.name,
            "deadline": _local(record.effective_deadline),
        },
    )
    return _back(request, _detail_url(record))


def _accept(request, record):
    try:
        record = workflow.accept(record, request.user)
    except workflow.TransitionRefused as refusal:
        messages.error(request, str(refusal))
        return _back(request, _detail_url(record))
    _email_unit(request, record, "office_accepted")
    messages.success(
        request,
        _("Đã tiếp nhận %(what)s của %(unit)s.")
        % {"what": _record_label(record), "unit": record.unit.name},
    )
    return _back(request, _detail_url(record))


@review_required
@require_POST
def registration_return(request, pk):
    return _return(request, _registration(pk))


@review_required
@require_POST
def report_return(request, pk):
    return _return(request, _report(pk))


@review_required
@require_POST
def registration_accept(request, pk):
    return _accept(request, _registration(pk))


@review_required
@require_POST
def report_accept(request, pk):
    return _accept(request, _report(pk))


def _reopen(request, period, unit, record, create):
    """Extend the deadline of a unit's draft or returned record; a unit that never started
    gets its draft created first, so it finds the record open when it signs in."""
    form = ReopenForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        until = form.cleaned_data["until"]
        try:
            with transaction.atomic():
                record = workflow.reopen(record or create(), request.user, until)
        except workflow.TransitionRefused as refusal:
            messages.error(request, str(refusal))
        else:
            messages.success(
                request,
                _("Đã gia hạn %(what)s của %(unit)s đến %(until)s.")
                % {"what": _record_label(record), "unit": unit.name, "until": _local(until)},
            )
            return _back(request, _detail_url(record))
    now = timezone.now()
    return TemplateResponse(
        request,
        "registrations/admin/reopen.html",
        {
            "form": form,
            "period": period,
            "unit": unit,
            "record": record,
            "status": office_status(record, period, now),
            "deadline": record.effective_deadline if record else period.deadline,
            "can_reopen": record is None or record.state in EDITABLE_STATES,
            "detail_url": _detail_url(record) if record else "",
            "next": request.POST.get("next") or request.GET.get("next", ""),
        },
        status=400 if request.method == "POST" else 200,
    )


@review_required
def registration_reopen(request, campaign_id, unit_id):
    campaign = get_object_or_404(Campaign, pk=campaign_id)
    unit = get_object_or_404(Unit, pk=unit_id)
    record = Registration.objects.filter(campaign=campaign, unit=unit).first()

    def create():
        draft, _created = workflow.get_or_create_draft(
            Registration, request.user, campaign=campaign, unit=unit
        )
        return draft

    return _reopen(request, campaign, unit, record, create)


@review_required
def report_reopen(request, window_id, unit_id):
    window = get_object_or_404(ReportWindow.objects.select_related("campaign"), pk=window_id)
    unit = get_object_or_404(Unit, pk=unit_id)
    record = ResultReport.objects.filter(window=window, unit=unit).first()

    # The unit's own report page starts a report the same way (registration, cluster and one
    # row per pledged indicator): a bare draft would miss them.
    return _reopen(request, window, unit, record, lambda: start_report(window, unit, request.user))


# Ranking and the council's workbook ----------------------------------------------------------


@review_required
def ranking(request):
    now = timezone.now()
    form = PeriodForm(request.GET, now=now, latest_window_by_default=True)
    campaign, window = form.campaign, form.window
    return TemplateResponse(
        request,
        "registrations/admin/ranking.html",
        {
            "filter_form": form,
            "campaign": campaign,
            "window": window,
            "clusters": cluster_ranking(window) if window else [],
            "period_query": _period_query(campaign, window),
        },
    )


@review_required
def export(request):
    form = PeriodForm(request.GET)
    if form.campaign is None:
        raise Http404
    response = council_xlsx(form.campaign, form.window)
    # The workbook names the people units put forward: each export is in the audit log.
    audit.record(
        form.campaign,
        "tdkt.export",
        request.user,
        title=_("Xuất Excel đăng ký thi đua – %(campaign)s") % {"campaign": form.campaign},
        window=form.window.pk if form.window else None,
    )
    return response


# Admin URLs and menu ---------------------------------------------------------------------------

office_patterns = (
    [
        path("", overview, name="index"),
        path("xep-hang/", ranking, name="ranking"),
        path("xuat-excel/", export, name="export"),
        path("dang-ky/<int:pk>/", registration_detail, name="registration"),
        path(
            "dang-ky/<int:pk>/lan-gui/<int:number>/",
            registration_version,
            name="registration_version",
        ),
        path("dang-ky/<int:pk>/tra-lai/", registration_return, name="registration_return"),
        path("dang-ky/<int:pk>/tiep-nhan/", registration_accept, name="registration_accept"),
        path(
            "dot/<int:campaign_id>/don-vi/<int:unit_id>/gia-han/",
            registration_reopen,
            name="registration_reopen",
        ),
        path("bao-cao/<int:pk>/", report_detail, name="report"),
        path("bao-cao/<int:pk>/lan-gui/<int:number>/", report_version, name="report_version"),
        path("bao-cao/<int:pk>/tra-lai/", report_return, name="report_return"),
        path("bao-cao/<int:pk>/tiep-nhan/", report_accept, name="report_accept"),
        path(
            "bao-cao/<int:pk>/tep/<int:attachment_id>/",
            report_attachment,
            name="report_attachment",
        ),
        path(
            "ky-bao-cao/<int:window_id>/don-vi/<int:unit_id>/gia-han/",
            report_reopen,
            name="report_reopen",
        ),
    ],
    "registrations_office",
)


@hooks.register("register_admin_urls")
def register_office_urls():
    return [path("dang-ky-thi-dua/", include(office_patterns))]


class OfficeMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(REVIEW)


@hooks.register("register_admin_menu_item")
def office_menu_item():
    return OfficeMenuItem(
        gettext_lazy("Xét duyệt đăng ký thi đua"),
        reverse("registrations_office:index"),
        icon_name="tasks",
        order=261,
    )


@hooks.register("insert_global_admin_css")
def office_css():
    return format_html('<link rel="stylesheet" href="{}">', static("css/office.css"))
