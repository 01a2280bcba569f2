"""Start real gunicorn and nginx processes on loopback for the slow tests, and stop them cleanly."""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    """A TCP port nobody is listening on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until(url: str, status: int = 200, timeout_s: float = 120.0) -> None:
    """Poll a URL until it answers with the status, or fail."""
    deadline = time.monotonic() + timeout_s
    last = None
    while time.monotonic() < deadline:
        try:
            last = requests.get(url, timeout=2)
            if last.status_code == status:
                return
        except requests.RequestException as error:
            last = error
        time.sleep(0.25)
    raise TimeoutError(f"{url} never answered {status}: {last}")


class Gunicorn:
    """gunicorn serving the real app on a loopback port, its log in a file."""

    def __init__(self, log_path: Path, workers: int = 1, torch_threads: int = 1, model_slots: int = 1, **settings: str):
        self.port = free_port()
        self.log_path = log_path
        # Each worker loads the model before it accepts connections, so no request meets a loading worker.
        env = dict(os.environ, PORT=str(self.port), HOST="127.0.0.1", QUOTES_WORKERS=str(workers),
                   QUOTES_TORCH_THREADS=str(torch_threads), QUOTES_MODEL_SLOTS=str(model_slots),
                   QUOTES_LOAD_IN_BACKGROUND="false",
                   PYTHONUNBUFFERED="1", HF_HUB_OFFLINE="1")
        env.update({f"QUOTES_{k.upper()}": str(v) for k, v in settings.items()})
        self.log = open(log_path, "w")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "service.wsgi:app"],
            cwd=ROOT, env=env, stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True)
        self.url = f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> "Gunicorn":
        """Use as `with Gunicorn(...) as server:` so it stops however the block ends."""
        return self

    def __exit__(self, *exc) -> None:
        """Stop the server."""
        self.stop()

    def wait_ready(self) -> "Gunicorn":
        """Block until /readyz says the model is loaded."""
        wait_until(self.url + "/readyz")
        return self

    def stop(self) -> None:
        """SIGTERM the whole group and wait."""
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
        self.log.close()

    def log_text(self) -> str:
        """Everything gunicorn wrote so far."""
        return self.log_path.read_text()

    def log_entries(self) -> list[dict]:
        """The log so far, one parsed JSON object per line (a line that is not JSON fails the test)."""
        return [json.loads(line) for line in self.log_text().splitlines() if line.strip()]

    def access_entries(self) -> list[dict]:
        """The app's access log lines so far."""
        return [entry for entry in self.log_entries() if entry["logger"] == "quotes.access"]


def eventually(read, done, timeout_s: float = 10.0):
    """Call read() until done(value) holds or the time is up; return the last value.

    A worker's log line may reach the file a moment after its response reached the client, so a
    test that reads the log right after a response waits for it.
    """
    deadline = time.monotonic() + timeout_s
    value = read()
    while not done(value) and time.monotonic() < deadline:
        time.sleep(0.1)
        value = read()
    return value


def nginx_binary() -> str:
    """Debian's nginx."""
    for candidate in ("/usr/sbin/nginx", "/usr/bin/nginx"):
        if os.path.exists(candidate):
            return candidate
    raise FileNotFoundError("nginx is not installed; run scripts/ensure-debian-packages.sh nginx=nginx-core")


class Nginx:
    """The gateway config from deploy/nginx, on a loopback port, over the given upstream URLs."""

    def __init__(self, workdir: Path, upstream_ports: list[int]):
        self.port = free_port()
        self.workdir = workdir
        site = (ROOT / "deploy" / "nginx" / "quotes.conf").read_text()
        if "listen 8080;" not in site:
            raise AssertionError("the gateway config must listen on 8080")
        site = site.replace("listen 8080;", f"listen 127.0.0.1:{self.port};")
        servers = "".join(f"    server 127.0.0.1:{p} max_fails=2 fail_timeout=10s;\n" for p in upstream_ports)
        (workdir / "quotes-upstreams.conf").write_text(f"upstream quotes {{\n{servers}    keepalive 16;\n}}\n")
        (workdir / "site.conf").write_text(site.replace("/dev/stdout", str(workdir / "access.log")))
        (workdir / "nginx.conf").write_text(
            f"daemon off;\nworker_processes 1;\npid {workdir}/nginx.pid;\nerror_log {workdir}/error.log info;\n"
            f"events {{ worker_connections 256; }}\n"
            f"http {{\n  client_body_temp_path {workdir}/body;\n  proxy_temp_path {workdir}/proxy;\n"
            f"  fastcgi_temp_path {workdir}/fastcgi;\n  uwsgi_temp_path {workdir}/uwsgi;\n"
            f"  scgi_temp_path {workdir}/scgi;\n  include site.conf;\n}}\n")
        self.process = subprocess.Popen([nginx_binary(), "-p", str(workdir), "-c", str(workdir / "nginx.conf")],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT, start_new_session=True)
        self.url = f"http://127.0.0.1:{self.port}"
        wait_until(self.url + "/gateway/healthz", timeout_s=20)

    def access_entries(self) -> list[dict]:
        """The gateway's access log so far, one parsed JSON object per line."""
        path = self.workdir / "access.log"
        return [json.loads(line) for line in path.read_text().splitlines() if line.strip()] if path.exists() else []

    def stop(self) -> None:
        """Quit nginx."""
        if self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)
