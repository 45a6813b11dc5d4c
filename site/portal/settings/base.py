"""Settings shared by every environment. Values that differ per deployment come from the
environment; the defaults are safe for a developer's machine."""

import datetime
import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from staff_accounts.error_reports import init_sentry, parse_admins

PORTAL_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PORTAL_DIR.parent.parent  # repository root


def env(name, default=None):
    return os.environ.get(name, default)


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=()):
    value = os.environ.get(name)
    if not value:
        return list(default)
    return [item.strip() for item in value.split(",") if item.strip()]


SECRET_KEY = env("SECRET_KEY", "")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # Site-wide apps (site/) and the content apps at the top level.
    "core",
    "home",
    "sitesearch",
    "verification",
    "award_requests",
    "opendata",
    "news",
    "exemplars",
    "consultations",
    "registrations",
    "staff_accounts",
    "privacy",
    "breaches",
    # The demo content and its `seed_demo` command (site/demo/), built on all of the above.
    "demo",
    # Wagtail
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    # Comments and anti-abuse (used by consultations, news and exemplars)
    "django_comments_xtd",
    "django_comments",
    "django_recaptcha",
    # Background tasks (e-mail) stored in the database and run by `manage.py db_worker`
    "django_tasks",
    "django_tasks_db",
    # Staff two-factor sign-in: authenticator apps (TOTP) and recovery codes (staff_accounts)
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    # Django
    "whitenoise.runserver_nostatic",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sites",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "core.headers.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before sessions and authentication: a cached anonymous page costs two cache reads.
    "core.middleware.StripNullCharactersMiddleware",
    "core.middleware.PublicMethodsMiddleware",
    "core.pagecache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    # The Wagtail site from memory: no query per page (core.chrome).
    "core.chrome.SiteMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Whether this session gave a two-factor code; then who still owes one (staff_accounts).
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "staff_accounts.middleware.TwoFactorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                # `settings.home.PortalSettings` in page templates reads the chrome's copy.
                "wagtail.contrib.settings.context_processors.settings",
                # The header, footer and breadcrumbs, built once per chrome version.
                "core.chrome.context",
            ],
        },
    },
]

