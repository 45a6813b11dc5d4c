from django.core.management.base import BaseCommand

from registrations.reminders import send_due_reminders


class Command(BaseCommand):
    help = (
        "E-mail the units that have not sent their registration or report, the configured "
        "number of days before each deadline (run daily; nothing is sent twice)."
    )

    def handle(self, *args, **options):
        sent = send_due_reminders()
        self.stdout.write(f"Đã gửi {sent} thư nhắc hạn.")
