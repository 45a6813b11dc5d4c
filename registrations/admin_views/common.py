"""What the office's review screens share: the permission check, dates, and finding a record
and its pages."""

from django.contrib.auth.decorators import permission_required
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _

from core.dates import format_moment
from core.mail import send_templated_email, site_url
from registrations.models import Proposal, Registration, RegistrationPortalPage, ResultReport
from registrations.proposal_review import REVIEW_PROPOSAL
from registrations.review import REVIEW

review_required = permission_required(REVIEW, raise_exception=True)
# Award proposals: the office's review, and the council's consultation, vote and decision.
COUNCIL_VOTE = "registrations.record_council_vote"
review_proposal_required = permission_required(REVIEW_PROPOSAL, raise_exception=True)
council_required = permission_required(COUNCIL_VOTE, raise_exception=True)


def is_report(record):
    return isinstance(record, ResultReport)


def record_label(record):
    if isinstance(record, Proposal):
        return _("hồ sơ đề nghị khen thưởng “%(round)s”") % {"round": record.round.title}
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


def unit_area_url(record):
    """The unit's own page for the record in the public units' area ("" without that area):
    the form of a registration or report, the status page of a proposal."""
    portal = RegistrationPortalPage.objects.live().first()
    if portal is None:
        return ""
    if isinstance(record, Proposal):
        route = portal.reverse_subpage("proposal_status", args=[record.round_id])
    elif is_report(record):
        route = portal.reverse_subpage("report", args=[record.window_id])
    else:
        route = portal.reverse_subpage("registration", args=[record.campaign_id])
    return site_url(portal.url + route)  # e-mails link to the configured base address


def email_unit(record, template):
    """Tell the unit what the office did with its record (templates/registrations/email/)."""
    send_templated_email(
        f"registrations/email/{template}",
        {
            "record": record,
            "unit": record.unit,
            "what": record_label(record),
            "deadline": format_moment(record.effective_deadline),
            "url": unit_area_url(record),
        },
        record.unit.contact_emails(),
    )
