from django.apps import AppConfig


class StaffAccountsConfig(AppConfig):
    """Staff accounts: two-factor sign-in, sign-in failures and unlocking, error reports."""

    name = "staff_accounts"
    verbose_name = "Tài khoản cán bộ"

    def ready(self):
        # Records every failed sign-in (user_login_failed) for the office's screen.
        from staff_accounts import failures  # noqa: F401  (imports the models)
