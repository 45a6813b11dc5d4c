from django import forms
from django.utils.translation import gettext_lazy as _

from core.antispam import ProtectedFormMixin
from core.forms import DescribedFieldsMixin
from privacy.models import RequestKind

DETAILS_MAX_LENGTH = 1000  # carried inside the signed confirmation link


class DataRequestForm(DescribedFieldsMixin, ProtectedFormMixin):
    kind = forms.ChoiceField(
        label=_("Bạn muốn"),
        choices=RequestKind.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Vui lòng chọn loại yêu cầu."),
            "invalid_choice": _("Loại yêu cầu không hợp lệ."),
        },
    )
    email = forms.EmailField(
        label=_("Thư điện tử đã dùng khi gửi ý kiến, câu hỏi"),
        max_length=254,
        help_text=_(
            "Chúng tôi gửi một đường liên kết xác nhận tới địa chỉ này; yêu cầu chỉ được ghi "
            "nhận khi bạn mở đường liên kết đó."
        ),
        error_messages={
            "required": _("Vui lòng nhập địa chỉ thư điện tử."),
            "invalid": _("Địa chỉ thư điện tử chưa đúng (ví dụ: ten@example.com)."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    details = forms.CharField(
        label=_("Nội dung cụ thể"),
        required=False,
        max_length=DETAILS_MAX_LENGTH,
        help_text=_("Không bắt buộc: ví dụ thông tin nào cần sửa và sửa thành gì."),
        widget=forms.Textarea(attrs={"rows": 4, "maxlength": DETAILS_MAX_LENGTH}),
        error_messages={
            "max_length": _("Nội dung dài tối đa %(limit_value)d ký tự (đang có %(show_value)d).")
        },
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if field.required and not isinstance(field.widget, forms.RadioSelect):
                field.widget.attrs.setdefault("required", True)
        self.describe_fields()

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()


class DoneForm(forms.Form):
    note = forms.CharField(
        label=_("Kết quả xử lý (gửi cho người yêu cầu)"),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": _("Vui lòng ghi kết quả xử lý.")},
    )


class ExtensionForm(forms.Form):
    """The one extension of the answer deadline; the reason is e-mailed to the person."""

    reason = forms.CharField(
        label=_("Lý do gia hạn (gửi cho người yêu cầu)"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Vui lòng ghi lý do gia hạn.")},
    )

    def __init__(self, *args, data_request=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.data_request = data_request

    def clean(self):
        request = self.data_request
        if request is not None and request.is_extended:
            raise forms.ValidationError(
                _("Yêu cầu này đã được gia hạn một lần; không thể gia hạn thêm.")
            )
        if request is not None and not request.is_open:
            raise forms.ValidationError(_("Yêu cầu đã hoàn thành; không thể gia hạn."))
        return super().clean()
