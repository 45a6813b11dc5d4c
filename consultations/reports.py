"""The council's report on a round: for each nominee, the opinions counted by stance and every
opinion with its author's identity, state and moderation outcome. Staff only: it holds
personal data."""

from django.db.models import Count, Q
from django.utils.translation import gettext as _

from consultations.models import ModerationState, NomineePage, PortalComment, Stance
from core.exports import export_filename, export_title, xlsx_response

# The columns of the summary, in order: published opinions by stance, then those not (or not
# yet) published, each apart; every opinion is in exactly one column, so the total adds up.
COUNT_COLUMNS = ["agree", "disagree", "other", "pending", "verifying", "rejected"]
SUMMARY_COLUMNS = [*COUNT_COLUMNS, "total"]


def count_headings():
    """The headings of the count columns (SUMMARY_COLUMNS), as the screen and XLSX show them."""
    labels = {
        "agree": _("Đồng ý"),
        "disagree": _("Không đồng ý"),
        "other": _("Ý kiến khác"),
        "pending": _("Chờ duyệt"),
        "verifying": _("Cần xác minh"),
        "rejected": _("Không đăng"),
        "total": _("Tổng số"),
    }
    return [labels[column] for column in SUMMARY_COLUMNS]


def _opinion_counts():
    published = Q(moderation_state=ModerationState.APPROVED)
    return {
        "agree": Count("pk", filter=published & Q(stance=Stance.AGREE)),
        "disagree": Count("pk", filter=published & Q(stance=Stance.DISAGREE)),
        # Published and neither for nor against (an opinion without a stance counts here).
        "other": Count("pk", filter=published & ~Q(stance__in=[Stance.AGREE, Stance.DISAGREE])),
        "pending": Count("pk", filter=Q(moderation_state=ModerationState.PENDING)),
        "verifying": Count("pk", filter=Q(moderation_state=ModerationState.VERIFYING)),
        "rejected": Count("pk", filter=Q(moderation_state=ModerationState.REJECTED)),
    }


def _with_total(counts):
    counts = {column: counts.get(column, 0) for column in COUNT_COLUMNS}
    counts["total"] = sum(counts.values())
    return counts


def round_report(consultation):
    """[{nominee, counts, count_cells, opinions}] in page order; three queries for the whole
    round. `counts` holds COUNT_COLUMNS and their sum, "total"; `count_cells` the same in the
    order of SUMMARY_COLUMNS."""
    nominees = list(
        NomineePage.objects.child_of(consultation).select_related("proposed_award").order_by("path")
    )
    counts = {
        row["page_id"]: row
        for row in PortalComment.portal.filter(round=consultation, is_official_reply=False)
        .order_by()  # the model's default ordering would split the groups
        .values("page_id")
        .annotate(**_opinion_counts())
    }
    opinions = {}
    replies = {}
    comments = PortalComment.objects.filter(round=consultation).select_related("moderated_by")
    for comment in comments.order_by("submit_date", "pk"):
        if comment.is_official_reply:
            replies.setdefault(comment.parent_id, []).append(comment)
        else:
            opinions.setdefault(comment.page_id, []).append(comment)
    report = []
    for nominee in nominees:
        items = opinions.get(nominee.pk, [])
        for item in items:
            item.official_replies = replies.get(item.pk, [])
        nominee_counts = _with_total(counts.get(nominee.pk, {}))
        report.append(
            {
                "nominee": nominee,
                "counts": nominee_counts,
                "count_cells": [nominee_counts[column] for column in SUMMARY_COLUMNS],
                "opinions": items,
            }
        )
    return report


def report_totals(report):
    """The summary's last row: each count column added up over the round's nominees."""
    return [
        sum(entry["count_cells"][index] for entry in report)
        for index in range(len(SUMMARY_COLUMNS))
    ]


def report_xlsx(consultation):
    report = round_report(consultation)
    summary_header = [
        _("STT"),
        _("Người / tập thể được đề nghị"),
        _("Hình thức đề nghị"),
        _("Đơn vị"),
        _("Trạng thái"),
        *count_headings(),
    ]
    summary_rows = [
        [
            index,
            entry["nominee"].title,
            str(entry["nominee"].proposed_award or ""),
            entry["nominee"].unit,
            entry["nominee"].get_state_display(),
            *entry["count_cells"],
        ]
        for index, entry in enumerate(report, start=1)
    ]
    summary_rows.append(["", _("Cộng"), "", "", "", *report_totals(report)])
    detail_header = [
        _("Mã tiếp nhận"),
        _("Người / tập thể được đề nghị"),
        _("Thời điểm gửi"),
        _("Họ và tên"),
        _("Số điện thoại"),
        _("Thư điện tử"),
        _("Địa chỉ"),
        _("Quan điểm"),
        _("Nội dung"),
        _("Kết quả kiểm duyệt"),
        _("Người kiểm duyệt"),
        _("Thời điểm kiểm duyệt"),
        _("Trả lời chính thức"),
    ]
    detail_rows = (
        [
            opinion.reference_code,
            entry["nominee"].title,
            opinion.submit_date,
            opinion.user_name,
            opinion.phone,
            opinion.user_email,
            opinion.address,
            opinion.get_stance_display(),
            opinion.comment,
            opinion.get_moderation_state_display(),
            opinion.moderated_by.get_full_name() if opinion.moderated_by else "",
            opinion.moderated_at,
            "\n\n".join(reply.comment for reply in opinion.official_replies),
        ]
        for entry in report
        for opinion in entry["opinions"]
    )
    what = _("Báo cáo tổng hợp ý kiến – %(round)s") % {"round": consultation.title}
    return xlsx_response(
        export_filename(_("Báo cáo lấy ý kiến"), consultation.slug[:40]),
        [(_("Tổng hợp"), summary_header, summary_rows), (_("Ý kiến"), detail_header, detail_rows)],
        title=export_title(what),
    )
