"""E-mail the secretariat once for each consultation round that has closed, with its counts
(run hourly; see docs/deploy.md)."""

from django.core.management.base import BaseCommand

from consultations.moderation import send_closing_notices


class Command(BaseCommand):
    help = "Gửi thông báo kết thúc lấy ý kiến (kèm số ý kiến) cho Thường trực Hội đồng."

    def handle(self, *args, **options):
        count = send_closing_notices()
        self.stdout.write(f"Đã gửi thông báo cho {count} đợt lấy ý kiến đã kết thúc.")
