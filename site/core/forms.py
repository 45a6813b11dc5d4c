"""Accessible public forms: each input is tied to its hint and its error message."""


class DescribedFieldsMixin:
    """Sets aria-describedby (hint, error) and aria-invalid on each widget, matching the ids
    templates/includes/forms/field.html gives the hint and the error. Forms call
    describe_fields() once their fields are final; validation calls it again."""

    def full_clean(self):
        super().full_clean()
        self.describe_fields()

    def describe_fields(self):
        errors = self._errors or {}
        for name, field in self.fields.items():
            auto_id = self[name].auto_id
            described_by = []
            if field.help_text:
                described_by.append(f"{auto_id}-hint")
            if name in errors:
                described_by.append(f"{auto_id}-error")
                field.widget.attrs["aria-invalid"] = "true"
            if described_by:
                field.widget.attrs["aria-describedby"] = " ".join(described_by)
