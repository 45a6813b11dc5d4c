"""nginx in front of gunicorn with the production cache rules of deploy/nginx.conf, for the page
load benchmark (bench/pages_bench.py measures cached pages through it against the bare view).

The configuration is generated from deploy/nginx.conf itself, so the benchmark measures the
cache rules that are deployed, not a copy of them. Only what ties the file to a server is
changed:
- user, pid, logs, the cache folder and nginx's temporary folders: into a temporary folder;
- the upstream: the benchmark's gunicorn instead of app1/app2;
- the HTTPS site: plain HTTP on a free port of 127.0.0.1 (no certificate), everything else in
  it (proxy headers, the `location` blocks and their cache directives) unchanged;
- the port-80 redirect and the catch-all HTTPS server: left out (they serve no page);
- the PURGE server: on a free port when the cache purge module is installed, else left out;
- /media/: the benchmark's MEDIA_ROOT.

`.venv/bin/python bench/nginx_front.py` prints the generated configuration and checks it with
`nginx -t` (with made-up ports), to see what the benchmark runs.
"""

import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEPLOYED = ROOT / "deploy" / "nginx.conf"
CACHE_STATUS = "X-Cache-Status"  # the header deploy/nginx.conf adds ($upstream_cache_status)


def nginx_binary():
    found = os.environ.get("NGINX_PATH") or shutil.which("nginx")
    if not found and os.access("/usr/sbin/nginx", os.X_OK):
        found = "/usr/sbin/nginx"
    if not found:
        raise RuntimeError("nginx is missing: run bin/ensure-nginx (as root) or set NGINX_PATH")
    return found


def server_blocks(text):
    """(start, end) of each top-level `server { ... }` block inside the http block."""
    blocks = []
    for match in re.finditer(r"^\s*server\s*\{", text, re.MULTILINE):
        if blocks and match.start() < blocks[-1][1]:
            continue
        depth, position = 0, match.end() - 1
        while position < len(text):
            if text[position] == "{":
                depth += 1
            elif text[position] == "}":
                depth -= 1
                if depth == 0:
                    break
            position += 1
        blocks.append((match.start(), position + 1))
    return blocks


def purge_module_installed():
    enabled = Path("/etc/nginx/modules-enabled")
    return enabled.is_dir() and any("cache-purge" in p.name for p in enabled.iterdir())


