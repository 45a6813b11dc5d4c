"""The citizen's form (ask) and the look-up of a request by its code and phone number."""

import uuid

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from award_requests import conf
from award_requests.models import ReissueCause, Relation, RequestKind
from consultations.comment_forms import clean_phone_number
from core.antispam import ProtectedFormMixin
from core.forms import DescribedFieldsMixin
from core.uploads import validate_attachment
from privacy.models import ConsentPurpose
from verification.records import find

# Consent purposes, one per use of the data (stored in privacy.ConsentRecord).
PURPOSE_HANDLING = ConsentPurpose.AWARD_REQUEST
PURPOSE_IDENTITY = ConsentPurpose.AWARD_REQUEST_IDENTITY
SCAN_TYPES = {".pdf", ".jpg", ".png"}


def handling_consent_label(office):
    return _(
        "Tôi đồng ý để %(office)s xử lý các thông tin cá nhân nêu trên (của tôi và của người "
        "được khen thưởng) nhằm tra cứu hồ sơ, giải quyết đề nghị và trả lời tôi."
    ) % {"office": office}


def identity_consent_label(office):
    return _(
        "Tôi đồng ý để %(office)s dùng bản chụp giấy tờ tùy thân gửi kèm chỉ để xác minh "
        "người đề nghị; bản chụp không công khai và được xóa khi hết thời hạn lưu giữ."
    ) % {"office": office}


def _required(text):
    return {"required": text}


