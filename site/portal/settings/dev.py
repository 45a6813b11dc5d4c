"""A developer's machine and the demo (`make run`)."""

from .base import *  # noqa: F403
from .base import env, env_bool

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = env("SECRET_KEY", "dev-only-not-secret-4f1c8a0e6b2d49a7")
ALLOWED_HOSTS = ["*"] if DEBUG else ALLOWED_HOSTS  # noqa: F405

# Plain static storage so edited CSS and JS show at once; WhiteNoise serves from the finders.
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

SHOW_DEMO_SIGNINS = True

# Off by default so edited templates show at once; PAGE_CACHE_SECONDS=300 tries it.
PAGE_CACHE_SECONDS = int(env("PAGE_CACHE_SECONDS", "0"))
