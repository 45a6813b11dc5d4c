"""Protection shared by the public forms that take a citizen's text (comments, questions).

- reCAPTCHA (v2 checkbox or v3) when keys are configured; when Google cannot be reached the
  person is told so and keeps what they typed.
- Without keys as well as with them: a honeypot field people never see, and a signed token
  saying when and for what the form was shown (too fast = a script, too old = sign again).
Rate limits per IP and e-mail are in core.ratelimit; the views apply them.
"""

import time

from django import forms
from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django_recaptcha.fields import ReCaptchaField
from django_recaptcha.widgets import ReCaptchaV2Checkbox, ReCaptchaV3

TOKEN_SALT = "portal.public-form"  # noqa: S105 (a signing salt, not a secret)

MESSAGES = {
    "too_fast": _(
        "Biểu mẫu được gửi quá nhanh. Vui lòng kiểm tra lại nội dung rồi bấm Gửi một lần nữa."
    ),
    "expired": _(
        "Biểu mẫu đã mở quá lâu nên cần xác nhận lại. Nội dung của bạn vẫn được giữ nguyên; "
        "vui lòng bấm Gửi một lần nữa."
    ),
    "tampered": _("Biểu mẫu không hợp lệ. Vui lòng tải lại trang và gửi lại."),
    "captcha_unreachable": _(
        "Hiện không kết nối được dịch vụ kiểm tra chống thư rác (Google reCAPTCHA). "
        "Nội dung của bạn vẫn được giữ nguyên; vui lòng thử gửi lại sau ít phút."
    ),
    "captcha_invalid": _("Chưa xác nhận được bạn không phải là máy. Vui lòng thử lại."),
}


class PortalReCaptchaField(ReCaptchaField):
    """django-recaptcha catches only HTTP errors: a timeout or a refused connection would
    surface as a server error. Any network failure becomes a clear message instead."""

    default_error_messages = {
        "required": MESSAGES["captcha_invalid"],
        "captcha_invalid": MESSAGES["captcha_invalid"],
        "captcha_error": MESSAGES["captcha_unreachable"],
    }

    def validate(self, value):
        try:
            super().validate(value)
        except (OSError, ValueError) as error:  # URLError, timeouts, a garbled answer
            raise ValidationError(
                MESSAGES["captcha_unreachable"], code="captcha_unreachable"
            ) from error


def form_token(target_key, issued=None):
    """A signed token: which form (target_key) and when it was shown."""
    issued = int(time.time() if issued is None else issued)
    return signing.dumps({"k": target_key, "t": issued}, salt=TOKEN_SALT)


class ProtectedFormMixin(forms.Form):
    """Adds the honeypot, the signed token and (when configured) reCAPTCHA to a form.
    The form needs `target_key` (a string naming what the form is for) before validation."""

    # A field named to attract form-filling scripts; hidden from people and screen readers.
    website = forms.CharField(required=False, label=_("Trang web (để trống)"))
    form_token = forms.CharField(widget=forms.HiddenInput)

    protected_target_key = ""

    def __init__(self, *args, target_key="", **kwargs):
        super().__init__(*args, **kwargs)
        self.protected_target_key = target_key
        self.fields["form_token"].initial = form_token(target_key)
        self.fields["website"].widget.attrs.update(
            {"autocomplete": "off", "tabindex": "-1", "class": "form-honeypot__input"}
        )
        if settings.RECAPTCHA_ENABLED:
            widget = ReCaptchaV3 if settings.RECAPTCHA_VERSION == "v3" else ReCaptchaV2Checkbox
            self.fields["captcha"] = PortalReCaptchaField(
                widget=widget(api_params={"hl": "vi"}), label=_("Xác nhận chống thư rác")
            )

    def clean_website(self):
        if self.cleaned_data.get("website"):
            raise ValidationError(MESSAGES["tampered"], code="honeypot")
        return ""

    def _issued_at(self, token):
        """When the genuine token for this form was first shown; None if forged or altered."""
        try:
            payload = signing.loads(str(token), salt=TOKEN_SALT)
        except signing.BadSignature:
            return None
        if not isinstance(payload, dict) or payload.get("k") != self.protected_target_key:
            return None
        try:
            return int(payload.get("t", 0))
        except (TypeError, ValueError):
            return None

    def clean_form_token(self):
        token = self.cleaned_data["form_token"]
        issued = self._issued_at(token)
        if issued is None:
            raise ValidationError(MESSAGES["tampered"], code="tampered")
        age = time.time() - issued
        if age < settings.PUBLIC_FORM_MIN_SECONDS:
            raise ValidationError(MESSAGES["too_fast"], code="too_fast")
        if age > settings.PUBLIC_FORM_MAX_AGE:
            raise ValidationError(MESSAGES["expired"], code="expired")
        return token

    def renew_token(self):
        """After a failed submission the form is shown again with what the person typed.
        A genuine token that has not expired is kept, so its age still counts from when the
        form was first shown to this visitor: an invalid POST buys no head start on the
        "too fast" check. A forged, altered or expired token is replaced by one dated now."""
        if not self.is_bound:
            return
        name = self.add_prefix("form_token")
        issued = self._issued_at(self.data.get(name, ""))
        if issued is not None and time.time() - issued <= settings.PUBLIC_FORM_MAX_AGE:
            return
        self.data = self.data.copy()
        self.data[name] = form_token(self.protected_target_key)
