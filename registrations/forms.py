"""The unit's forms: the registration with its rows of individuals and indicators, and the
result report with actual values, self-scores and attachments. Choices are limited to what
the campaign offers; every message is in Vietnamese and a failed form keeps what was typed."""

from decimal import Decimal

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from core.forms import DescribedFieldsMixin
from core.uploads import sniff_type
from registrations.models import (
    IndicatorResult,
    PledgedIndicator,
    RegisteredIndividual,
    Registration,
    ResultReport,
)

REQUIRED = _("Không được để trống.")
NUMBER = _("Nhập một số, ví dụ 12 hoặc 12,5.")


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
        widgets = {"planned_value": forms.TextInput(attrs={"inputmode": "decimal"})}
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
        widget=forms.ClearableFileInput(attrs={"accept": ".xlsx,.csv"}),
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
        widgets = {"actual_value": forms.TextInput(attrs={"inputmode": "decimal"})}
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
                help_text=_("Tối đa %(max)s điểm.") % {"max": criterion.max_points},
                error_messages={
                    "invalid": NUMBER,
                    "min_value": _("Điểm không được âm."),
                    "max_value": _("Tối đa %(limit_value)s điểm."),
                    "max_decimal_places": _("Tối đa 2 chữ số thập phân."),
                },
                widget=forms.TextInput(attrs={"inputmode": "decimal"}),
            )
        self.describe_fields()

    def scores(self):
        """[(criterion, points or None)] from the cleaned data."""
        return [(c, self.cleaned_data.get(f"criterion_{c.pk}")) for c in self.criteria]

    def total(self):
        return sum((points or Decimal("0")) for _criterion, points in self.scores())

    def require_for_submit(self):
        ok = True
        for criterion, points in self.scores():
            if points is None:
                self.add_error(f"criterion_{criterion.pk}", _("Cần chấm điểm khi gửi báo cáo."))
                ok = False
        return ok


class AttachmentForm(forms.Form):
    attachment = forms.FileField(
        label=_("Thêm tệp đính kèm (PDF)"),
        required=False,
        help_text=_("Tệp PDF, tối đa %(size)s MB mỗi tệp.")
        % {"size": settings.REPORT_ATTACHMENT_MAX_BYTES // (1024 * 1024)},
        widget=forms.ClearableFileInput(attrs={"accept": ".pdf,application/pdf"}),
    )

    def clean_attachment(self):
        upload = self.cleaned_data.get("attachment")
        if not upload:
            return upload
        if upload.size > settings.REPORT_ATTACHMENT_MAX_BYTES:
            raise forms.ValidationError(
                _("Tệp quá lớn; tối đa %(size)s MB.")
                % {"size": settings.REPORT_ATTACHMENT_MAX_BYTES // (1024 * 1024)}
            )
        upload.seek(0)
        head = upload.read(16)
        upload.seek(0)
        if sniff_type(head) != "pdf":
            raise forms.ValidationError(_("Chỉ nhận tệp PDF; nội dung tệp này không phải PDF."))
        return upload
