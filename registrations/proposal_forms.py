"""The unit's forms for an award proposal: the tờ trình and the unit council's vote, one
nominee (the award asked limited to what the round offers for its kind), a dossier document
(a PDF per checklist item, for the proposal or one nominee) and the import of nominees.
Every message is in Vietnamese and a failed form keeps what was typed."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from core.forms import DescribedFieldsMixin
from registrations.forms import REQUIRED, check_pdf
from registrations.models import Gender, Proposal, ProposedNominee

WHOLE_NUMBER = _("Nhập một số nguyên, ví dụ 15.")
DAY = _("Nhập ngày theo dạng ngày/tháng/năm, ví dụ 15/11/2026.")

# What a báo cáo thành tích holds (the decree's appendix templates): the report box starts
# with these headings so the unit writes along the template.
REPORT_OUTLINE = {
    ProposedNominee.Kind.INDIVIDUAL: (
        "I. SƠ LƯỢC LÝ LỊCH\n"
        "(Họ tên, năm sinh, quê quán, trình độ, chức vụ, đơn vị công tác, quá trình công tác)\n\n"
        "II. THÀNH TÍCH ĐẠT ĐƯỢC\n"
        "1. Quyền hạn, nhiệm vụ được giao hoặc đảm nhận\n"
        "2. Thành tích đạt được (kết quả thực hiện nhiệm vụ; sáng kiến, đề tài; học tập, "
        "rèn luyện)\n\n"
        "III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG\n"
        "1. Danh hiệu thi đua (năm, số quyết định)\n"
        "2. Hình thức khen thưởng (năm, số quyết định)\n"
    ),
    ProposedNominee.Kind.COLLECTIVE: (
        "I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH\n"
        "(Quá trình thành lập, tổ chức bộ máy, số thành viên, chức năng, nhiệm vụ)\n\n"
        "II. THÀNH TÍCH ĐẠT ĐƯỢC\n"
        "1. Kết quả thực hiện nhiệm vụ được giao\n"
        "2. Các biện pháp, nguyên nhân đạt được thành tích; các phong trào thi đua đã áp dụng\n"
        "3. Công tác xây dựng Đảng, đoàn thể\n\n"
        "III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG\n"
        "1. Danh hiệu thi đua (năm, số quyết định)\n"
        "2. Hình thức khen thưởng (năm, số quyết định)\n"
    ),
}


class DayInput(forms.DateInput):
    """A day typed as dd/mm/yyyy, with the placeholder in words."""

    def __init__(self, attrs=None):
        super().__init__(
            {"placeholder": _("ngày/tháng/năm"), "inputmode": "numeric", **(attrs or {})},
            format="%d/%m/%Y",
        )


class ProposalForm(DescribedFieldsMixin, forms.ModelForm):
    """The tờ trình, the minutes of the unit's own council with its vote, and the signer."""

    class Meta:
        model = Proposal
        fields = [
            "cover_number",
            "cover_date",
            "council_members",
            "council_in_favour",
            "signer_name",
            "signer_position",
        ]
        widgets = {"cover_date": DayInput}
        help_texts = {
            "cover_number": _("Ví dụ: 25/TTr-SNV."),
            "council_members": _("Theo biên bản họp Hội đồng TĐKT của đơn vị."),
            "signer_name": _("Thủ trưởng đơn vị ký tờ trình."),
        }
        error_messages = {
            "cover_date": {"invalid": DAY},
            "council_members": {"invalid": WHOLE_NUMBER},
            "council_in_favour": {"invalid": WHOLE_NUMBER},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.describe_fields()


class NomineeForm(DescribedFieldsMixin, forms.ModelForm):
    """One collective or individual. The award is one of the round's; whether it fits the
    kind, and that a collective has no birth year, is the model's own check."""

    class Meta:
        model = ProposedNominee
        fields = [
            "kind",
            "full_name",
            "birth_year",
            "gender",
            "position",
            "workplace",
            "award_form",
            "small_collective",
            "grassroots_unit",
            "direct_worker",
            "worker",
            "farmer",
            "members_total",
            "members_titled",
            "summary",
            "report_text",
        ]
        widgets = {
            "kind": forms.RadioSelect,
            "gender": forms.RadioSelect,
            "birth_year": forms.TextInput(attrs={"inputmode": "numeric", "size": 6}),
            "members_total": forms.TextInput(attrs={"inputmode": "numeric", "size": 6}),
            "members_titled": forms.TextInput(attrs={"inputmode": "numeric", "size": 6}),
            "summary": forms.Textarea(attrs={"rows": 4}),
            "report_text": forms.Textarea(attrs={"rows": 18}),
        }
        help_texts = {
            "birth_year": _("Cá nhân: bắt buộc. Không công khai trên Cổng."),
            "members_total": _("Chỉ với tập thể."),
            "summary": _("Vài câu, đăng công khai nếu được lấy ý kiến nhân dân."),
        }
        error_messages = {
            "full_name": {"required": REQUIRED},
            "summary": {"required": REQUIRED},
            "birth_year": {
                "invalid": _("Nhập năm sinh bằng 4 chữ số, ví dụ 1982."),
                "min_value": _("Năm sinh không hợp lệ."),
                "max_value": _("Năm sinh không hợp lệ."),
            },
            "members_total": {"invalid": WHOLE_NUMBER},
            "members_titled": {"invalid": WHOLE_NUMBER},
            "award_form": {
                "required": _("Chọn hình thức đề nghị."),
                "invalid_choice": _("Hình thức này không có trong đợt đề nghị."),
            },
        }

    def __init__(self, *args, round, **kwargs):
        super().__init__(*args, **kwargs)
        awards = round.awards.select_related("award_form")
        self.fields["award_form"].queryset = self.fields["award_form"].queryset.filter(
            pk__in=[entry.award_form_id for entry in awards]
        )
        self.fields["award_form"].choices = [
            ("", _("— Chọn hình thức —")),
            *((entry.award_form_id, str(entry.award_form)) for entry in awards),
        ]
        self.fields["kind"].choices = ProposedNominee.Kind.choices
        # The blank choice is the collectives' (no gender), said in words.
        self.fields["gender"].choices = [("", _("Không ghi (tập thể)")), *Gender.choices]
        if not self.instance.pk and not self.is_bound:
            self.initial.setdefault("report_text", REPORT_OUTLINE[ProposedNominee.Kind.INDIVIDUAL])
        self.describe_fields()

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("kind") == ProposedNominee.Kind.INDIVIDUAL:
            if not cleaned.get("birth_year") and "birth_year" not in self.errors:
                self.add_error("birth_year", _("Cá nhân cần có năm sinh."))
            if not cleaned.get("gender") and "gender" not in self.errors:
                self.add_error("gender", _("Chọn giới tính của cá nhân."))
        return cleaned


class DocumentForm(DescribedFieldsMixin, forms.Form):
    """One PDF of the dossier: which checklist item it is and, for an item asked of each
    nominee, whose."""

    item = forms.ModelChoiceField(
        label=_("Thành phần hồ sơ"),
        queryset=None,
        empty_label=_("— Chọn thành phần —"),
        error_messages={
            "required": _("Chọn thành phần hồ sơ của tệp."),
            "invalid_choice": _("Thành phần này không có trong đợt đề nghị."),
        },
    )
    nominee = forms.ModelChoiceField(
        label=_("Của người, tập thể"),
        queryset=None,
        required=False,
        empty_label=_("— Chung cho cả hồ sơ —"),
        error_messages={"invalid_choice": _("Người, tập thể này không có trong hồ sơ.")},
    )
    file = forms.FileField(
        label=_("Tệp PDF"),
        error_messages={"required": _("Chọn tệp PDF cần tải lên.")},
        widget=forms.ClearableFileInput(attrs={"accept": ".pdf,application/pdf"}),
    )

    def __init__(self, *args, proposal, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["item"].queryset = proposal.round.checklist.all()
        self.fields["nominee"].queryset = proposal.nominees.all()
        self.fields["file"].help_text = _("Tệp PDF, tối đa %(size)s MB mỗi tệp.") % {
            "size": settings.REPORT_ATTACHMENT_MAX_BYTES // (1024 * 1024)
        }
        self.describe_fields()

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload:
            check_pdf(upload)
        return upload

    def clean(self):
        cleaned = super().clean()
        item, nominee = cleaned.get("item"), cleaned.get("nominee")
        if item is None:
            return cleaned
        if item.per_nominee and nominee is None:
            self.add_error(
                "nominee", _("Thành phần này cần nộp cho từng người, tập thể: hãy chọn.")
            )
        elif not item.per_nominee and nominee is not None:
            self.add_error("nominee", _("Thành phần này nộp chung cho cả hồ sơ."))
        elif nominee is not None and not item.applies_to(nominee):
            self.add_error(
                "item",
                _("Thành phần này không áp dụng với hình thức đề nghị cho %(name)s.")
                % {"name": nominee.full_name},
            )
        return cleaned


class ImportNomineesForm(DescribedFieldsMixin, forms.Form):
    file = forms.FileField(
        label=_("Tệp danh sách đề nghị (XLSX hoặc CSV)"),
        help_text=_(
            "Theo tệp mẫu. Mọi dòng được kiểm tra trước; có một dòng sai thì không dòng nào "
            "được nhập."
        ),
        error_messages={"required": _("Chọn tệp cần nhập.")},
        widget=forms.ClearableFileInput(attrs={"accept": ".xlsx,.csv"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.describe_fields()
