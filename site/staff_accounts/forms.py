"""The code fields: labelled, numeric keypad for the app's code, one-time-code autofill."""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.forms import DescribedFieldsMixin


class CodeForm(DescribedFieldsMixin, forms.Form):
    code = forms.CharField(
        label=_("Mã xác thực (6 chữ số)"),
        help_text=_("Mở ứng dụng xác thực trên điện thoại và nhập mã đang hiển thị."),
        max_length=12,
        error_messages={"required": _("Hãy nhập mã xác thực gồm 6 chữ số.")},
        widget=forms.TextInput(
            attrs={
                "autocomplete": "one-time-code",
                "inputmode": "numeric",
                "pattern": r"[0-9 ]*",
                "autofocus": True,
                "spellcheck": "false",
                "class": "two-factor-code",
            }
        ),
    )

    def __init__(self, *args, autofocus=True, **kwargs):
        super().__init__(*args, **kwargs)
        if not autofocus:
            self.fields["code"].widget.attrs.pop("autofocus", None)
        self.describe_fields()

    def clean_code(self):
        code = "".join(self.cleaned_data["code"].split())
        if not (code.isdigit() and len(code) == 6):
            raise forms.ValidationError(_("Mã xác thực gồm đúng 6 chữ số, ví dụ 123456."))
        return code


class RecoveryCodeForm(DescribedFieldsMixin, forms.Form):
    code = forms.CharField(
        label=_("Mã dự phòng"),
        help_text=_("Một trong 10 mã đã in hoặc lưu khi thiết lập; mỗi mã chỉ dùng được một lần."),
        max_length=32,
        error_messages={"required": _("Hãy nhập một mã dự phòng.")},
        widget=forms.TextInput(
            attrs={
                "autocomplete": "one-time-code",
                "autocapitalize": "none",
                "autofocus": True,
                "spellcheck": "false",
                "class": "two-factor-code",
            }
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.describe_fields()

    def clean_code(self):
        return "".join(self.cleaned_data["code"].split()).lower()
