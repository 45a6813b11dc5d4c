"""The public award lookup: its form, the awardees it searches and the open-data rows."""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.dates import format_day
from core.models import kept_rows
from core.search import filter_folded_words
from news.models.catalogue import AwardForm, DecisionLevel
from news.models.decisions import Awardee
from news.models.resistance import ResistanceAward, ResistanceAwardName

MAX_TEXT = 120


class LookupForm(forms.Form):
    """Every field optional; a bad value is reported and ignored, never an error page."""

    ten = forms.CharField(label=_("Họ tên hoặc tên tập thể"), required=False, max_length=MAX_TEXT)
    don_vi = forms.CharField(label=_("Đơn vị"), required=False, max_length=MAX_TEXT)
    dia_phuong = forms.CharField(label=_("Địa phương"), required=False, max_length=MAX_TEXT)
    so_qd = forms.CharField(label=_("Số quyết định"), required=False, max_length=MAX_TEXT)
    # Choices filled per form from one small query (a ModelChoiceField would read them through
    # a server-side cursor on PostgreSQL: three round trips).
    hinh_thuc = forms.TypedChoiceField(
        label=_("Hình thức khen thưởng"),
        choices=[("", _("Tất cả"))],
        coerce=int,
        empty_value=None,
        required=False,
        error_messages={"invalid_choice": _("Hình thức khen thưởng không có trong danh mục.")},
    )
    cap = forms.ChoiceField(
        label=_("Cấp quyết định"),
        choices=[("", _("Tất cả"))],
        required=False,
        error_messages={"invalid_choice": _("Cấp quyết định không hợp lệ.")},
    )
    nam = forms.IntegerField(
        label=_("Năm"),
        required=False,
        min_value=1945,
        max_value=2100,
        error_messages={
            "invalid": _("Năm phải là một số, ví dụ 2024."),
            "min_value": _("Năm không hợp lệ."),
            "max_value": _("Năm không hợp lệ."),
        },
    )
    loai = forms.ChoiceField(
        label=_("Tập thể / cá nhân"),
        choices=[("", _("Tất cả")), *Awardee.Kind.choices],
        required=False,
        error_messages={"invalid_choice": _("Loại không hợp lệ.")},
    )

    def __init__(self, data=None, *args, **kwargs):
        super().__init__(data, *args, **kwargs)
        # The catalogues' rows are kept per process (core.models.kept_rows), as the
        # decisions' filters keep them: no query for the choices.
        award_forms = kept_rows("award-forms", AwardForm.objects.all, [AwardForm])
        levels = kept_rows("decision-levels", DecisionLevel.objects.all, [DecisionLevel])
        self.fields["hinh_thuc"].choices = [
            ("", _("Tất cả")),
            *((form.pk, str(form)) for form in award_forms),
        ]
        self.fields["cap"].choices = [("", _("Tất cả")), *((row.code, row.name) for row in levels)]
        # Long inputs are cut rather than refused: a lookup should always answer.
        if data is not None:
            data = data.copy()
            for name in ("ten", "don_vi", "dia_phuong", "so_qd"):
                if name in data:
                    data[name] = str(data[name])[:MAX_TEXT]
            self.data = data


def published_awardees():
    """Every published awardee, newest decision first: what the lookup filters
    (`news.filters.LookupFilterSet`)."""
    return (
        Awardee.objects.filter(decision_live=True)
        .select_related("effective_form", "decision")
        .order_by("-decision_date", "-id")
    )


# Open data: only what the decision itself publishes. Never contact details.
EXPORT_HEADER = [
    "Mã",
    "Loại",
    "Họ và tên / tên tập thể",
    "Chức vụ, nghề nghiệp",
    "Đơn vị",
    "Địa phương",
    "Hình thức khen thưởng",
    "Cấp quyết định",
    "Số quyết định",
    "Ngày ký",
    "Đường dẫn",
]


def export_rows(results, base_url):
    level_names = dict(DecisionLevel.objects.values_list("code", "name"))
    for awardee in results.iterator(chunk_size=2000):
        yield [
            awardee.pk,
            awardee.get_kind_display(),
            awardee.full_name,
            awardee.position,
            awardee.unit,
            awardee.locality,
            str(awardee.effective_form) if awardee.effective_form_id else "",
            level_names.get(awardee.level, ""),
            awardee.decision.number,
            format_day(awardee.decision_date) if awardee.decision_date else "",
            f"{base_url}{awardee.pk}/",
        ]


class ResistanceLookupForm(forms.Form):
    """The resistance-war records' look-up; every field optional, a bad value reported and
    ignored."""

    ten = forms.CharField(label=_("Họ và tên"), required=False, max_length=MAX_TEXT)
    que_quan = forms.CharField(label=_("Quê quán"), required=False, max_length=MAX_TEXT)
    hinh_thuc = forms.ChoiceField(
        label=_("Hình thức khen thưởng"),
        choices=[("", _("Tất cả")), *ResistanceAwardName.choices],
        required=False,
        error_messages={"invalid_choice": _("Hình thức khen thưởng không có trong danh mục.")},
    )
    nam = forms.IntegerField(
        label=_("Năm quyết định"),
        required=False,
        min_value=1945,
        max_value=2100,
        error_messages={
            "invalid": _("Năm phải là một số, ví dụ 1988."),
            "min_value": _("Năm không hợp lệ."),
            "max_value": _("Năm không hợp lệ."),
        },
    )

    def __init__(self, data=None, *args, **kwargs):
        if data is not None:
            data = data.copy()
            for name in ("ten", "que_quan"):
                if name in data:
                    data[name] = str(data[name])[:MAX_TEXT]
        super().__init__(data, *args, **kwargs)

    def is_filtered(self):
        return self.is_bound and any(str(self.data.get(name, "")).strip() for name in self.fields)

    def records(self):
        """The records matching the valid fields (the refused ones are ignored)."""
        self.is_valid()
        values = getattr(self, "cleaned_data", {})
        records = ResistanceAward.objects.all()
        records = filter_folded_words(records, "search_name", values.get("ten") or "")
        records = filter_folded_words(records, "search_place", values.get("que_quan") or "")
        if values.get("hinh_thuc"):
            records = records.filter(award=values["hinh_thuc"])
        if values.get("nam"):
            year = values["nam"]
            records = records.filter(
                decision_date__gte=f"{year}-01-01", decision_date__lte=f"{year}-12-31"
            )
        return records.order_by("-decision_date", "-id")
