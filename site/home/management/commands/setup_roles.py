from django.core.management.base import BaseCommand

from home.roles import setup_roles


class Command(BaseCommand):
    help = "Create or update the council's groups, their permissions and the publication workflow."

    def handle(self, *args, **options):
        groups = setup_roles()
        self.stdout.write(self.style.SUCCESS(f"Roles ready: {', '.join(groups)}"))
