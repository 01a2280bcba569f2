"""The nginx gateway config from deploy/, for real: loopback nginx over two gunicorn replicas."""
from __future__ import annotations

import re

import pytest
import requests

from tests.servers import Gunicorn, Nginx, eventually

TEXT = "“We will not back down,” Maria Santos said on Monday."


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    """Two single-worker replicas (one torch thread each: 2 x 1 = the 2 cores) behind nginx."""
    workdir = tmp_path_factory.mktemp("gateway")
    replicas = [Gunicorn(workdir / f"replica{i}.log", workers=1, torch_threads=1) for i in range(2)]
    gateway = None
    try:
        for replica in replicas:
            replica.wait_ready()
        gateway = Nginx(workdir, [r.port for r in replicas])
        yield gateway, replicas
    finally:
        if gateway:
            gateway.stop()
        for replica in replicas:
            replica.stop()


def test_requests_through_gateway_reach_both_replicas(stack):
    gateway, replicas = stack
    for i in range(8):
        response = requests.post(gateway.url + "/attribute", json={"text": TEXT, "id": str(i)}, timeout=60,
                                 headers={"X-Request-ID": f"gw-{i}"})
        assert response.status_code == 200
        assert response.json()["id"] == str(i)
        assert response.headers["X-Request-ID"] == f"gw-{i}"
    served = eventually(
        lambda: [sum(1 for e in r.access_entries() if e["route"] == "/attribute" and e["request_id"].startswith("gw-"))
                 for r in replicas],
        lambda counts: sum(counts) == 8)
    assert sum(served) == 8 and min(served) >= 1, served
    logged = eventually(lambda: [e for e in gateway.access_entries() if e["request_id"].startswith("gw-")],
                        lambda entries: len(entries) == 8)
    assert {(e["method"], e["uri"], e["status"]) for e in logged} == {("POST", "/attribute", 200)}


def test_gateway_generates_request_id_when_missing(stack):
    gateway, _ = stack
    response = requests.get(gateway.url + "/healthz", timeout=10)
    assert response.status_code == 200
    assert re.fullmatch(r"[0-9a-f]{32}", response.headers["X-Request-ID"])


def test_gateway_refuses_big_bodies_as_problem_json(stack):
    gateway, _ = stack
    response = requests.post(gateway.url + "/attribute", data=b"x" * 3_000_000,
                             headers={"Content-Type": "text/plain"}, timeout=30)
    assert response.status_code == 413
    assert response.headers["Content-Type"].startswith("application/problem+json")
    assert response.json()["status"] == 413


def test_errors_from_the_service_pass_through(stack):
    gateway, _ = stack
    response = requests.post(gateway.url + "/attribute", data=b"{", headers={"Content-Type": "application/json"},
                             timeout=30)
    assert response.status_code == 400
    assert response.json()["type"].endswith("malformed-body")


def test_metrics_are_not_a_public_route_of_the_gateway(stack):
    gateway, replicas = stack
    assert requests.get(gateway.url + "/metrics", timeout=10).status_code == 404
    assert requests.get(replicas[0].url + "/metrics", timeout=10).status_code == 200

def test_a_dead_replica_is_routed_around(stack):
    gateway, replicas = stack
    replicas[0].stop()
    for _ in range(6):
        response = requests.post(gateway.url + "/attribute", json={"text": TEXT}, timeout=60)
        assert response.status_code == 200, response.text

