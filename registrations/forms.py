"""The unit's forms: the registration with its rows of individuals and indicators, and the
result report with actual values, self-scores and attachments. Choices are limited to what
the campaign offers; every message is in Vietnamese and a failed form keeps what was typed."""

from decimal import Decimal, InvalidOperation

from django import forms
from django.conf import settings
from django.utils import formats
from django.utils.translation import gettext_lazy as _

from core.forms import DescribedFieldsMixin
from core.numbers import format_number, input_number
from core.uploads import sniff_type
from registrations.models import (
    IndicatorResult,
    PendingUpload,
    PledgedIndicator,
    RegisteredIndividual,
    Registration,
    ResultReport,
)

REQUIRED = _("Không được để trống.")
NUMBER = _("Nhập một số, ví dụ 12 hoặc 12,5.")


class NumberInput(forms.TextInput):
    """A number box that shows a stored value as it was typed ("12", "98,5", not "12,00") and
    what the person typed as it is; "98,5" and "98.5" both read back (localized field)."""

    def __init__(self, attrs=None):
        super().__init__({"inputmode": "decimal", **(attrs or {})})

    def format_value(self, value):
        if isinstance(value, (Decimal, int, float)):
            return input_number(value)
        return super().format_value(value)


class RegistrationForm(DescribedFieldsMixin, forms.ModelForm):
    class Meta:
        model = Registration
        fields = ["collective_titles", "movements", "signer_name", "signer_position"]
        widgets = {
            "collective_titles": forms.CheckboxSelectMultiple,
            "movements": forms.CheckboxSelectMultiple,
        }
        help_texts = {
            "signer_name": _("Thủ trưởng đơn vị ký bản đăng ký."),
        }

    def __init__(self, *args, campaign, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["collective_titles"].queryset = campaign.collective_titles.all()
        self.fields["movements"].queryset = campaign.movements.all()
        self.fields["collective_titles"].error_messages["invalid_choice"] = _(
            "Danh hiệu này không có trong đợt đăng ký."
        )
        self.describe_fields()

    def require_for_submit(self):
        """Rules that apply only when sending (a draft may be incomplete)."""
        ok = True
        for name in ("signer_name", "signer_position"):
            if not self.cleaned_data.get(name, "").strip():
                self.add_error(name, _("Cần có khi gửi bản đăng ký."))
                ok = False
        return ok


class IndividualForm(DescribedFieldsMixin, forms.ModelForm):
    class Meta:
        model = RegisteredIndividual
        fields = ["full_name", "position", "title"]
        error_messages = {
            "full_name": {"required": REQUIRED},
            "title": {
                "required": _("Chọn danh hiệu đăng ký."),
                "invalid_choice": _("Danh hiệu này không có trong đợt đăng ký."),
            },
        }


class IndicatorForm(DescribedFieldsMixin, forms.ModelForm):
    class Meta:
        model = PledgedIndicator
        fields = ["content", "measure", "planned_value", "note"]
        error_messages = {
            "content": {"required": REQUIRED},
            "measure": {"required": _("Ghi đơn vị tính, ví dụ: %, người, công trình.")},
            "planned_value": {"required": REQUIRED, "invalid": NUMBER},
        }
        widgets = {"planned_value": NumberInput}
        localized_fields = ["planned_value"]


class RowFormSet(forms.BaseInlineFormSet):
    """Rows kept in the order shown (a blank extra row is ignored, not an error)."""

    def save(self, commit=True):
        for position, form in enumerate(self.forms):
            form.instance.sort_order = position
        return super().save(commit)


IndividualFormSet = forms.inlineformset_factory(
    Registration,
    RegisteredIndividual,
    form=IndividualForm,
    formset=RowFormSet,
    extra=2,
    can_delete=True,
    max_num=500,
)
IndicatorFormSet = forms.inlineformset_factory(
    Registration,
    PledgedIndicator,
    form=IndicatorForm,
    formset=RowFormSet,
    extra=2,
    can_delete=True,
    max_num=200,
)


def individual_formset(campaign, **kwargs):
    formset = IndividualFormSet(prefix="individuals", **kwargs)
    titles = campaign.individual_titles.all()
    # Every row offers the same titles: read them once, not once per row's drop-down.
    choices = [("", _("— Chọn danh hiệu —")), *((title.pk, str(title)) for title in titles)]
    for form in [*formset.forms, formset.empty_form]:
        form.fields["title"].queryset = titles
        form.fields["title"].choices = choices
    return formset


def indicator_formset(**kwargs):
    return IndicatorFormSet(prefix="indicators", **kwargs)


class ImportIndividualsForm(forms.Form):
    file = forms.FileField(
        label=_("Tệp danh sách cá nhân (XLSX hoặc CSV)"),
        help_text=_("Các cột: Họ và tên; Chức vụ, nơi công tác; Danh hiệu đăng ký."),
        error_messages={"required": _("Chọn tệp cần nhập.")},
        # Shown inside the registration form, sent with the import's own form.
        widget=forms.ClearableFileInput(
            attrs={"accept": ".xlsx,.csv", "form": "nhap-ca-nhan-form"}
        ),
    )


# Result reports ------------------------------------------------------------------------


class ReportForm(DescribedFieldsMixin, forms.ModelForm):
    class Meta:
        model = ResultReport
        fields = list(ResultReport.NARRATIVE_FIELDS)
        widgets = {
            field: forms.Textarea(attrs={"rows": 6}) for field in ResultReport.NARRATIVE_FIELDS
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.describe_fields()

    def require_for_submit(self):
        ok = True
        for name in ("situation", "results"):
            if not self.cleaned_data.get(name, "").strip():
                self.add_error(name, _("Cần có khi gửi báo cáo."))
                ok = False
        return ok


class IndicatorResultForm(DescribedFieldsMixin, forms.ModelForm):
    class Meta:
        model = IndicatorResult
        fields = ["actual_value", "note"]
        error_messages = {"actual_value": {"invalid": NUMBER}}
        widgets = {"actual_value": NumberInput}
        localized_fields = ["actual_value"]


IndicatorResultFormSet = forms.modelformset_factory(
    IndicatorResult, form=IndicatorResultForm, extra=0, can_delete=False
)


class ScoreForm(DescribedFieldsMixin, forms.Form):
    """One self-score field per criterion of the unit's cluster table, bounded by its maximum."""

    def __init__(self, *args, criteria, initial_scores=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.criteria = list(criteria)
        initial_scores = initial_scores or {}
        for criterion in self.criteria:
            self.fields[f"criterion_{criterion.pk}"] = forms.DecimalField(
                label=criterion.content,
                required=False,
                min_value=Decimal("0"),
                max_value=criterion.max_points,
                decimal_places=2,
                localize=True,
                initial=initial_scores.get(criterion.pk),
                help_text=_("Tối đa %(max)s điểm.") % {"max": format_number(criterion.max_points)},
                error_messages={
                    "invalid": NUMBER,
                    "min_value": _("Điểm không được âm."),
                    "max_value": _("Tối đa %(max)s điểm.")
                    % {"max": format_number(criterion.max_points)},
                    "max_decimal_places": _("Tối đa 2 chữ số thập phân."),
                },
                widget=NumberInput(attrs={"data-score": ""}),
            )
        self.describe_fields()

    def scores(self):
        """[(criterion, points or None)] from the cleaned data."""
        return [(c, self.cleaned_data.get(f"criterion_{c.pk}")) for c in self.criteria]

    def total(self):
        return sum((points or Decimal("0")) for _criterion, points in self.scores())

    def shown_total(self):
        """The total of the scores on the page: those typed (each that reads as a number) on a
        form sent back, the saved ones otherwise. The page's script keeps it current."""
        total = Decimal("0")
        for criterion in self.criteria:
            value = self[f"criterion_{criterion.pk}"].value()
            try:
                total += Decimal(formats.sanitize_separators(str(value)).strip() or "0")
            except (InvalidOperation, ValueError):
                continue
        return total

    def require_for_submit(self):
        ok = True
        for criterion, points in self.scores():
            if points is None:
                self.add_error(f"criterion_{criterion.pk}", _("Cần chấm điểm khi gửi báo cáo."))
                ok = False
        return ok


def check_pdf(upload):
    """The attachment rules: a PDF by its content, within the size limit."""
    limit = settings.REPORT_ATTACHMENT_MAX_BYTES
    if upload.size > limit:
        raise forms.ValidationError(
            _("Tệp quá lớn; tối đa %(size)s MB.") % {"size": limit // (1024 * 1024)}
        )
    upload.seek(0)
    head = upload.read(16)
    upload.seek(0)
    if sniff_type(head) != "pdf":
        raise forms.ValidationError(_("Chỉ nhận tệp PDF; nội dung tệp này không phải PDF."))


class AttachmentForm(forms.Form):
    """A PDF to add. A file chosen on a form that came back with errors is kept
    (PendingUpload) and sent back as the hidden `kept` token, so it need not be chosen again."""

    KEPT_FIELD = "kept"

    attachment = forms.FileField(
        label=_("Thêm tệp đính kèm (PDF)"),
        required=False,
        help_text=_("Tệp PDF, tối đa %(size)s MB mỗi tệp.")
        % {"size": settings.REPORT_ATTACHMENT_MAX_BYTES // (1024 * 1024)},
        widget=forms.ClearableFileInput(attrs={"accept": ".pdf,application/pdf"}),
    )

    def __init__(self, *args, user=None, report=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user, self.report = user, report
        self.kept_upload = None

    def clean_attachment(self):
        upload = self.cleaned_data.get("attachment")
        if upload:
            check_pdf(upload)
        return upload

    def clean(self):
        cleaned = super().clean()
        token = self.data.get(self.KEPT_FIELD, "")
        if not token:
            return cleaned
        kept = PendingUpload.find(token, user=self.user, report=self.report)
        if kept is None:
            if not cleaned.get("attachment"):
                self.add_error(
                    "attachment",
                    _(
                        "Tệp chọn ở lần gửi trước không còn được giữ (quá 24 giờ hoặc không "
                        "thuộc báo cáo này); vui lòng chọn lại tệp."
                    ),
                )
            return cleaned
        try:
            with kept.file.open("rb") as handle:
                check_pdf(handle)
        except FileNotFoundError:
            kept.delete()
            self.add_error("attachment", _("Tệp đã giữ không còn; vui lòng chọn lại tệp."))
        except forms.ValidationError as error:
            self.add_error("attachment", error)
        else:
            self.kept_upload = kept
        return cleaned

    def chosen(self):
        """(file, name) to save: the file chosen now, else the one kept from before; or None."""
        upload = self.cleaned_data.get("attachment") if self.is_valid() else None
        if upload:
            return upload, upload.name
        if self.kept_upload is not None:
            return self.kept_upload.file.open("rb"), self.kept_upload.original_name
        return None
