"""Production: everything sensitive comes from the environment; HTTPS only."""

from django.core.exceptions import ImproperlyConfigured

from staff_accounts.error_reports import with_error_mail

from .base import *  # noqa: F403
from .base import env, env_bool, env_list

DEBUG = False
SECRET_KEY = env("SECRET_KEY", "")
if len(SECRET_KEY) < 50:
    raise ImproperlyConfigured("SECRET_KEY must be set to a random value of 50+ characters.")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS must list the portal's host names.")

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
# Load balancers ask for the health check over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^healthz/$"]
SECURE_HSTS_SECONDS = int(env("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
CSP_UPGRADE_INSECURE_REQUESTS = True

# E-mail and other background work wait in the database for `manage.py db_worker`.
TASKS["default"]["BACKEND"] = "django_tasks_db.DatabaseBackend"  # noqa: F405

LOGGING["root"]["level"] = env("LOG_LEVEL", "WARNING")  # noqa: F405
# A server error (500) is mailed to ADMINS, once per kind of error per ten minutes, without
# posted values (staff_accounts.error_reports).
LOGGING = with_error_mail(LOGGING)  # noqa: F405

# --- Media in S3-compatible object storage (django-storages) --------------------------------
# Off unless S3_BUCKET is set: media then stays in MEDIA_ROOT and private files in
# PRIVATE_MEDIA_ROOT (base.py), and Wagtail sends documents itself from /tai-lieu/ (its
# "serve_view" method, which it picks because the files have a local path). With S3_BUCKET set:
# - "public" (images and their renditions) goes to S3_BUCKET under S3_MEDIA_LOCATION ("media"),
#   public-read, at plain URLs (no signature) on S3_CUSTOM_DOMAIN when given;
# - "private" (citizens' attachments, units' report PDFs, and Wagtail documents) goes to
#   S3_PRIVATE_BUCKET (default: the same bucket, under "private/"), objects private, read by
#   the app's permission-checking views; any URL made for them is signed and short-lived;
# - "default", the storage Wagtail uses, routes by folder (core.storages): "documents/…" to
#   "private", everything else to "public". A document may be in a private collection (login
#   or password), which only Wagtail's serve view checks; as a public object anyone knowing its
#   address could read it. So every document is a private object, and /tai-lieu/<id>/<name>
#   checks the collection's restrictions, then redirects to a signed URL that expires after
#   S3_PRIVATE_URL_EXPIRE.
# S3_ENDPOINT_URL points at a non-AWS service (MinIO, Viettel, VNPT, FPT object storage).
# Keys: S3_ACCESS_KEY_ID / S3_SECRET_ACCESS_KEY, or the standard AWS_* variables or role.
S3_BUCKET = env("S3_BUCKET", "")
if S3_BUCKET:
    _s3_common = {
        "endpoint_url": env("S3_ENDPOINT_URL") or None,
        "region_name": env("S3_REGION") or None,
        "addressing_style": env("S3_ADDRESSING_STYLE") or None,  # "path" for most MinIO
        "signature_version": env("S3_SIGNATURE_VERSION", "s3v4"),
        # Two uploads with the same name keep both files (Wagtail relies on this).
        "file_overwrite": False,
    }
    if env("S3_ACCESS_KEY_ID"):
        _s3_common["access_key"] = env("S3_ACCESS_KEY_ID")
        _s3_common["secret_key"] = env("S3_SECRET_ACCESS_KEY", "")
    S3_PRIVATE_BUCKET = env("S3_PRIVATE_BUCKET", "") or S3_BUCKET
    _private_location = "private" if S3_PRIVATE_BUCKET == S3_BUCKET else ""
    STORAGES = {
        **STORAGES,
        # Named by alias, not by options: Wagtail stores the router's arguments in the task
        # table when a file is deleted, and they must hold no keys (see core.storages).
        "default": {
            "BACKEND": "core.storages.PrefixRoutingStorage",
            "OPTIONS": {"routes": {"documents": "private"}, "default": "public"},
        },
        "public": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                **_s3_common,
                "bucket_name": S3_BUCKET,
                "location": env("S3_MEDIA_LOCATION", "media").strip("/"),
                # "" sends no ACL: for buckets with ACLs disabled, where a bucket policy
                # makes S3_MEDIA_LOCATION public.
                "default_acl": env("S3_MEDIA_ACL", "public-read") or None,
                "querystring_auth": False,
                "custom_domain": env("S3_CUSTOM_DOMAIN") or None,
                "object_parameters": {
                    "CacheControl": env("S3_MEDIA_CACHE_CONTROL", "public, max-age=86400")
                },
            },
        },
        "private": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                **_s3_common,
                "bucket_name": S3_PRIVATE_BUCKET,
                "location": env("S3_PRIVATE_LOCATION", _private_location).strip("/"),
                "default_acl": "private",
                "querystring_auth": True,
                "querystring_expire": int(env("S3_PRIVATE_URL_EXPIRE") or "300"),
                "custom_domain": None,
                "object_parameters": {"CacheControl": "private, no-store"},
            },
        },
    }
    # Wagtail would guess "redirect" too (the files have no local path); set, so that it does
    # not hang on a guess: "direct" would link pages straight to the file, skipping the
    # collection's check, and "serve_view" would stream every file through the app.
    # The redirect is answered `Cache-Control: private` (core.pagecache stores only 200
    # answers), so no shared cache hands one reader's signed URL to another.
    WAGTAILDOCS_SERVE_METHOD = "redirect"
