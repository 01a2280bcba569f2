"""gunicorn settings, derived from the service's Settings (QUOTES_* variables) and PORT.

No preload_app: each worker imports the app, and so torch, after the fork, so no worker
inherits a thread pool that was already running in the master.
"""
import logging
import os
import shutil
import tempfile

# Metrics from every worker meet in one folder (prometheus-client multiprocess mode). It must be
# set before anything imports prometheus_client, and start empty: old files would add stale counts.
_made_metrics_dir = not os.environ.get("PROMETHEUS_MULTIPROC_DIR")
if _made_metrics_dir:
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = tempfile.mkdtemp(prefix="quotes-metrics-")
os.makedirs(os.environ["PROMETHEUS_MULTIPROC_DIR"], exist_ok=True)
for _stale in os.listdir(os.environ["PROMETHEUS_MULTIPROC_DIR"]):
    if _stale.endswith(".db"):
        os.remove(os.path.join(os.environ["PROMETHEUS_MULTIPROC_DIR"], _stale))

from service import admission, handoff, metrics  # noqa: E402  (after the metrics folder is set)
from service.logs import logging_config  # noqa: E402
from service.settings import Settings  # noqa: E402

_settings = Settings.from_env()
_cores = os.cpu_count() or 1
if _settings.workers * _settings.model_slots * _settings.torch_threads > _cores:
    logging.getLogger("gunicorn.error").warning(
        "QUOTES_WORKERS x QUOTES_MODEL_SLOTS x QUOTES_TORCH_THREADS = %d exceeds %d cores; each attribution "
        "will use %d torch thread(s)", _settings.workers * _settings.model_slots * _settings.torch_threads, _cores,
        _settings.effective_torch_threads(_cores))

bind = f"{os.environ.get('HOST', '0.0.0.0')}:{os.environ.get('PORT', '8000')}"
workers = _settings.workers
worker_class = "service.balancing.BalancedThreadWorker"  # gthread that passes waiting POSTs between workers
threads = _settings.http_threads
timeout = int(_settings.request_timeout_s) + 30
graceful_timeout = 30
keepalive = 5
max_requests = 0
# One JSON object per line on stdout; the access line is written by the app (service/access.py),
# which knows the route, the request id and the document's size, so gunicorn's own is off.
accesslog = None
errorlog = "-"
loglevel = _settings.log_level
logconfig_dict = logging_config(_settings.log_level)

# Admission is counted across workers in shared memory made here, before the fork (service/admission.py).
admission.install(rows=max(_settings.workers * 4, 8))
# Attributions waiting for a model slot wait in a socket pair every worker shares, not in a worker
# (service/handoff.py), so a killed worker loses only what it was running.
handoff.install()


def post_fork(server, worker):
    """Each worker claims its row of the admission table."""
    admission.claim_row(worker.pid)


def child_exit(server, worker):
    """A worker that exited, killed or not, stops counting."""
    admission.release_worker(worker.pid)
    metrics.worker_exited(worker.pid)


def on_exit(server):
    """Remove the metrics folder made for this run (one given in PROMETHEUS_MULTIPROC_DIR stays)."""
    if _made_metrics_dir:
        shutil.rmtree(os.environ["PROMETHEUS_MULTIPROC_DIR"], ignore_errors=True)
