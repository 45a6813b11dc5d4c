"""The comment forms: what every comment asks (name, e-mail, text, consent), the reader's
comment and the identified opinion on a nominee (phone, address, stance). Citizens' questions
(consultations.forms) build on CommentFormBase too."""

import re
import uuid

import django_comments
from django import forms
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _

from core.antispam import ProtectedFormMixin
from core.forms import DescribedFieldsMixin
from home.models import DEFAULT_OFFICE_SHORT_NAME

PHONE_PATTERN = re.compile(r"^\+?[0-9][0-9 .\-]{7,18}[0-9]$")

REQUIRED = _("Vui lòng nhập %(field)s.")


def required_message(field):
    return REQUIRED % {"field": field}


def consent_label(office):
    return _(
        "Tôi đồng ý để %(office)s xử lý dữ liệu cá nhân nêu trên nhằm tiếp nhận, xác minh và "
        "phản hồi ý kiến này."
    ) % {"office": office}


def name_field(max_length):
    return forms.CharField(
        label=_("Họ và tên"),
        max_length=max_length,
        error_messages={
            "required": required_message(_("họ và tên")),
            "max_length": _("Họ và tên dài tối đa %(limit_value)d ký tự (đang có %(show_value)d)."),
        },
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )


# A comment's name is stored in django-comments' user_name column, which holds 50 characters.
COMMENT_NAME_MAX_LENGTH = 50


class CommentFormBase(DescribedFieldsMixin, ProtectedFormMixin):
    """Name, e-mail, the text and consent: what every comment asks."""

    name = name_field(100)
    email = forms.EmailField(
        label=_("Thư điện tử"),
        max_length=254,
        help_text=_("Không công khai; dùng để gửi mã tiếp nhận và trả lời."),
        error_messages={
            "required": required_message(_("địa chỉ thư điện tử")),
            "invalid": _("Địa chỉ thư điện tử chưa đúng (ví dụ: ten@example.com)."),
            "max_length": _("Địa chỉ thư điện tử quá dài."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    comment = forms.CharField(
        label=_("Nội dung"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={
            "required": required_message(_("nội dung")),
            "max_length": _("Nội dung dài tối đa %(limit_value)d ký tự (đang có %(show_value)d)."),
        },
    )
    consent = forms.BooleanField(
        # The usual name until a form is made; each form then names the site's office.
        label=lazy(consent_label, str)(DEFAULT_OFFICE_SHORT_NAME),
        error_messages={
            "required": _("Vui lòng đánh dấu đồng ý xử lý dữ liệu cá nhân để gửi ý kiến.")
        },
    )
    reply_to = forms.IntegerField(required=False, widget=forms.HiddenInput, min_value=1)
    submission_key = forms.UUIDField(widget=forms.HiddenInput)

    def __init__(self, *args, office=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["submission_key"].initial = uuid.uuid4()
        # The site's office by name (office_short_name(request), read once per request).
        self.fields["consent"].label = consent_label(office or DEFAULT_OFFICE_SHORT_NAME)
        self.fields["comment"].widget.attrs["maxlength"] = 5000
        # Errors are announced with the field (aria-describedby in the template).
        self.adjust_fields()
        for field in self.fields.values():
            if field.required:
                field.widget.attrs.setdefault("required", True)
        self.describe_fields()

    def adjust_fields(self):
        """Subclasses change labels and choices here, before the fields are first rendered."""

    def clean_name(self):
        name = " ".join(self.cleaned_data["name"].split())
        if not name:
            raise forms.ValidationError(required_message(_("họ và tên")))
        return name

    def clean_comment(self):
        text = self.cleaned_data["comment"].strip()
        if not text:
            raise forms.ValidationError(required_message(_("nội dung")))
        return text


def clean_phone_number(value):
    """A Vietnamese phone number as typed (spaces, dots, +84 allowed), or a clear message."""
    phone = " ".join(value.split())
    digits = re.sub(r"\D", "", phone)
    if not PHONE_PATTERN.match(phone) or not 9 <= len(digits) <= 12:
        raise forms.ValidationError(
            _("Số điện thoại chưa đúng: gồm 10 chữ số (ví dụ 0912 345 678) hoặc có mã vùng.")
        )
    return phone


class ReaderCommentForm(CommentFormBase):
    name = name_field(COMMENT_NAME_MAX_LENGTH)
    field_order = ["name", "email", "comment", "consent"]


class OpinionForm(CommentFormBase):
    """An identified opinion on a nominee: phone, address and a stance as well."""

    name = name_field(COMMENT_NAME_MAX_LENGTH)

    phone = forms.CharField(
        label=_("Số điện thoại"),
        max_length=20,
        help_text=_("Không công khai; chỉ dùng khi cần xác minh ý kiến."),
        error_messages={
            "required": required_message(_("số điện thoại")),
            "max_length": _("Số điện thoại dài tối đa %(limit_value)d ký tự."),
        },
        widget=forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
    )
    address = forms.CharField(
        label=_("Địa chỉ liên hệ"),
        max_length=300,
        help_text=_("Không công khai."),
        error_messages={
            "required": required_message(_("địa chỉ liên hệ")),
            "max_length": _("Địa chỉ dài tối đa %(limit_value)d ký tự (đang có %(show_value)d)."),
        },
        widget=forms.TextInput(attrs={"autocomplete": "street-address"}),
    )
    stance = forms.ChoiceField(
        label=_("Quan điểm của bạn"),
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Vui lòng chọn quan điểm: đồng ý, không đồng ý hoặc ý kiến khác."),
            "invalid_choice": _("Quan điểm không hợp lệ."),
        },
    )
    field_order = ["name", "phone", "email", "address", "stance", "comment", "consent"]

    def adjust_fields(self):
        self.fields["stance"].choices = (
            django_comments.get_model()._meta.get_field("stance").choices
        )
        self.fields["comment"].label = _("Nội dung ý kiến")

    def clean_phone(self):
        return clean_phone_number(self.cleaned_data["phone"])

    def clean_address(self):
        address = " ".join(self.cleaned_data["address"].split())
        if not address:
            raise forms.ValidationError(required_message(_("địa chỉ liên hệ")))
        return address


class OpinionTrackForm(DescribedFieldsMixin, forms.Form):
    """Following an opinion or a reader comment by its reference code and the e-mail it was
    sent with: the code alone (six random characters after a guessable prefix) is read out on
    the telephone and forwarded with the confirmation e-mail, while the status page shows the
    person's own words and the moderator's reason. Questions are tracked the same way
    (consultations.forms.TrackForm)."""

    code = forms.CharField(
        label=_("Mã tiếp nhận"),
        max_length=20,
        help_text=_("Ví dụ: YK-2026-7KQ4PX hoặc BL-2026-7KQ4PX (trong thư xác nhận)."),
        error_messages={"required": _("Vui lòng nhập mã tiếp nhận.")},
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )
    email = forms.EmailField(
        label=_("Thư điện tử đã dùng khi gửi"),
        max_length=254,
        error_messages={
            "required": _("Vui lòng nhập địa chỉ thư điện tử."),
            "invalid": _("Địa chỉ thư điện tử chưa đúng (ví dụ: ten@example.com)."),
            "max_length": _("Địa chỉ thư điện tử quá dài."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.describe_fields()

    def clean_code(self):
        return "".join(self.cleaned_data["code"].split()).upper()
