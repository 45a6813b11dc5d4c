from django.core.management.base import BaseCommand

from registrations.models import PendingUpload


class Command(BaseCommand):
    help = (
        "Delete the PDFs kept for units' report forms that came back with errors, once they "
        "are more than 24 hours old (run hourly or daily)."
    )

    def handle(self, *args, **options):
        pruned = PendingUpload.prune()
        self.stdout.write(f"Đã xoá {pruned} tệp chờ gửi quá hạn.")
