"""The data sets' query parameters: `nam` (year of signing), `quyet_dinh` (a decision's id)
and `trang` (page). Unlike the site's listings, which ignore a bad value, a program asking
for data gets a 400 naming the parameter, so it never takes a wrong answer for a right one."""

from django import forms
from django.utils.translation import gettext_lazy as _

from opendata.datasets import public_decisions

MAX_PAGE = 100_000
DECISION_ID_HINT = _("Tham số quyet_dinh phải là mã (id) của một quyết định, ví dụ quyet_dinh=418.")


class DataSetQuery(forms.Form):
    nam = forms.IntegerField(
        required=False,
        min_value=1945,
        max_value=2100,
        error_messages={
            "invalid": _("Tham số nam phải là một năm, ví dụ nam=2025."),
            "min_value": _("Tham số nam phải từ 1945 đến 2100."),
            "max_value": _("Tham số nam phải từ 1945 đến 2100."),
        },
    )
    quyet_dinh = forms.IntegerField(
        required=False,
        min_value=1,
        error_messages={"invalid": DECISION_ID_HINT, "min_value": DECISION_ID_HINT},
    )
    trang = forms.IntegerField(
        required=False,
        min_value=1,
        max_value=MAX_PAGE,
        error_messages={
            "invalid": _("Tham số trang phải là một số nguyên dương, ví dụ trang=2."),
            "min_value": _("Tham số trang phải là một số nguyên dương, ví dụ trang=2."),
            "max_value": _("Tham số trang quá lớn."),
        },
    )

    def clean_quyet_dinh(self):
        decision_id = self.cleaned_data.get("quyet_dinh")
        # An unpublished or restricted decision answers exactly as a missing one does.
        if decision_id and not public_decisions().filter(pk=decision_id).exists():
            raise forms.ValidationError(
                _("Không có quyết định khen thưởng đã công bố nào có mã %(id)s."),
                params={"id": decision_id},
            )
        return decision_id

    def messages(self):
        """{parameter: its first error}, in Vietnamese."""
        return {name: str(errors[0]) for name, errors in self.errors.items()}
