"""The secretariat's moderation queue, built on Wagtail's own listing: its filters fold away
in the listing's drawer, its rows are chosen for Wagtail's bulk actions, and it exports what
it shows. It opens on what waits (pending opinions and comments); rejecting, one or many,
asks for a reason. Everything here needs the 'moderate comments' permission."""

import django_filters
from django import forms
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import BulkActionsCheckboxColumn, Column, TitleColumn
from wagtail.admin.views.bulk_action import BulkAction
from wagtail.admin.views.generic import IndexView

from consultations import moderation
from consultations.admin_views.comments import MODERATE
from consultations.models import (
    ConsultationPage,
    ModerationState,
    NomineePage,
    PortalComment,
    RejectionReason,
    Stance,
)
from core.admin_exports import LaidOutExportMixin
from core.dates import format_moment

OBJ_TYPE = "portalcomment"


def _valid_page_id(value):
    # Page ids are not range-checked in lookups: an id no column can hold is no choice.
    return str(value).isdigit() and int(value) < 2**31


class QueueFilterSet(WagtailFilterSet):
    moderation_state = django_filters.ChoiceFilter(
        label=_("Kiểm duyệt"), choices=ModerationState.choices, empty_label=_("Tất cả")
    )
    round = django_filters.ModelChoiceFilter(
        label=_("Đợt lấy ý kiến"), queryset=ConsultationPage.objects.order_by("-opens_at")
    )
    kind = django_filters.ChoiceFilter(
        label=_("Loại"),
        empty_label=_("Tất cả"),
        choices=[
            ("opinion", _("Ý kiến về người được đề nghị")),
            ("reader", _("Bình luận bạn đọc")),
        ],
        method="filter_kind",
    )
    stance = django_filters.ChoiceFilter(
        label=_("Quan điểm"), choices=Stance.choices, empty_label=_("Tất cả")
    )
    nominee = django_filters.ModelChoiceFilter(
        label=_("Người / tập thể được đề nghị"),
        queryset=NomineePage.objects.order_by("title"),
        field_name="page",
    )
    page = django_filters.NumberFilter(
        label=_("Mã trang"), field_name="page_id", widget=forms.HiddenInput
    )
    submit_date = django_filters.DateFromToRangeFilter(
        label=_("Ngày gửi"), widget=DateRangePickerWidget
    )

    class Meta:
        model = PortalComment
        fields = ["moderation_state", "round", "kind", "stance", "nominee", "page", "submit_date"]

    def __init__(self, data=None, *args, **kwargs):
        # The queue opens on what waits: no state asked for means "pending"; "Tất cả" is an
        # explicit empty choice and shows every state.
        if data is not None and "moderation_state" not in data:
            data = data.copy()
            data["moderation_state"] = ModerationState.PENDING
        # Ids beyond what a database column holds are dropped rather than sent to the database.
        for name in ("round", "nominee", "page"):
            if data is not None and data.get(name) and not _valid_page_id(data.get(name)):
                data = data.copy()
                data[name] = ""
        super().__init__(data, *args, **kwargs)

    def filter_kind(self, queryset, name, value):
        if value == "opinion":
            return queryset.exclude(round=None)
        if value == "reader":
            return queryset.filter(round=None)
        return queryset


def _detail_url(comment):
    return reverse("consultations_admin:detail", args=[comment.pk])


def _title_id(comment):
    # Names the row for its bulk-action checkbox (aria-describedby).
    return f"{OBJ_TYPE}_{comment.pk}_title"


def _page_cell(comment):
    if comment.round_id:
        return f"{comment.page.title} · {comment.round.title}"
    return comment.page.title


def _sent_at(comment):
    return format_moment(comment.submit_date)


def _text_cell(comment):
    words = comment.comment.split()
    return " ".join(words[:20]) + (" …" if len(words) > 20 else "")


