"""The forms of the office's review screens: the period filter and the return and reopen forms."""

from django import forms
from django.utils.translation import gettext_lazy

from registrations.models import Campaign, Cluster, ReportWindow
from registrations.review import OfficeStatus, latest_window


class PeriodForm(forms.Form):
    """A campaign (the current one unless chosen) and optionally one of its report windows.
    Values that do not fit are dropped, never an error page."""

    campaign = forms.ModelChoiceField(
        label=gettext_lazy("Đợt đăng ký"),
        queryset=Campaign.objects.order_by("-year", "-opens_at"),
        empty_label=None,
        required=False,
    )
    window = forms.ModelChoiceField(
        label=gettext_lazy("Kỳ báo cáo"),
        queryset=ReportWindow.objects.none(),
        empty_label=gettext_lazy("— Bản đăng ký —"),
        required=False,
    )

    def __init__(self, data, now=None, latest_window_by_default=False):
        data = data.copy()
        self.campaign = self._chosen_campaign(data.get("campaign"), now)
        if self.campaign is not None:
            data["campaign"] = str(self.campaign.pk)
            default = latest_window_by_default and latest_window(self.campaign, now)
            if default and not data.get("window"):
                data["window"] = str(default.pk)
        super().__init__(data)
        self.fields["window"].queryset = ReportWindow.objects.filter(
            campaign=self.campaign
        ).order_by("opens_at")
        self.setup_fields()
        self.is_valid()
        self.window = self.cleaned_data.get("window")

    def setup_fields(self):
        pass

    @staticmethod
    def _chosen_campaign(value, now):
        if value and str(value).isdigit():
            chosen = Campaign.objects.filter(pk=value).first()
            if chosen is not None:
                return chosen
        return Campaign.current(now)


class OverviewFilterForm(PeriodForm):
    cluster = forms.ModelChoiceField(
        label=gettext_lazy("Cụm, khối"),
        queryset=Cluster.objects.none(),
        empty_label=gettext_lazy("Tất cả"),
        required=False,
    )
    status = forms.ChoiceField(
        label=gettext_lazy("Trạng thái"),
        choices=[("", gettext_lazy("Tất cả")), *OfficeStatus.choices],
        required=False,
    )

    def setup_fields(self):
        year = self.campaign.year if self.campaign else None
        self.fields["cluster"].queryset = Cluster.objects.filter(year=year).order_by("name")


DEADLINE_INPUT = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")


class ReturnForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Lý do trả lại"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=2000,
        error_messages={"required": gettext_lazy("Vui lòng nêu lý do trả lại.")},
    )
    until = forms.DateTimeField(
        label=gettext_lazy("Hạn nộp lại"),
        required=False,
        widget=DEADLINE_INPUT,
        help_text=gettext_lazy("Bắt buộc khi đã quá hạn: đơn vị sửa và gửi lại được đến lúc này."),
    )


class ReopenForm(forms.Form):
    until = forms.DateTimeField(
        label=gettext_lazy("Gia hạn đến"),
        widget=DEADLINE_INPUT,
        error_messages={"required": gettext_lazy("Chọn thời điểm gia hạn đến.")},
    )
