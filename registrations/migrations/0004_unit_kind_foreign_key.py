"""A unit's kind points at the kind row (same column, same stored codes)."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("registrations", "0003_unit_kinds"),
    ]

    operations = [
        migrations.AlterField(
            model_name="unit",
            name="kind",
            field=models.ForeignKey(
                db_column="kind",
                on_delete=django.db.models.deletion.PROTECT,
                related_name="units",
                to="registrations.unitkind",
                verbose_name="Loại đơn vị",
            ),
        ),
    ]