def front_config(workdir, listen_port, app_port, media_root, purge_port=None):
    """deploy/nginx.conf adapted to run here (see the module's docstring)."""
    text = DEPLOYED.read_text()
    workdir = str(workdir)
    user = "root" if os.geteuid() == 0 else None
    text = re.sub(
        r"^user [^;]*;", f"user {user};" if user else "# user: as started", text, flags=re.M
    )
    text = re.sub(r"^pid [^;]*;", f"pid {workdir}/nginx.pid;", text, flags=re.M)
    text = text.replace("/var/log/nginx/", f"{workdir}/")
    text = text.replace("/var/cache/nginx/tdkt", f"{workdir}/cache")
    text = text.replace("/srv/tdkt/media/", str(media_root).rstrip("/") + "/")
    # nginx's own temporary folders (Debian's are under /var/lib/nginx, root's).
    temp_paths = "".join(
        f"    {kind}_temp_path {workdir}/{kind}_temp;\n"
        for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    text = re.sub(r"^http \{\n", lambda m: m.group(0) + temp_paths, text, count=1, flags=re.M)
    # The upstream: the benchmark's gunicorn in place of the app servers.
    text = re.sub(
        r"(upstream tdkt_app \{)(.*?)(\n\s*keepalive)",
        lambda m: (
            m.group(1)
            + re.sub(r"\n\s*server [^;]*;", "", m.group(2))
            + f"\n        server 127.0.0.1:{app_port};"
            + m.group(3)
        ),
        text,
        count=1,
        flags=re.S,
    )
    pieces, last = [], 0
    for start, end in server_blocks(text):
        block = text[start:end]
        pieces.append(text[last:start])
        last = end
        if re.search(r"listen 80 default_server|return 444;", block):
            continue  # the redirect to HTTPS and the catch-all: no page behind them
        if re.search(r"listen 8081", block):
            if purge_port and purge_module_installed():
                pieces.append(block.replace("listen 8081;", f"listen 127.0.0.1:{purge_port};"))
            continue
        block = re.sub(r"\n\s*listen [^;]*;", "", block)
        block = re.sub(r"\n\s*ssl_[a-z_]+ [^;]*;", "", block)
        block = re.sub(
            r"(server\s*\{)",
            lambda m: m.group(1) + f"\n        listen 127.0.0.1:{listen_port};",
            block,
            count=1,
        )
        pieces.append(block)
    pieces.append(text[last:])
    return "".join(pieces)


class NginxFront:
    """nginx with the deployed cache rules on `listen_port`, in front of gunicorn on
    `app_port`; a context manager that removes everything it made."""

    def __init__(self, listen_port, app_port, media_root, purge_port=None):
        self.listen_port = listen_port
        self.app_port = app_port
        self.media_root = media_root
        self.purge_port = purge_port
        self.workdir = None
        self.process = None

    @property
    def base_url(self):
        return f"http://127.0.0.1:{self.listen_port}"

    def _command(self, *extra):
        conf = os.path.join(self.workdir, "nginx.conf")
        # Debian's prefix stays (modules-enabled loads modules by a path relative to it).
        return [
            nginx_binary(),
            "-e",
            os.path.join(self.workdir, "error.log"),
            "-c",
            conf,
            *extra,
        ]

    def __enter__(self):
        self.workdir = tempfile.mkdtemp(prefix="tdkt-nginx-front-")
        for folder in ("cache", "client_body_temp", "proxy_temp", "fastcgi_temp", "uwsgi_temp"):
            os.makedirs(os.path.join(self.workdir, folder), exist_ok=True)
        os.makedirs(os.path.join(self.workdir, "scgi_temp"), exist_ok=True)
        Path(self.workdir, "nginx.conf").write_text(
            front_config(
                self.workdir, self.listen_port, self.app_port, self.media_root, self.purge_port
            )
        )
        checked = subprocess.run(  # noqa: S603
            self._command("-t"), capture_output=True, text=True, check=False
        )
        if checked.returncode != 0:
            raise RuntimeError(f"nginx -t refused the generated configuration: {checked.stderr}")
        self.process = subprocess.Popen(  # noqa: S603
            self._command("-g", "daemon off;"),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.STDOUT,
        )
        self._wait()
        return self

    def _wait(self, timeout=15):
        import socket

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"nginx exited with code {self.process.returncode}")
            try:
                with socket.create_connection(("127.0.0.1", self.listen_port), timeout=1):
                    return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError(f"nginx did not listen within {timeout} s")

    def error_log_tail(self, lines=10):
        path = Path(self.workdir or "", "error.log")
        return path.read_text(errors="replace").splitlines()[-lines:] if path.exists() else []

    def __exit__(self, *_exc):
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGQUIT)  # graceful: finish what is in flight
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.workdir:
            shutil.rmtree(self.workdir, ignore_errors=True)


def main():
    workdir = tempfile.mkdtemp(prefix="tdkt-nginx-front-check-")
    try:
        for folder in ("cache", "client_body_temp", "proxy_temp", "fastcgi_temp"):
            os.makedirs(os.path.join(workdir, folder))
        for folder in ("uwsgi_temp", "scgi_temp"):
            os.makedirs(os.path.join(workdir, folder))
        conf = front_config(workdir, 18080, 18000, "/tmp/media", purge_port=18081)  # noqa: S108
        print(conf)
        Path(workdir, "nginx.conf").write_text(conf)
        checked = subprocess.run(  # noqa: S603
            [nginx_binary(), "-t", "-e", f"{workdir}/error.log", "-c", f"{workdir}/nginx.conf"],
            capture_output=True,
            text=True,
            check=False,
        )
        print(checked.stderr, file=sys.stderr)
        return checked.returncode
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
