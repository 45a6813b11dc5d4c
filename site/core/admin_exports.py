"""Exports of the admin's Wagtail listings, made like every other export of the site: the
XLSX laid out by core.exports (title row, bold frozen headings, widths, wrapped text, dates
as date cells), the CSV with a byte-order mark and formulas neutralised, a readable unaccented
file name, and, for lists holding personal data, an entry in the audit log."""

from django.utils.translation import gettext_lazy as _

from core import audit
from core.exports import csv_response, export_filename, export_title, safe_cell, xlsx_bytes


class LaidOutExportMixin:
    """For a Wagtail IndexView with `list_export`."""

    export_label = _("Danh sách")  # what the file holds: its title and file name
    holds_personal_data = False

    def get_filename(self):
        return export_filename(self.export_label, extension=None)

    def _rows(self, queryset):
        for item in queryset:
            row = self.to_row_dict(item)
            yield [self.export_value(field, value) for field, value in row.items()]

    def export_value(self, field, value):
        # Dates stay dates (the XLSX writer formats them); everything else as text.
        if hasattr(value, "isoformat") or value is None or isinstance(value, int | float):
            return value
        return str(value)

    def _headings(self, queryset):
        return [self.get_heading(queryset, field) for field in self.list_export]

    def write_xlsx_response(self, queryset):
        from django.http import HttpResponse

        self.audit_export(queryset, "xlsx")
        content = xlsx_bytes(
            [(str(self.export_label), self._headings(queryset), self._rows(queryset))],
            title=export_title(self.export_label),
        )
        response = HttpResponse(
            content,
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
        response["Content-Disposition"] = f'attachment; filename="{self.get_filename()}.xlsx"'
        return response

    def write_csv_response(self, queryset):
        self.audit_export(queryset, "csv")
        rows = ([safe_cell(value) for value in row] for row in self._rows(queryset))
        return csv_response(f"{self.get_filename()}.csv", self._headings(queryset), rows)

    def audit_export(self, queryset, fmt):
        if not self.holds_personal_data:
            return
        audit.record_for_model(
            queryset.model,
            "tdkt.export",
            self.request.user,
            self.export_label,
            rows=queryset.count(),
            format=fmt,
            query=self.request.GET.urlencode()[:500],
        )