# Database: DATABASE_URL (PostgreSQL in production), the embedded SQLite file otherwise.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(env("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
# PostgreSQL: the statements core.compiled keeps (a served page, its listings) are prepared on
# a connection after DB_PREPARE_THRESHOLD runs and no longer planned each time (see
# core.postgresql.base). 0 turns this off, as a pooler in transaction mode that cannot keep
# prepared statements needs (PgBouncer before 1.21, or without max_prepared_statements).
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"]["ENGINE"] = "core.postgresql"
    _prepare_threshold = int(env("DB_PREPARE_THRESHOLD", "5"))
    if _prepare_threshold > 0:
        DATABASES["default"].setdefault("OPTIONS", {})["prepare_threshold"] = _prepare_threshold
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Redis when REDIS_URL is set, so several app servers share the page cache, rate limits
# and sign-in counters; otherwise a local memory cache. The site keeps serving, uncached, when
# Redis is down (core.cache_backends).
REDIS_URL = env("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "core.cache_backends.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env("CACHE_KEY_PREFIX", "tdkt"),
            "TIMEOUT": 300,
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Rate limits and sign-in counters: in the shared cache with Redis; without it, in the
# database (core.models.RateCounter), never in one process's memory, or every worker of an app
# server would count on its own (core.ratelimit).
RATE_COUNTERS = env("RATE_COUNTERS", "cache" if REDIS_URL else "database")

SESSION_ENGINE = "django.contrib.sessions.backends.db"

# Anonymous pages without forms are kept in the shared cache this many seconds (0: off) and
# purged when what they show changes (core.pagecache). Pages under these paths never are.
PAGE_CACHE_SECONDS = int(env("PAGE_CACHE_SECONDS", "300"))
# Each app server also keeps up to this many bytes of the pages it served, checked at every hit
# against the shared cache's purge sequence (one short read instead of the page and its tags).
PAGE_CACHE_LOCAL_BYTES = int(env("PAGE_CACHE_LOCAL_BYTES", str(32 * 1024 * 1024)))
PAGE_CACHE_EXCLUDED_PATHS = [
    "/tai-khoan/",
    "/healthz/",
    "/dang-ky-thi-dua/dang-ky/",
    "/dang-ky-thi-dua/bao-cao/",
]
# What a CDN or proxy in front may do with those pages: keep them CDN_MAX_AGE seconds and
# serve them up to CDN_STALE_SECONDS stale while fetching a fresh copy; browsers keep them
# BROWSER_MAX_AGE seconds. Every other answer is `Cache-Control: private`.
CDN_MAX_AGE = int(env("CDN_MAX_AGE", "300"))
CDN_STALE_SECONDS = int(env("CDN_STALE_SECONDS", "60"))
BROWSER_MAX_AGE = int(env("BROWSER_MAX_AGE", "60"))
# Purging a CDN or proxy cache when a page is published: FRONTEND_CACHE_PURGE_URL (an HTTP
# PURGE endpoint such as nginx or Varnish) and/or Cloudflare's token and zone.
WAGTAILFRONTENDCACHE = {}
if env("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE["proxy"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": env("FRONTEND_CACHE_PURGE_URL"),
    }
if env("CLOUDFLARE_BEARER_TOKEN") and env("CLOUDFLARE_ZONEID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": env("CLOUDFLARE_BEARER_TOKEN"),
        "ZONEID": env("CLOUDFLARE_ZONEID"),
    }
if WAGTAILFRONTENDCACHE:
    INSTALLED_APPS.append("wagtail.contrib.frontend_cache")

# Security headers (core.headers adds the Content-Security-Policy and Permissions-Policy;
# production.py adds HSTS, HTTPS and secure cookies).
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Wagtail's preview, the one page shown in a frame, sets SAMEORIGIN on itself.
X_FRAME_OPTIONS = "DENY"
# Hosts beyond this site that pages may load media from (S3 or a CDN) and frame (video).
CSP_MEDIA_HOSTS = env_list("CSP_MEDIA_HOSTS")
CSP_FRAME_HOSTS = env_list(
    "CSP_FRAME_HOSTS",
    ["https://www.youtube.com", "https://www.youtube-nocookie.com", "https://player.vimeo.com"],
)
CSP_UPGRADE_INSECURE_REQUESTS = False
CSP_REPORT_URI = env("CSP_REPORT_URI", "")
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "/dang-ky-thi-dua/"
LOGOUT_REDIRECT_URL = "/"
# Pages and documents restricted to signed-in people send visitors to the site's own sign-in
# page (Vietnamese, with the lockout), not to Wagtail's bare one.
WAGTAIL_FRONTEND_LOGIN_URL = "/tai-khoan/dang-nhap/"
# Sign-in goes through core.lockout: after SIGN_IN_MAX_FAILURES failures for one username
# (or RATE_LIMITS["sign-in-ip"] from one address) sign-in is refused for SIGN_IN_LOCKOUT_SECONDS,
# on the site's and the admin's sign-in pages alike (counted in the shared cache).
AUTHENTICATION_BACKENDS = ["core.lockout.LockoutModelBackend"]
WAGTAILADMIN_USER_LOGIN_FORM = "core.admin_forms.AdminLoginForm"
WAGTAILADMIN_USER_PASSWORD_RESET_FORM = "core.admin_forms.AdminPasswordResetForm"  # noqa: S105
SIGN_IN_MAX_FAILURES = int(env("SIGN_IN_MAX_FAILURES", "5"))
SIGN_IN_LOCKOUT_SECONDS = int(env("SIGN_IN_LOCKOUT_SECONDS", "900"))
# Password-reset links, and so the unit officers' invitations, stay valid for a week.
PASSWORD_RESET_TIMEOUT = 7 * 24 * 60 * 60

# The public site is in Vietnamese whatever the browser asks for (no LocaleMiddleware);
# English is offered only as an admin language. Dates as dd/mm/yyyy, the province's time zone.
LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", _("Tiếng Việt")), ("en", _("Tiếng Anh"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
FORMAT_MODULE_PATH = ["portal.formats"]

# Static files: hashed and compressed names, served by WhiteNoise (no CDN).
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(env("STATIC_ROOT", BASE_DIR / "var" / "static"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", BASE_DIR / "var" / "media"))
MEDIA_URL = "/media/"
# Files citizens attach to questions: outside MEDIA_ROOT, never served publicly.
PRIVATE_MEDIA_ROOT = Path(env("PRIVATE_MEDIA_ROOT", BASE_DIR / "var" / "private"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": PRIVATE_MEDIA_ROOT, "base_url": None},
    },
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# Mail: SMTP when EMAIL_HOST is set, the console otherwise.
EMAIL_HOST = env("EMAIL_HOST", "")
if EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_PORT = int(env("EMAIL_PORT", "587"))
    EMAIL_HOST_USER = env("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
    EMAIL_TIMEOUT = 15
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "Ban Thi đua – Khen thưởng <no-reply@localhost>")
# Server errors are mailed from SERVER_EMAIL to ADMINS="Tên <a@b>, Tên khác <c@d>" (production
# LOGGING, staff_accounts.error_reports), with no posted values in them.
SERVER_EMAIL = env("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
ADMINS = parse_admins(env("ADMINS", ""))
EMAIL_SUBJECT_PREFIX = env("EMAIL_SUBJECT_PREFIX", "[Cổng TĐKT] ")
DEFAULT_EXCEPTION_REPORTER_FILTER = "staff_accounts.error_reports.PersonalDataReporterFilter"

# reCAPTCHA is on only when both keys are configured; without them the public forms use
# the honeypot, signed time check and rate limits instead.
RECAPTCHA_PUBLIC_KEY = env("RECAPTCHA_PUBLIC_KEY", "")
RECAPTCHA_PRIVATE_KEY = env("RECAPTCHA_PRIVATE_KEY", "")
RECAPTCHA_ENABLED = bool(RECAPTCHA_PUBLIC_KEY and RECAPTCHA_PRIVATE_KEY)
RECAPTCHA_VERSION = env("RECAPTCHA_VERSION", "v2")  # "v2" checkbox or "v3"
SILENCED_SYSTEM_CHECKS = [] if RECAPTCHA_ENABLED else ["django_recaptcha.recaptcha_test_key_error"]

# Comments (django-comments-xtd): opinions on nominees and reader comments share one model.
SITE_ID = 1
COMMENTS_APP = "django_comments_xtd"
COMMENTS_XTD_MODEL = "consultations.models.PortalComment"
COMMENTS_XTD_MAX_THREAD_LEVEL = 1  # a comment and its replies: two levels
COMMENTS_XTD_CONFIRM_EMAIL = False
# The 5,000-character limit of an opinion is the form's (consultations.comment_forms); the column
# is a TextField. COMMENT_MAX_LENGTH is left alone: it would alter django-comments' migrations.
# Anti-abuse for every public form that takes text (comments now, questions later). The limits
# are counted in the shared cache, so they hold across several app servers.
PUBLIC_FORM_MIN_SECONDS = int(env("PUBLIC_FORM_MIN_SECONDS", "3"))
PUBLIC_FORM_MAX_AGE = int(env("PUBLIC_FORM_MAX_AGE", str(12 * 60 * 60)))
RATE_LIMITS = {
    # name: (how many, per how many seconds)
    "comment-ip": (int(env("RATE_COMMENT_PER_IP", "10")), 600),
    "comment-email": (int(env("RATE_COMMENT_PER_EMAIL", "5")), 3600),
    "question-ip": (int(env("RATE_QUESTION_PER_IP", "5")), 600),
    "question-email": (int(env("RATE_QUESTION_PER_EMAIL", "5")), 3600),
    # Looking up a question by code and e-mail: enough for people, too few to guess codes.
    "question-track": (int(env("RATE_QUESTION_TRACK_PER_IP", "20")), 600),
    # Failed sign-ins (core.lockout). One office's staff may share an address, so the
    # address limit is higher than the username's.
    "sign-in-user": (SIGN_IN_MAX_FAILURES, SIGN_IN_LOCKOUT_SECONDS),
    "sign-in-ip": (int(env("SIGN_IN_MAX_FAILURES_PER_IP", "30")), SIGN_IN_LOCKOUT_SECONDS),
    # Password-reset e-mails (site and admin, core.passwords): per address typed, per client.
    "password-reset-email": (int(env("RATE_PASSWORD_RESET_PER_EMAIL", "3")), 3600),
    "password-reset-ip": (int(env("RATE_PASSWORD_RESET_PER_IP", "10")), 3600),
    # Wrong two-factor codes after a right password, per username: this many lock the account
    # as wrong passwords do (staff_accounts.failures).
    "two-factor-user": (int(env("TWO_FACTOR_MAX_FAILURES", "5")), SIGN_IN_LOCKOUT_SECONDS),
}
# /healthz/ tells the public only "ok" or "unavailable"; which part failed is shown to these
# socket addresses (the load balancer's, comma-separated) or to a request carrying the header
# X-Health-Token with this value.
HEALTH_CHECK_ADDRESSES = env_list("HEALTH_CHECK_ADDRESSES")
HEALTH_CHECK_TOKEN = env("HEALTH_CHECK_TOKEN", "")
# How many proxies in front of the app append to X-Forwarded-For (0: use REMOTE_ADDR).
TRUSTED_PROXY_COUNT = int(env("TRUSTED_PROXY_COUNT", "0"))
# Questions: answer within this many working days; attachments up to this size.
QUESTION_ANSWER_WORKING_DAYS = int(env("QUESTION_ANSWER_WORKING_DAYS", "10"))
QUESTION_ATTACHMENT_MAX_BYTES = int(env("QUESTION_ATTACHMENT_MAX_BYTES", str(5 * 1024 * 1024)))
# Commenters' e-mail, phone and address are erased this many months after a round concludes.
CONSULTATION_CONTACT_RETENTION_MONTHS = int(env("CONSULTATION_CONTACT_RETENTION_MONTHS", "12"))
# Reader comments' e-mail and IP are erased this many months after the comment was sent.
READER_COMMENT_CONTACT_RETENTION_MONTHS = int(env("READER_COMMENT_CONTACT_RETENTION_MONTHS", "12"))
# Questions' e-mail, phone and IP are erased this many months after the answer (or, for a
# question never answered, after it was sent).
QUESTION_CONTACT_RETENTION_MONTHS = int(env("QUESTION_CONTACT_RETENTION_MONTHS", "24"))
# Personal-data requests (privacy.conf holds the legal answer periods): the one extension of
# an answer deadline, and how long a closed request keeps the requester's address and texts.
PRIVACY_EXTENSION_WORKING_DAYS = int(env("PRIVACY_EXTENSION_WORKING_DAYS", "10"))
PRIVACY_REQUEST_RETENTION_MONTHS = int(env("PRIVACY_REQUEST_RETENTION_MONTHS", "36"))

# The first day of the two-level local government (no districts): statistics count awards
# decided before it by former district, later ones by commune, ward or special zone.
TWO_LEVEL_LOCAL_GOVERNMENT_SINCE = datetime.date.fromisoformat(
    env("TWO_LEVEL_LOCAL_GOVERNMENT_SINCE", "2025-07-01")
)

# Units' result reports: PDF attachments up to this size each (served only to the unit and
# the office).
REPORT_ATTACHMENT_MAX_BYTES = int(env("REPORT_ATTACHMENT_MAX_BYTES", str(10 * 1024 * 1024)))

# Background tasks: the database queue (run `manage.py db_worker`) when TASKS_BACKEND=database,
# as in production; otherwise tasks run at once in the request (demo, tests).
TASKS_BACKEND = env("TASKS_BACKEND", "immediate")
TASKS = {
    "default": {
        "BACKEND": (
            "django_tasks_db.DatabaseBackend"
            if TASKS_BACKEND == "database"
            else "django_tasks.backends.immediate.ImmediateBackend"
        ),
    }
}
# A failed e-mail is tried again later, this many times, before it is given up and logged.
EMAIL_TASK_ATTEMPTS = int(env("EMAIL_TASK_ATTEMPTS", "8"))
EMAIL_RETRY_FIRST_DELAY = int(env("EMAIL_RETRY_FIRST_DELAY", "120"))  # seconds, doubled each try

# Wagtail
WAGTAIL_SITE_NAME = env("SITE_NAME", "Cổng thông tin Thi đua – Khen thưởng")
WAGTAILADMIN_BASE_URL = env("BASE_URL", "http://127.0.0.1:8000")
WAGTAIL_I18N_ENABLED = False
WAGTAILADMIN_PERMITTED_LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
WAGTAIL_DATE_FORMAT = "%d/%m/%Y"
WAGTAIL_DATETIME_FORMAT = "%d/%m/%Y %H:%M"
WAGTAIL_TIME_FORMAT = "%H:%M"
# One time zone for every account: the admin's account page then offers no list of the
# world's zones (written in English).
WAGTAIL_USER_TIME_ZONES = [TIME_ZONE]
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        # No stemming: Vietnamese words are matched as written (and folded, see core.text).
        "SEARCH_CONFIG": "simple",
    }
}
# Short films (MP4, WebM) and their captions (WebVTT) are documents too.
WAGTAILDOCS_EXTENSIONS = [
    "pdf",
    "doc",
    "docx",
    "xls",
    "xlsx",
    "odt",
    "ods",
    "csv",
    "zip",
    "mp4",
    "webm",
    "vtt",
]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]
# Embeds keep their 16:9 box through CSS (.video-embed), not an inline style the CSP refuses.
WAGTAILEMBEDS_RESPONSIVE_HTML = False
# No Gravatar: staff e-mail hashes are not sent to a third party, and the CSP allows no
# outside images in the admin.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_MODERATION_ENABLED = True
WAGTAIL_WORKFLOW_ENABLED = True
WAGTAIL_ALLOW_UNICODE_SLUGS = False

# Admin path: /admin/ unless ADMIN_PATH says otherwise.
ADMIN_PATH = env("ADMIN_PATH", "admin").strip("/")

# Shown in demo mode only (make run): the demo accounts and their passwords.
SHOW_DEMO_SIGNINS = False

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "INFO"},
        # Task runs and page moves are routine; warnings and errors still show.
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
    },
}

