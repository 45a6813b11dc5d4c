"""gunicorn settings: `gunicorn` from the repository root (behind nginx, see docs/deploy.md).

Every value can be changed by its environment variable; the defaults suit a 2-CPU server."""

import os

pythonpath = "site"
wsgi_app = "portal.wsgi:application"
bind = f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"
# Sync workers: the pages are CPU-bound rendering; about 2 per CPU.
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
# Threads in each worker: a page answered from the cache (1–2 ms) need not wait behind a form
# being sent or a page being rendered in the same worker; the GIL is released while either
# waits on the database, Redis or the network.
worker_class = os.environ.get("GUNICORN_WORKER_CLASS", "gthread")
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
# A request longer than this is killed (and logged); exports of a year's data fit well within.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))
graceful_timeout = 30
keepalive = 5
# Restart each worker after this many requests (with jitter, so they do not all restart at
# once): bounds the memory a long-running process can gather.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "2000"))
max_requests_jitter = 200
# Heartbeat files in memory, not on a disk that may stall.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None  # noqa: S108 (gunicorn-owned)
# Oversized request lines and headers are refused before Django sees them.
limit_request_line = 8190
limit_request_fields = 100
# The proxy in front sets X-Forwarded-Proto / -For; trust it only from these addresses.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
accesslog = "-"
errorlog = "-"
# The time to first byte (%(M)s ms) is in the access log, for slow-page hunting.
access_log_format = '%(h)s "%(r)s" %(s)s %(b)s %(M)sms "%(a)s"'
