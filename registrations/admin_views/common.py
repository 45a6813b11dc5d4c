"""What the office's review screens share: the permission check, dates, and finding a record
and its pages."""

from django.contrib.auth.decorators import permission_required
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _

from registrations.models import Registration, ResultReport
from registrations.review import REVIEW

review_required = permission_required(REVIEW, raise_exception=True)


def is_report(record):
    return isinstance(record, ResultReport)


def record_label(record):
    if is_report(record):
        return _("báo cáo “%(window)s”") % {"window": record.window.title}
    return _("bản đăng ký thi đua “%(campaign)s”") % {"campaign": record.campaign.title}


def detail_url(record):
    name = "report" if is_report(record) else "registration"
    return reverse(f"registrations_office:{name}", args=[record.pk])


def registration_or_404(pk):
    return get_object_or_404(Registration.objects.select_related("campaign", "unit"), pk=pk)


def report_or_404(pk):
    return get_object_or_404(
        ResultReport.objects.select_related("window__campaign", "unit", "cluster"), pk=pk
    )


def period_query(campaign, window):
    if campaign is None:
        return ""
    return f"campaign={campaign.pk}" + (f"&window={window.pk}" if window else "")
