from django.conf import settings
from django.core.management.base import BaseCommand

from demo import accounts
from demo.build import DemoBuilder
from home.models import HomePage


class Command(BaseCommand):
    help = (
        "Load the demo content: page tree at the public addresses, Lạng Sơn content, units "
        "and one account per role. Idempotent. With --if-empty it does nothing when pages exist."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Only load when the portal has no home page yet (used by `make run`).",
        )

    def handle(self, *args, if_empty=False, **options):
        if if_empty and HomePage.objects.exists():
            self.stdout.write("Dữ liệu mẫu đã có; bỏ qua.")
        else:
            # Known demo passwords only where the settings allow showing them (dev);
            # anywhere else every account gets a random password nobody is told.
            password = accounts.PASSWORD if settings.SHOW_DEMO_SIGNINS else None
            DemoBuilder(stdout=self.stdout).build(password=password)
            self.stdout.write(self.style.SUCCESS("Đã nạp dữ liệu mẫu."))
        self.print_signins()

    def print_signins(self):
        if not settings.SHOW_DEMO_SIGNINS:
            return
        rows = [(accounts.ADMIN, "Quản trị hệ thống", "/admin/")]
        rows += [(username, group, "/admin/") for username, _, _, group in accounts.STAFF]
        rows += [
            (username, group, "/tai-khoan/dang-nhap/")
            for username, _, _, group, _ in accounts.OFFICERS
        ]
        self.stdout.write(f"\nTài khoản mẫu (mật khẩu chung: {accounts.PASSWORD}):")
        for username, role, where in rows:
            self.stdout.write(f"  {username:<12} {role:<28} đăng nhập tại {where}")
