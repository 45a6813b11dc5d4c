"""The rules in force in December 2026, as rows the secretariat edits when the law changes."""

from django.db import migrations

LAW = "Luật Thi đua, khen thưởng số 06/2022/QH15"
DECREE = "Nghị định số 152/2025/NĐ-CP ngày 14/6/2025 của Chính phủ"
RULES = [
    ("xac_nhan", 10, f"{LAW}; {DECREE} (thủ tục xác nhận khen thưởng)."),
    ("cap_doi", 20, f"{LAW}; {DECREE} (thủ tục cấp đổi hiện vật khen thưởng)."),
    ("cap_lai", 20, f"{LAW}; {DECREE} (thủ tục cấp lại hiện vật khen thưởng)."),
]


def add_rules(apps, schema_editor):
    KindRule = apps.get_model("award_requests", "KindRule")
    for kind, days, basis in RULES:
        KindRule.objects.get_or_create(
            kind=kind, defaults={"answer_working_days": days, "legal_basis": basis}
        )


class Migration(migrations.Migration):
    dependencies = [("award_requests", "0001_initial")]

    operations = [migrations.RunPython(add_rules, migrations.RunPython.noop)]
