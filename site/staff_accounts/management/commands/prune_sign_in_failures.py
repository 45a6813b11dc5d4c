"""Delete sign-in failures older than SIGN_IN_FAILURE_RETENTION_DAYS (run daily; see
docs/deploy.md, "Scheduled jobs")."""

from django.core.management.base import BaseCommand

from staff_accounts.failures import prune


class Command(BaseCommand):
    help = "Xóa các lần đăng nhập không thành công đã quá thời hạn lưu giữ."

    def handle(self, *args, **options):
        deleted = prune()
        self.stdout.write(f"Đã xóa {deleted} lần đăng nhập không thành công đã quá hạn lưu giữ.")
