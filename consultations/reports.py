"""The council's report on a round: for each nominee, the opinions counted by stance and every
opinion with its author's identity, state and moderation outcome. Staff only: it holds
personal data."""

from django.db.models import Count, Q
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from consultations.models import ModerationState, NomineePage, PortalComment, Stance
from core.exports import xlsx_response


def _datetime(value):
    return formats.date_format(timezone.localtime(value), "SHORT_DATETIME_FORMAT") if value else ""


def round_report(consultation):
    """[{nominee, counts, opinions}] in page order; three queries for the whole round."""
    nominees = list(
        NomineePage.objects.child_of(consultation).select_related("proposed_award").order_by("path")
    )
    stance_counts = {
        stance: Count("pk", filter=Q(stance=stance, is_removed=False)) for stance in Stance.values
    }
    counts = {
        row["page_id"]: row
        for row in PortalComment.portal.filter(round=consultation, is_official_reply=False)
        .order_by()  # the model's default ordering would split the groups
        .values("page_id")
        .annotate(
            total=Count("pk"),
            removed=Count("pk", filter=Q(moderation_state=ModerationState.REJECTED)),
            verifying=Count("pk", filter=Q(moderation_state=ModerationState.VERIFYING)),
            **stance_counts,
        )
    }
    opinions = {}
    replies = {}
    comments = PortalComment.objects.filter(round=consultation).select_related("moderated_by")
    for comment in comments.order_by("submit_date", "pk"):
        if comment.is_official_reply:
            replies.setdefault(comment.parent_id, []).append(comment)
        else:
            opinions.setdefault(comment.page_id, []).append(comment)
    empty = {"total": 0, "removed": 0, "verifying": 0, **dict.fromkeys(Stance.values, 0)}
    report = []
    for nominee in nominees:
        items = opinions.get(nominee.pk, [])
        for item in items:
            item.official_replies = replies.get(item.pk, [])
        report.append(
            {"nominee": nominee, "counts": counts.get(nominee.pk, empty), "opinions": items}
        )
    return report


def report_xlsx(consultation):
    report = round_report(consultation)
    summary_header = [
        _("STT"),
        _("Người / tập thể được đề nghị"),
        _("Hình thức đề nghị"),
        _("Đơn vị"),
        _("Trạng thái"),
        _("Đồng ý"),
        _("Không đồng ý"),
        _("Ý kiến khác"),
        _("Tổng số ý kiến"),
        _("Trong đó: bị gỡ"),
        _("Trong đó: cần xác minh"),
    ]
    summary_rows = [
        [
            index,
            entry["nominee"].title,
            str(entry["nominee"].proposed_award or ""),
            entry["nominee"].unit,
            entry["nominee"].get_state_display(),
            entry["counts"][Stance.AGREE],
            entry["counts"][Stance.DISAGREE],
            entry["counts"][Stance.OTHER],
            entry["counts"]["total"],
            entry["counts"]["removed"],
            entry["counts"]["verifying"],
        ]
        for index, entry in enumerate(report, start=1)
    ]
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
            _datetime(opinion.submit_date),
            opinion.user_name,
            opinion.phone,
            opinion.user_email,
            opinion.address,
            opinion.get_stance_display(),
            opinion.comment,
            opinion.get_moderation_state_display(),
            opinion.moderated_by.get_full_name() if opinion.moderated_by else "",
            _datetime(opinion.moderated_at),
            "\n\n".join(reply.comment for reply in opinion.official_replies),
        ]
        for entry in report
        for opinion in entry["opinions"]
    )
    return xlsx_response(
        f"bao-cao-lay-y-kien-{consultation.slug}.xlsx",
        [(_("Tổng hợp"), summary_header, summary_rows), (_("Ý kiến"), detail_header, detail_rows)],
    )