class AwardRequestForm(DescribedFieldsMixin, ProtectedFormMixin):
    kind = forms.ChoiceField(
        label=_("Bạn đề nghị"),
        choices=RequestKind.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Vui lòng chọn loại đề nghị."),
            "invalid_choice": _("Loại đề nghị không hợp lệ."),
        },
    )
    requester_name = forms.CharField(
        label=_("Họ và tên người đề nghị"),
        max_length=100,
        error_messages=_required(_("Vui lòng nhập họ và tên của bạn.")),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    requester_phone = forms.CharField(
        label=_("Số điện thoại"),
        max_length=20,
        help_text=_("Không công khai; dùng để liên hệ và để tra cứu đề nghị cùng mã tiếp nhận."),
        error_messages=_required(_("Vui lòng nhập số điện thoại.")),
        widget=forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
    )
    requester_email = forms.EmailField(
        label=_("Thư điện tử"),
        max_length=254,
        required=False,
        help_text=_("Không bắt buộc, không công khai; để nhận mã tiếp nhận và kết quả qua thư."),
        error_messages={"invalid": _("Địa chỉ thư điện tử chưa đúng (ví dụ: ten@example.com).")},
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    requester_address = forms.CharField(
        label=_("Địa chỉ liên hệ"),
        max_length=300,
        error_messages=_required(_("Vui lòng nhập địa chỉ liên hệ.")),
        widget=forms.TextInput(attrs={"autocomplete": "street-address"}),
    )
    relation = forms.ChoiceField(
        label=_("Quan hệ với người được khen thưởng"),
        choices=Relation.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Vui lòng chọn quan hệ với người được khen thưởng."),
            "invalid_choice": _("Quan hệ không hợp lệ."),
        },
    )
    awardee_name = forms.CharField(
        label=_("Họ và tên người (hoặc tên tập thể) được khen thưởng"),
        max_length=100,
        error_messages=_required(_("Vui lòng nhập họ và tên người được khen thưởng.")),
    )
    awardee_birth_year = forms.IntegerField(
        label=_("Năm sinh"),
        required=False,
        help_text=_("Không bắt buộc; giúp tìm đúng hồ sơ khi trùng tên."),
        error_messages={"invalid": _("Năm sinh phải là một số, ví dụ 1948.")},
        widget=forms.TextInput(attrs={"inputmode": "numeric", "maxlength": 4}),
    )
    awardee_native_place = forms.CharField(label=_("Quê quán"), max_length=200, required=False)
    verification_code = forms.CharField(
        label=_("Mã xác minh khen thưởng"),
        max_length=20,
        required=False,
        help_text=_(
            "Nếu có: mã 8 ký tự in trên giấy xác nhận hoặc trang tra cứu, ví dụ K7QW-2M9D. "
            "Không có mã: ghi các thông tin về khen thưởng bên dưới."
        ),
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )
    award_name = forms.CharField(
        label=_("Hình thức khen thưởng"),
        max_length=300,
        required=False,
        help_text=_("Ví dụ: Huân chương Kháng chiến hạng Nhì; Bằng khen của Chủ tịch UBND tỉnh."),
    )
    decision_number = forms.CharField(label=_("Số quyết định"), max_length=100, required=False)
    award_year = forms.IntegerField(
        label=_("Năm khen thưởng"),
        required=False,
        error_messages={"invalid": _("Năm khen thưởng phải là một số, ví dụ 1986.")},
        widget=forms.TextInput(attrs={"inputmode": "numeric", "maxlength": 4}),
    )
    issuing_level = forms.CharField(
        label=_("Cấp quyết định"),
        max_length=200,
        required=False,
        help_text=_("Ví dụ: Chủ tịch nước, Thủ tướng Chính phủ, Chủ tịch UBND tỉnh."),
    )
    reason = forms.CharField(
        label=_("Lý do đề nghị"),
        max_length=3000,
        error_messages={
            "required": _("Vui lòng ghi lý do đề nghị."),
            "max_length": _("Lý do dài tối đa %(limit_value)d ký tự (đang có %(show_value)d)."),
        },
        widget=forms.Textarea(attrs={"rows": 4, "maxlength": 3000}),
    )
    reissue_cause = forms.ChoiceField(
        label=_("Hiện vật khen thưởng bị (khi đề nghị cấp lại)"),
        choices=ReissueCause.choices,
        required=False,
        widget=forms.RadioSelect,
        error_messages={"invalid_choice": _("Lựa chọn không hợp lệ.")},
    )
    identity_scan = forms.FileField(
        label=_("Bản chụp giấy tờ tùy thân của người đề nghị"),
        help_text=_(
            "Căn cước hoặc giấy tờ tương đương: một tệp PDF, JPEG hoặc PNG, tối đa 5 MB. "
            "Không công khai."
        ),
        error_messages={
            "required": _("Vui lòng chọn tệp bản chụp giấy tờ tùy thân."),
            "empty": _("Tệp đã chọn không có nội dung."),
        },
        widget=forms.ClearableFileInput(attrs={"accept": ".pdf,.jpg,.jpeg,.png"}),
    )
    consent_handling = forms.BooleanField(
        label=_("Đồng ý xử lý dữ liệu cá nhân"),
        error_messages=_required(
            _("Vui lòng đánh dấu đồng ý xử lý dữ liệu cá nhân để gửi đề nghị.")
        ),
    )
    consent_identity = forms.BooleanField(
        label=_("Đồng ý dùng bản chụp giấy tờ tùy thân"),
        error_messages=_required(
            _("Vui lòng đánh dấu đồng ý việc dùng bản chụp giấy tờ tùy thân để xác minh.")
        ),
    )
    submission_key = forms.UUIDField(widget=forms.HiddenInput)

    def __init__(self, *args, office="", **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["submission_key"].initial = uuid.uuid4()
        # The exact words shown are what the consent records keep.
        self.fields["consent_handling"].label = handling_consent_label(office)
        self.fields["consent_identity"].label = identity_consent_label(office)
        self.found_awardee = None
        for field in self.fields.values():
            if field.required and not isinstance(
                field.widget, (forms.RadioSelect, forms.CheckboxInput, forms.HiddenInput)
            ):
                field.widget.attrs.setdefault("required", True)
        self.describe_fields()

    def clean_requester_phone(self):
        return clean_phone_number(self.cleaned_data["requester_phone"])

    def clean_requester_email(self):
        return self.cleaned_data["requester_email"].strip().lower()

    def _year(self, name, message):
        year = self.cleaned_data.get(name)
        if year is not None and not 1900 <= year <= timezone.localdate().year:
            raise forms.ValidationError(message)
        return year

    def clean_awardee_birth_year(self):
        return self._year("awardee_birth_year", _("Năm sinh phải từ 1900 đến năm nay."))

    def clean_award_year(self):
        return self._year("award_year", _("Năm khen thưởng phải từ 1900 đến năm nay."))

    def clean_verification_code(self):
        typed = self.cleaned_data["verification_code"].strip()
        if not typed:
            return ""
        found = find(typed)
        if found.code is None:
            raise forms.ValidationError(
                _("Mã xác minh gồm 8 chữ cái và chữ số, ví dụ K7QW-2M9D. Vui lòng kiểm tra lại.")
            )
        self.found_awardee = found.awardee
        return found.code

    def clean_identity_scan(self):
        upload = self.cleaned_data.get("identity_scan")
        if upload:
            extension = validate_attachment(upload, conf.scan_max_bytes())
            if extension not in SCAN_TYPES:
                raise forms.ValidationError(
                    _("Bản chụp phải là tệp PDF, JPEG hoặc PNG; nội dung tệp này không phải.")
                )
            self.scan_extension = extension
        return upload

    def clean(self):
        data = super().clean()
        code = data.get("verification_code")
        if (
            not self.found_awardee
            and not data.get("award_name")
            and "verification_code" not in (self.errors)
        ):
            message = (
                _(
                    "Mã xác minh này không khớp khen thưởng nào đã công bố trên Cổng. Vui lòng "
                    "ghi hình thức khen thưởng (và số quyết định, năm nếu nhớ)."
                )
                if code
                else _("Vui lòng nhập mã xác minh hoặc ghi hình thức khen thưởng.")
            )
            self.add_error("award_name", message)
        if data.get("kind") == RequestKind.REISSUE and not data.get("reissue_cause"):
            self.add_error(
                "reissue_cause",
                _("Đề nghị cấp lại: vui lòng cho biết hiện vật bị mất hay hư hỏng."),
            )
        if data.get("kind") != RequestKind.REISSUE:
            data["reissue_cause"] = ""
        return data


class TrackForm(DescribedFieldsMixin, forms.Form):
    """A request's code and the phone number it was sent with: a wrong pair answers exactly as
    a missing code does."""

    code = forms.CharField(
        label=_("Mã tiếp nhận"),
        max_length=20,
        help_text=_("Ví dụ: XN-2026-7KQ4PX"),
        error_messages=_required(_("Vui lòng nhập mã tiếp nhận.")),
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )
    phone = forms.CharField(
        label=_("Số điện thoại đã ghi trong đề nghị"),
        max_length=20,
        error_messages=_required(_("Vui lòng nhập số điện thoại.")),
        widget=forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.widget.attrs["required"] = True
        self.describe_fields()

    def clean_code(self):
        return "".join(self.cleaned_data["code"].split()).upper()


def phone_digits(phone):
    """The digits that identify a phone number whatever the spacing or +84 prefix."""
    digits = "".join(character for character in str(phone) if character.isdigit())
    if digits.startswith("84") and len(digits) >= 11:
        digits = "0" + digits[2:]
    return digits
