"""A decision's level points at the level row (same column, same stored codes)."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0011_decision_levels"),
    ]

    operations = [
        migrations.AlterField(
            model_name="awarddecisionpage",
            name="level",
            field=models.ForeignKey(
                db_column="level",
                on_delete=django.db.models.deletion.PROTECT,
                related_name="decisions",
                to="news.decisionlevel",
                verbose_name="Cấp quyết định",
            ),
        ),
    ]