class ModerationQueueView(LaidOutExportMixin, IndexView):
    model = PortalComment
    template_name = "consultations/admin/queue.html"
    index_url_name = "consultations_admin:queue"
    index_results_url_name = "consultations_admin:queue_results"
    # consultations.moderate_portalcomment, through the model's permission policy.
    any_permission_required = None
    permission_required = "moderate"
    filterset_class = QueueFilterSet
    page_title = _("Kiểm duyệt ý kiến và bình luận")
    header_icon = "comment"
    paginate_by = 50
    is_searchable = True
    search_fields = ["user_name", "comment"]
    default_ordering = "-submit_date"
    verbose_name = _("ý kiến")
    verbose_name_plural = _("ý kiến")
    columns = [
        BulkActionsCheckboxColumn("bulk_actions", obj_type=OBJ_TYPE),
        TitleColumn("reference_code", label=_("Mã"), get_url=_detail_url, get_title_id=_title_id),
        Column("user_name", label=_("Người gửi")),
        Column("page", label=_("Trang"), accessor=_page_cell, classname="moderation-wide"),
        Column("stance", label=_("Quan điểm"), accessor="get_stance_display"),
        Column("comment", label=_("Nội dung"), accessor=_text_cell),
        Column(
            "moderation_state",
            label=_("Kiểm duyệt"),
            accessor="get_moderation_state_display",
            classname="moderation-wide",
        ),
        Column("submit_date", label=_("Gửi lúc"), accessor=_sent_at, sort_key="submit_date"),
    ]
    # The export holds citizens' contact data: the secretariat's own, and written to the
    # audit log each time.
    list_export = [
        "reference_code",
        "user_name",
        "user_email",
        "phone",
        "address",
        "page",
        "round",
        "stance",
        "comment",
        "moderation_state",
        "submit_date",
    ]
    export_headings = {
        "reference_code": _("Mã"),
        "user_name": _("Họ và tên"),
        "user_email": _("Thư điện tử"),
        "phone": _("Số điện thoại"),
        "address": _("Địa chỉ"),
        "page": _("Trang"),
        "round": _("Đợt lấy ý kiến"),
        "stance": _("Quan điểm"),
        "comment": _("Nội dung"),
        "moderation_state": _("Kiểm duyệt"),
        "submit_date": _("Gửi lúc"),
    }
    export_label = _("Ý kiến và bình luận kiểm duyệt")
    holds_personal_data = True

    def get_base_queryset(self):
        return PortalComment.objects.filter(is_official_reply=False).select_related("page", "round")

    def search_queryset(self, queryset):
        # Names and text by any word; a reference code or an e-mail address exactly.
        if not self.search_query:
            return queryset
        for word in self.search_query.split()[:8]:
            queryset = queryset.filter(
                Q(user_name__icontains=word)
                | Q(comment__icontains=word)
                | Q(reference_code__iexact=word)
                | Q(user_email__iexact=word)
                | Q(phone__icontains=word)
            )
        return queryset

    def to_row_dict(self, item):
        row = super().to_row_dict(item)
        row["stance"] = item.get_stance_display() if item.stance else ""
        row["moderation_state"] = item.get_moderation_state_display()
        row["page"] = item.page.title if item.page_id else ""
        row["submit_date"] = item.submit_date
        row["round"] = item.round.title if item.round_id else ""
        return row

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["pending_count"] = PortalComment.objects.filter(
            moderation_state=ModerationState.PENDING, is_official_reply=False
        ).count()
        context["model_opts"] = PortalComment._meta
        return context


# Bulk actions ----------------------------------------------------------------------------


class ModerationBulkAction(BulkAction):
    """A step taken on the chosen comments, after a confirmation page (Wagtail's bulk actions:
    /bulk/consultations/portalcomment/<action>/?id=…)."""

    models = [PortalComment]
    template_name = "consultations/admin/bulk_confirm.html"
    form_class = forms.Form
    action_button_text = _("Thực hiện")

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(MODERATE):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @classmethod
    def get_queryset(cls, model, object_ids):
        ids = [value for value in object_ids if str(value).isdigit()]
        return PortalComment.objects.filter(pk__in=ids, is_official_reply=False).select_related(
            "page", "round"
        )

    def get_all_objects_in_listing_query(self, parent_id):
        return PortalComment.objects.filter(is_official_reply=False).values_list("pk", flat=True)

    def object_context(self, obj):
        return {"item": obj, "url": reverse("consultations_admin:detail", args=[obj.pk])}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            {
                "action_title": self.display_name,
                "action_button_text": self.action_button_text,
                "action_button_class": "serious" if "serious" in self.classes else "",
                "explanation": getattr(self, "explanation", ""),
            }
        )
        return context

    def get_execution_context(self):
        return {"user": self.request.user}

    def get_success_message(self, num_parent_objects, num_child_objects):
        return self.success_message % {"count": num_parent_objects}