# Two-factor sign-in (staff_accounts): after the password, superusers and the groups below
# (who read citizens' phone numbers and addresses) must give a code from an authenticator app,
# and set one up at their first sign-in. Anyone else may set one up; it is then required too.
# The default is the secretariat's group (home.roles.SECRETARIAT).
TWO_FACTOR_REQUIRED_GROUPS = env_list("TWO_FACTOR_REQUIRED_GROUPS", ["Thường trực Hội đồng"])
TWO_FACTOR_REQUIRED_FOR_SUPERUSERS = env_bool("TWO_FACTOR_REQUIRED_FOR_SUPERUSERS", True)
# The name the authenticator app shows next to the account.
OTP_TOTP_ISSUER = env("TWO_FACTOR_ISSUER", WAGTAIL_SITE_NAME)
# Failed sign-ins shown to the office are kept this many days (prune_sign_in_failures).
SIGN_IN_FAILURE_RETENTION_DAYS = int(env("SIGN_IN_FAILURE_RETENTION_DAYS", "30"))

# Sentry, only when SENTRY_DSN is set: errors without personal data (staff_accounts.error_reports).
SENTRY_DSN = env("SENTRY_DSN", "")
if SENTRY_DSN:
    init_sentry(
        SENTRY_DSN,
        environment=env("SENTRY_ENVIRONMENT", "production"),
        release=env("SENTRY_RELEASE", ""),
    )
