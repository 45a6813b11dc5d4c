"""Decision levels become data the secretariat edits, with the commune chair of the two-level
local government (1/7/2025) and the former district level kept for older decisions."""

from django.db import migrations, models

# code, name, tier, in use until, order. The codes are those the choices used to store.
LEVELS = [
    ("chu_tich_nuoc", "Chủ tịch nước", "state", None, 10),
    ("thu_tuong", "Thủ tướng Chính phủ", "state", None, 20),
    ("chu_tich_ubnd_tinh", "Chủ tịch UBND tỉnh", "province", None, 30),
    ("thu_truong_so_nganh", "Thủ trưởng sở, ban, ngành, đoàn thể tỉnh", "base", None, 40),
    ("chu_tich_ubnd_xa", "Chủ tịch UBND xã, phường, đặc khu", "base", None, 50),
    (
        "chu_tich_ubnd_co_so",
        "Chủ tịch UBND cấp huyện, xã (trước 01/7/2025)",
        "base",
        "2025-06-30",
        60,
    ),
]


def create_levels(apps, schema_editor):
    DecisionLevel = apps.get_model("news", "DecisionLevel")
    for code, name, tier, until, order in LEVELS:
        DecisionLevel.objects.update_or_create(
            code=code,
            defaults={"name": name, "tier": tier, "in_use_until": until, "sort_order": order},
        )


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0010_document_validity"),
    ]

    operations = [
        migrations.CreateModel(
            name="DecisionLevel",
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
                    models.CharField(max_length=150, unique=True, verbose_name="Cấp quyết định"),
                ),
                (
                    "tier",
                    models.CharField(
                        choices=[
                            ("state", "Cấp Nhà nước"),
                            ("province", "Cấp tỉnh"),
                            ("base", "Cấp sở, ngành, địa phương"),
                        ],
                        help_text="Nhóm dùng cho thống kê và chỉ tiêu khen thưởng.",
                        max_length=20,
                        verbose_name="Thống kê vào",
                    ),
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
                "verbose_name": "Cấp quyết định khen thưởng",
                "verbose_name_plural": "Cấp quyết định khen thưởng",
                "ordering": ["sort_order", "name"],
            },
        ),
        migrations.RunPython(create_levels, migrations.RunPython.noop),
    ]
