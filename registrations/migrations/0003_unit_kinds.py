"""Unit kinds become data the secretariat edits, with the communes and wards (xã, phường, đặc
khu) of the two-level local government and the district level kept for older records. Units
recorded as "huyện" whose locality is a current commune or ward are communes: they move."""

from django.db import migrations, models

# code, name, in use until, order. The codes are those the choices used to store.
KINDS = [
    ("so_nganh", "Sở, ban, ngành", None, 10),
    ("xa_phuong", "Xã, phường, đặc khu", None, 20),
    ("doan_the", "Đoàn thể", None, 30),
    ("doanh_nghiep", "Doanh nghiệp", None, 40),
    ("huyen", "Huyện, thành phố (trước 01/7/2025)", "2025-06-30", 90),
]


def create_kinds(apps, schema_editor):
    UnitKind = apps.get_model("registrations", "UnitKind")
    Unit = apps.get_model("registrations", "Unit")
    for code, name, until, order in KINDS:
        UnitKind.objects.update_or_create(
            code=code, defaults={"name": name, "in_use_until": until, "sort_order": order}
        )
    Unit.objects.filter(kind="huyen", locality__is_current=True).update(kind="xa_phuong")


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0007_locality_kind_current_former_district"),
        ("registrations", "0002_campaigns_clusters_registrations_reports"),
    ]

    operations = [
        migrations.CreateModel(
            name="UnitKind",
            fields=[
                (
                    "code",
                    models.SlugField(
                        editable=False,
                        max_length=30,
                        primary_key=True,
                        serialize=False,
                        verbose_name="Mã",
                    ),
                ),
                (
                    "name",
                    models.CharField(max_length=100, unique=True, verbose_name="Loại đơn vị"),
                ),
                (
                    "in_use_until",
                    models.DateField(
                        blank=True,
                        help_text=(
                            "Để trống nếu còn áp dụng. Hồ sơ sau ngày này không chọn được "
                            "mục này (ví dụ cấp huyện: 30/06/2025)."
                        ),
                        null=True,
                        verbose_name="Áp dụng đến ngày",
                    ),
                ),
                ("sort_order", models.PositiveSmallIntegerField(default=0, verbose_name="Thứ tự")),
            ],
            options={
                "verbose_name": "Loại đơn vị",
                "verbose_name_plural": "Loại đơn vị",
                "ordering": ["sort_order", "name"],
            },
        ),
        migrations.RunPython(create_kinds, migrations.RunPython.noop),
    ]
