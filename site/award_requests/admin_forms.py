"""The secretariat's forms on a request's page; each text is e-mailed to the citizen and shown
on their status page."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from core.uploads import sniff_type

REPLY_MAX_BYTES = 10 * 1024 * 1024
SHOWN_TO_CITIZEN = _("Gửi cho người đề nghị và hiện trên trang theo dõi đề nghị của họ.")


class PapersForm(forms.Form):
    papers = forms.CharField(
        label=_("Giấy tờ cần bổ sung"),
        max_length=3000,
        help_text=SHOWN_TO_CITIZEN,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Vui lòng ghi giấy tờ cần bổ sung.")},
    )


class AnswerForm(forms.Form):
    answer = forms.CharField(
        label=_("Nội dung trả lời"),
        max_length=8000,
        help_text=SHOWN_TO_CITIZEN,
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={"required": _("Vui lòng ghi nội dung trả lời.")},
    )
    reply_file = forms.FileField(
        label=_("Văn bản trả lời (PDF, không bắt buộc)"),
        required=False,
        help_text=_("Người đề nghị tải được qua đường liên kết riêng của đề nghị; tối đa 10 MB."),
        widget=forms.ClearableFileInput(attrs={"accept": ".pdf"}),
    )

    def clean_reply_file(self):
        upload = self.cleaned_data.get("reply_file")
        if not upload:
            return None
        if upload.size > REPLY_MAX_BYTES:
            raise ValidationError(_("Tệp quá lớn; tối đa 10 MB."))
        upload.seek(0)
        head = upload.read(16)
        upload.seek(0)
        if sniff_type(head) != "pdf":
            raise ValidationError(
                _("Văn bản trả lời phải là tệp PDF; nội dung tệp này không phải.")
            )
        return upload


class RefusalForm(forms.Form):
    reason = forms.CharField(
        label=_("Lý do từ chối"),
        max_length=4000,
        help_text=SHOWN_TO_CITIZEN,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Vui lòng ghi lý do từ chối.")},
    )
