# The portal's app image: gunicorn serving the site (and, with another command, the task
# worker). Built from the pinned, hashed lock file; static files collected at build time.
#   docker build -t tdkt-portal .
#   docker run --env-file .env -p 8000:8000 tdkt-portal
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    DJANGO_SETTINGS_MODULE=portal.settings.production \
    HOST=0.0.0.0 \
    PORT=8000 \
    STATIC_ROOT=/app/var/static \
    MEDIA_ROOT=/app/var/media \
    PRIVATE_MEDIA_ROOT=/app/var/private

# Every package comes as a wheel from the lock file (psycopg[binary] brings its own libpq);
# no compiler is needed.
WORKDIR /app
COPY requirements/base.lock requirements/base.lock
RUN python -m pip install --require-hashes --no-deps -r requirements/base.lock

RUN groupadd --system --gid 10001 tdkt \
    && useradd --system --uid 10001 --gid tdkt --home-dir /app --shell /usr/sbin/nologin tdkt
COPY --chown=tdkt:tdkt . /app

# The Vietnamese catalogues (locale/) are compiled from their .po files with babel (from the
# lock file); the .mo files are not in the repository.
RUN pybabel compile -d locale -D django && pybabel compile -d locale -D djangojs

# Hashed, compressed static files for WhiteNoise. The settings need a secret and a host to
# load; these build-time values are never used at run time (the real ones come from the
# environment).
RUN SECRET_KEY=build-only-not-secret-0123456789abcdefghijklmnopqrstuvwxyz \
    ALLOWED_HOSTS=build.invalid \
    python manage.py collectstatic --noinput --verbosity 0 \
    && mkdir -p /app/var/media /app/var/private \
    && chown -R tdkt:tdkt /app/var

USER tdkt
EXPOSE 8000
VOLUME ["/app/var/media", "/app/var/private"]

# The health URL answers 200 while the database answers. Production settings redirect plain
# HTTP and check the host name, so the probe says it came over HTTPS for the first
# ALLOWED_HOSTS name.
HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request as r; host = os.environ['ALLOWED_HOSTS'].split(',')[0].strip().lstrip('.'); r.urlopen(r.Request('http://127.0.0.1:' + os.environ.get('PORT', '8000') + '/healthz/', headers={'Host': host, 'X-Forwarded-Proto': 'https'}), timeout=8)"]

# gunicorn.conf.py: site/ on the path, HOST:PORT, WEB_CONCURRENCY workers.
CMD ["gunicorn", "--config", "gunicorn.conf.py"]
