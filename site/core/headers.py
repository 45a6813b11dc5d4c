"""Security headers Django's SecurityMiddleware does not set: Content-Security-Policy,
Permissions-Policy and Cross-Origin-Opener-Policy.

Public pages get a strict policy: scripts and styles only from this site, no inline script or
style, no plugins, never framed. Google's reCAPTCHA hosts are added only to a page that
renders the reCAPTCHA widget, and the video hosts only for frames. The admin (Wagtail) still
needs inline scripts and styles, so it gets a policy of its own that keeps everything else on
this site (and lets it frame its own preview).
"""

from django.conf import settings

RECAPTCHA_MARKER = b'class="g-recaptcha'
RECAPTCHA_SOURCES = ("https://www.google.com/recaptcha/", "https://www.gstatic.com/recaptcha/")
RECAPTCHA_FRAMES = ("https://www.google.com/recaptcha/", "https://recaptcha.google.com/recaptcha/")

PERMISSIONS_POLICY = (
    "accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), "
    "gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=()"
)


def _policy(directives):
    return "; ".join(f"{name} {' '.join(sources)}" for name, sources in directives.items())


def public_policy(with_recaptcha=False):
    media = ["'self'", *settings.CSP_MEDIA_HOSTS]
    script = ["'self'"]
    frame = ["'self'", *settings.CSP_FRAME_HOSTS]
    connect = ["'self'"]
    if with_recaptcha:
        script += RECAPTCHA_SOURCES
        frame += RECAPTCHA_FRAMES
        connect += RECAPTCHA_SOURCES[:1]
    directives = {
        "default-src": ["'self'"],
        "script-src": script,
        "style-src": ["'self'"],
        "img-src": [*media, "data:"],
        "media-src": media,
        "font-src": ["'self'"],
        "connect-src": connect,
        "frame-src": frame,
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
    return _finish(directives)


def admin_policy():
    media = ["'self'", *settings.CSP_MEDIA_HOSTS]
    directives = {
        "default-src": ["'self'"],
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": [*media, "data:", "blob:"],
        "media-src": media,
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'", *settings.CSP_FRAME_HOSTS],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        # Wagtail's preview panel frames the admin's own preview page.
        "frame-ancestors": ["'self'"],
    }
    return _finish(directives)


def _finish(directives):
    policy = _policy(directives)
    if settings.CSP_UPGRADE_INSECURE_REQUESTS:
        policy += "; upgrade-insecure-requests"
    if settings.CSP_REPORT_URI:
        policy += f"; report-uri {settings.CSP_REPORT_URI}"
    return policy


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefix = f"/{settings.ADMIN_PATH}/"
        # Built once: the settings they read do not change while the process runs.
        self.policies = {
            "admin": admin_policy(),
            "public": public_policy(),
            "public+recaptcha": public_policy(with_recaptcha=True),
        }

    def __call__(self, request):
        response = self.get_response(request)
        if "Content-Security-Policy" not in response:
            if request.path.startswith(self.admin_prefix):
                response["Content-Security-Policy"] = self.policies["admin"]
            else:
                content_type = response.get("Content-Type", "")
                with_recaptcha = (
                    content_type.startswith("text/html")
                    and not response.streaming
                    and RECAPTCHA_MARKER in response.content
                )
                name = "public+recaptcha" if with_recaptcha else "public"
                response["Content-Security-Policy"] = self.policies[name]
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        response.setdefault("Cross-Origin-Opener-Policy", "same-origin")
        return response
