"""One comment model for the whole site (django-comments-xtd's XtdComment, extended):
opinions on nominees (with a stance, phone and address) and reader comments on news and
exemplar stories. E-mail, phone, address and IP are personal data: never shown publicly."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_comments_xtd.models import XtdComment

from core.codes import new_reference_code


class Stance(models.TextChoices):
    AGREE = "agree", _("Đồng ý")
    DISAGREE = "disagree", _("Không đồng ý")
    OTHER = "other", _("Ý kiến khác")


class ModerationState(models.TextChoices):
    PENDING = "pending", _("Chờ kiểm duyệt")
    APPROVED = "approved", _("Đã duyệt")
    REJECTED = "rejected", _("Đã gỡ / không duyệt")
    VERIFYING = "verifying", _("Cần xác minh")


class PortalCommentQuerySet(models.QuerySet):
    def opinions(self):
        return self.exclude(round=None)

    def reader_comments(self):
        return self.filter(round=None)


class PortalComment(XtdComment):
    reference_code = models.CharField(_("Mã tiếp nhận"), max_length=20, unique=True)
    # The form's one-time key: a second submission of the same form finds the first comment.
    submission_key = models.UUIDField(null=True, blank=True, unique=True, editable=False)
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Trang"),
        on_delete=models.CASCADE,
        related_name="portal_comments",
    )
    round = models.ForeignKey(
        "consultations.ConsultationPage",
        verbose_name=_("Đợt lấy ý kiến"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="opinions",
    )
    stance = models.CharField(_("Quan điểm"), max_length=10, choices=Stance.choices, blank=True)
    phone = models.CharField(_("Số điện thoại"), max_length=20, blank=True)
    address = models.CharField(_("Địa chỉ"), max_length=300, blank=True)
    consent_at = models.DateTimeField(_("Đồng ý xử lý dữ liệu cá nhân lúc"), null=True)
    moderation_state = models.CharField(
        _("Kiểm duyệt"),
        max_length=10,
        choices=ModerationState.choices,
        default=ModerationState.PENDING,
        db_index=True,
    )
    moderated_at = models.DateTimeField(_("Kiểm duyệt lúc"), null=True, blank=True)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Người kiểm duyệt"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    is_official_reply = models.BooleanField(_("Trả lời chính thức của Hội đồng"), default=False)
    digest_sent_at = models.DateTimeField(null=True, blank=True, editable=False)
    contacts_erased_at = models.DateTimeField(
        _("Đã xóa thông tin liên hệ lúc"), null=True, blank=True, editable=False
    )

    portal = PortalCommentQuerySet.as_manager()

    class Meta:
        verbose_name = _("Ý kiến / bình luận")
        verbose_name_plural = _("Ý kiến và bình luận")
        ordering = ["-submit_date"]
        permissions = [("moderate_portalcomment", _("Kiểm duyệt ý kiến, bình luận"))]
        indexes = [models.Index(fields=["page", "moderation_state"])]

    def __str__(self):
        return f"{self.reference_code} – {self.user_name}"

    @property
    def is_opinion(self):
        return self.round_id is not None

    @property
    def kind_label(self):
        if self.is_official_reply:
            return _("Trả lời chính thức")
        return _("Ý kiến về người được đề nghị") if self.is_opinion else _("Bình luận bạn đọc")

    def save(self, *args, **kwargs):
        if not self.reference_code:
            # 32^6 random codes a year per prefix: a collision is practically impossible, and
            # the unique column would refuse one rather than mix two people's opinions.
            self.reference_code = new_reference_code("YK" if self.round_id else "BL")
        return super().save(*args, **kwargs)


class ModerationAction(models.TextChoices):
    APPROVE = "approve", _("Duyệt")
    REJECT = "reject", _("Gỡ / không duyệt")
    VERIFY = "verify", _("Chuyển xác minh")
    REPLY = "reply", _("Trả lời chính thức")
    ERASE = "erase", _("Xóa thông tin liên hệ")


class RejectionReason(models.TextChoices):
    """Why an opinion or comment is not published: a short list the office reads in the log
    and the council report, with free text beside it."""

    OFF_TOPIC = "off_topic", _("Không liên quan đến nội dung lấy ý kiến")
    ABUSIVE = "abusive", _("Ngôn từ xúc phạm, thiếu văn hóa")
    PERSONAL_DATA = "personal_data", _("Nêu thông tin cá nhân của người khác")
    UNFOUNDED = "unfounded", _("Không có căn cứ, không rõ người, việc cụ thể")
    DUPLICATE = "duplicate", _("Trùng với ý kiến đã gửi")
    SPAM = "spam", _("Quảng cáo, tin rác")
    OTHER = "other", _("Lý do khác")


class ModerationLogEntry(models.Model):
    """Who did what to which comment, and when."""

    comment = models.ForeignKey(
        PortalComment, on_delete=models.CASCADE, related_name="moderation_log"
    )
    action = models.CharField(_("Thao tác"), max_length=10, choices=ModerationAction.choices)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Người thực hiện"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    at = models.DateTimeField(_("Thời điểm"), default=timezone.now)
    reason = models.CharField(
        _("Lý do"), max_length=20, choices=RejectionReason.choices, blank=True
    )
    note = models.TextField(_("Ghi chú"), blank=True)

    class Meta:
        ordering = ["-at", "-pk"]
        verbose_name = _("Nhật ký kiểm duyệt")
        verbose_name_plural = _("Nhật ký kiểm duyệt")

    def __str__(self):
        return f"{self.get_action_display()} – {self.comment_id}"
