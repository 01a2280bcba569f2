"""Deployment files: the compose file against the Compose spec, and settings named consistently."""
from __future__ import annotations

import dataclasses
import subprocess
import sys

import pytest
import yaml

from service.settings import PREFIX, Settings
from tests.conftest import ROOT


def check_compose(path) -> subprocess.CompletedProcess:
    """Validate a compose file against the Compose specification's JSON schema (no Docker engine needed)."""
    return subprocess.run([sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.compose-spec",
                           str(path)], capture_output=True, text=True)


def test_compose_file_follows_the_compose_spec():
    result = check_compose(ROOT / "docker-compose.yml")
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_validator_rejects_a_broken_compose_file(tmp_path):
    broken = tmp_path / "docker-compose.yml"
    broken.write_text("services:\n  quotes:\n    replica_count: 2\n")
    assert check_compose(broken).returncode != 0


def test_compose_sets_only_real_settings_and_mounts_the_gateway_config():
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    known = {PREFIX + f.name.upper() for f in dataclasses.fields(Settings)}
    assert set(compose["services"]["quotes"]["environment"]) <= known
    volumes = compose["services"]["gateway"]["volumes"]
    assert any(v.startswith("./deploy/nginx/quotes.conf:") for v in volumes)
    assert compose["services"]["gateway"]["depends_on"]["quotes"]["condition"] == "service_healthy"


def test_settings_read_from_environment_with_types():
    settings = Settings.from_env({"QUOTES_WORKERS": "2", "QUOTES_PRECISION": "int8", "QUOTES_REQUEST_TIMEOUT_S": "1.5"})
    assert (settings.workers, settings.precision, settings.request_timeout_s) == (2, "int8", 1.5)


def test_bad_setting_names_the_variable():
    import pytest
    with pytest.raises(ValueError, match="QUOTES_WORKERS"):
        Settings.from_env({"QUOTES_WORKERS": "two"})
    with pytest.raises(ValueError, match="QUOTES_PRECISION"):
        Settings.from_env({"QUOTES_PRECISION": "fp8"})


def test_service_precisions_are_the_models():
    from models.quotes.precision import PRECISIONS as MODEL_PRECISIONS
    from service.settings import PRECISIONS
    assert PRECISIONS == MODEL_PRECISIONS


def test_workers_times_threads_never_exceed_the_cores():
    assert Settings(workers=1, model_slots=1, torch_threads=2).effective_torch_threads(cores=2) == 2
    assert Settings(workers=2, model_slots=1, torch_threads=2).effective_torch_threads(cores=2) == 1
    assert Settings(workers=4, model_slots=1, torch_threads=2).effective_torch_threads(cores=2) == 1
    assert Settings(workers=1, model_slots=1, torch_threads=8).effective_torch_threads(cores=16) == 8


def test_readme_settings_table_matches_the_code():
    import dataclasses
    import re
    from pathlib import Path
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text()
    rows = dict(re.findall(r"^\| `QUOTES_([A-Z_]+)` \| `([^`]*)` \|", readme, re.MULTILINE))
    defaults = Settings()
    for field in dataclasses.fields(Settings):
        name = field.name.upper()
        assert name in rows, f"README's settings table lacks QUOTES_{name}"
        value = getattr(defaults, field.name)
        if field.name == "model_dir":
            assert value.endswith(rows[name])
        elif isinstance(value, bool):
            assert rows[name] == str(value).lower()
        else:
            assert type(value)(rows[name]) == value, f"QUOTES_{name}: README says {rows[name]}, code {value}"


def test_model_slots_share_the_cores_with_the_workers():
    assert Settings(workers=1, model_slots=2, torch_threads=1).effective_torch_threads(cores=2) == 1
    assert Settings(workers=1, model_slots=2, torch_threads=4).effective_torch_threads(cores=8) == 4
    assert Settings(workers=2, model_slots=2, torch_threads=2).effective_torch_threads(cores=2) == 1
    with pytest.raises(ValueError, match="QUOTES_MODEL_SLOTS"):
        Settings.from_env({"QUOTES_MODEL_SLOTS": "0"})


def test_an_attribution_the_server_runs_alone_takes_every_core_the_split_gives():
    assert Settings(workers=2, torch_threads=1).alone_torch_threads(cores=2) == 2
    assert Settings(workers=1, torch_threads=1).alone_torch_threads(cores=2) == 1
    assert Settings(workers=2, model_slots=2, torch_threads=1).alone_torch_threads(cores=8) == 4
    assert Settings(workers=4, torch_threads=1).alone_torch_threads(cores=2) == 2  # never more than the cores
    assert Settings(workers=2, torch_threads=1, idle_torch_threads=1).alone_torch_threads(cores=2) == 1


def test_the_engine_asks_for_all_the_cores_only_when_its_attribution_is_alone(fake):
    import threading
    from service.engine import Engine
    settings = Settings(workers=2, torch_threads=1, load_in_background=False, request_timeout_s=5.0)
    engine = Engine(settings, fake)
    engine.start()
    with engine.admit():
        engine.attribute("“Alone,” Ana said.")
    fake.delay_s = 0.3
    with engine.admit():
        with engine.admit():  # a second request admitted while the first runs: each gets its share
            worker = threading.Thread(target=engine.attribute, args=("“Two,” Ana said.",))
            worker.start()
            engine.attribute("“Three,” Ana said.")
            worker.join()
    assert fake.threads == [settings.alone_torch_threads(), settings.effective_torch_threads(),
                            settings.effective_torch_threads()]
