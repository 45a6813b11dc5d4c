from django.db import migrations, models


def create_key(apps, schema_editor):
    from verification.models import new_key

    key_model = apps.get_model("verification", "VerificationKey")
    if not key_model.objects.exists():
        key_model.objects.create(key=new_key())


class Migration(migrations.Migration):
    initial = True

    dependencies = []

    operations = [
        migrations.CreateModel(
            name="VerificationKey",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("key", models.BinaryField(editable=False)),
                ("created_at", models.DateTimeField(auto_now_add=True)),
            ],
            options={
                "verbose_name": "Khóa mã xác minh",
                "verbose_name_plural": "Khóa mã xác minh",
            },
        ),
        migrations.RunPython(create_key, migrations.RunPython.noop),
    ]
