"""gunicorn settings: `gunicorn portal.wsgi` from the repository root."""

import os

pythonpath = "site"
wsgi_app = "portal.wsgi:application"
bind = f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
accesslog = "-"