class ApproveBulkAction(ModerationBulkAction):
    display_name = _("Duyệt (công khai)")
    action_type = "approve"
    aria_label = _("Duyệt các ý kiến đã chọn")
    action_priority = 10
    explanation = _("Các ý kiến được duyệt sẽ hiện trên trang (nếu đợt công khai ý kiến).")
    success_message = _("Đã duyệt %(count)s mục.")

    @classmethod
    def execute_action(cls, objects, user=None, **kwargs):
        return moderation.approve(objects, user), 0


class RejectForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("Lý do không đăng"),
        choices=[("", _("— Chọn lý do —")), *RejectionReason.choices],
        error_messages={"required": _("Chọn lý do không đăng.")},
    )
    note = forms.CharField(
        label=_("Ghi chú thêm"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Bắt buộc khi chọn “Lý do khác”. Chỉ lưu trong nhật ký, không công khai."),
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("reason") == RejectionReason.OTHER and not cleaned.get("note", "").strip():
            self.add_error("note", _("Ghi rõ lý do khi chọn “Lý do khác”."))
        return cleaned


class RejectBulkAction(ModerationBulkAction):
    display_name = _("Không đăng")
    action_type = "reject"
    aria_label = _("Không đăng các ý kiến đã chọn, kèm lý do")
    action_priority = 20
    classes = {"serious"}
    form_class = RejectForm
    action_button_text = _("Không đăng")
    explanation = _(
        "Ý kiến không đăng không hiện trên trang; ý kiến đã công khai được thay bằng dòng "
        "“đã được kiểm duyệt”. Lý do được ghi vào nhật ký kiểm duyệt."
    )
    success_message = _("Đã không đăng %(count)s mục.")

    def get_execution_context(self):
        form = self.cleaned_form
        return {
            "user": self.request.user,
            "reason": form.cleaned_data["reason"],
            "note": form.cleaned_data["note"],
        }

    @classmethod
    def execute_action(cls, objects, user=None, reason="", note="", **kwargs):
        return moderation.reject(objects, user, reason, note), 0


class VerifyBulkAction(ModerationBulkAction):
    display_name = _("Chuyển xác minh")
    action_type = "verify"
    aria_label = _("Chuyển các ý kiến đã chọn sang xác minh")
    action_priority = 30
    explanation = _(
        "Ý kiến nêu vấn đề nghiêm trọng được chuyển xác minh; người được đề nghị tạm dừng xét "
        "cho đến khi có kết quả."
    )
    success_message = _("Đã chuyển %(count)s mục sang xác minh; người được đề nghị tạm dừng xét.")

    @classmethod
    def execute_action(cls, objects, user=None, **kwargs):
        return moderation.mark_for_verification(objects, user), 0


class ReplyForm(forms.Form):
    text = forms.CharField(
        label=_("Nội dung trả lời chính thức"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={"required": _("Nhập nội dung trả lời.")},
        help_text=_("Hiện dưới ý kiến trên trang và gửi thư cho người gửi ý kiến."),
    )


class ReplyBulkAction(ModerationBulkAction):
    display_name = _("Trả lời chính thức")
    action_type = "reply"
    aria_label = _("Trả lời chính thức các ý kiến đã chọn")
    action_priority = 40
    form_class = ReplyForm
    action_button_text = _("Gửi trả lời")
    success_message = _("Đã trả lời chính thức %(count)s mục.")

    def get_execution_context(self):
        return {"user": self.request.user, "text": self.cleaned_form.cleaned_data["text"]}

    @classmethod
    def execute_action(cls, objects, user=None, text="", **kwargs):
        for comment in objects:
            moderation.reply_officially(comment, user, text)
        return len(objects), 0


BULK_ACTIONS = [ApproveBulkAction, RejectBulkAction, VerifyBulkAction, ReplyBulkAction]
