"""The forms of citizens' questions on the public site: asking (built on the comment forms'
CommentFormBase: its protection, reference code and consent) and tracking by code and e-mail."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from consultations.comment_forms import CommentFormBase, clean_phone_number
from consultations.models import QuestionKind, QuestionTopic
from core.forms import DescribedFieldsMixin
from core.uploads import validate_attachment


class AskForm(CommentFormBase):
    kind = forms.ChoiceField(
        label=_("Loại"),
        choices=QuestionKind.choices,
        initial=QuestionKind.QUESTION,
        widget=forms.RadioSelect,
        error_messages={"required": _("Vui lòng chọn loại: câu hỏi, kiến nghị hoặc phản ánh.")},
    )
    topic = forms.ModelChoiceField(
        label=_("Chủ đề"),
        queryset=QuestionTopic.objects.all(),
        required=False,
        empty_label=_("— Chọn chủ đề (không bắt buộc) —"),
        error_messages={"invalid_choice": _("Chủ đề không hợp lệ.")},
    )
    phone = forms.CharField(
        label=_("Số điện thoại"),
        max_length=20,
        required=False,
        help_text=_("Không bắt buộc, không công khai; để cán bộ liên hệ khi cần làm rõ."),
        widget=forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
    )
    attachment = forms.FileField(
        label=_("Tệp đính kèm"),
        required=False,
        help_text=_("Không bắt buộc: một tệp PDF hoặc ảnh (JPEG, PNG, WebP), tối đa 5 MB."),
        widget=forms.ClearableFileInput(attrs={"accept": ".pdf,.jpg,.jpeg,.png,.webp"}),
    )
    publication_consent = forms.BooleanField(
        label=_(
            "Tôi đồng ý để câu hỏi (đã lược bỏ thông tin cá nhân) và câu trả lời được công khai "
            "trên Cổng, ghi tên tôi bằng chữ viết tắt (ví dụ: N.V.A.)."
        ),
        required=False,
        help_text=_(
            "Không bắt buộc. Không đánh dấu: câu trả lời chỉ gửi riêng cho bạn, hoặc được công "
            "khai không ghi tên."
        ),
    )
    field_order = [
        "kind",
        "topic",
        "name",
        "email",
        "phone",
        "comment",
        "attachment",
        "consent",
        "publication_consent",
    ]

    def adjust_fields(self):
        del self.fields["reply_to"]
        self.fields["comment"].label = _("Nội dung câu hỏi, kiến nghị")
        self.fields["email"].help_text = _(
            "Không công khai; dùng để gửi mã tiếp nhận, câu trả lời và để tra cứu."
        )

    def clean_phone(self):
        phone = self.cleaned_data["phone"]
        return clean_phone_number(phone) if phone.strip() else ""

    def clean_attachment(self):
        upload = self.cleaned_data.get("attachment")
        if upload:
            self.attachment_extension = validate_attachment(
                upload, settings.QUESTION_ATTACHMENT_MAX_BYTES
            )
        return upload


class TrackForm(DescribedFieldsMixin, forms.Form):
    code = forms.CharField(
        label=_("Mã tiếp nhận"),
        max_length=20,
        help_text=_("Ví dụ: HD-2026-7KQ4PX (trong thư xác nhận)."),
        error_messages={"required": _("Vui lòng nhập mã tiếp nhận.")},
    )
    email = forms.EmailField(
        label=_("Thư điện tử đã dùng khi gửi"),
        error_messages={
            "required": _("Vui lòng nhập địa chỉ thư điện tử."),
            "invalid": _("Địa chỉ thư điện tử chưa đúng (ví dụ: ten@example.com)."),
        },
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.describe_fields()

    def clean_code(self):
        return self.cleaned_data["code"].strip().upper()
