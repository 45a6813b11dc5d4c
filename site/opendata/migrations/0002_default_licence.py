"""The licence row with its defaults, so the first download does not write it."""

from django.db import migrations


def create_licence(apps, schema_editor):
    licence = apps.get_model("opendata", "OpenDataLicence")
    if not licence.objects.exists():
        licence.objects.create()


class Migration(migrations.Migration):
    dependencies = [("opendata", "0001_initial")]

    operations = [migrations.RunPython(create_licence, migrations.RunPython.noop)]
