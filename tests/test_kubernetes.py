"""The Kubernetes manifests: valid against the Kubernetes schemas (offline), and in step with the service."""
from __future__ import annotations

import re

import kubernetes_validate
import pytest
import yaml

from service import create_app
from service.settings import PREFIX, Settings
from tests.conftest import ROOT
from tests.fakes import FakeAttributor

BASE = ROOT / "deploy" / "kubernetes" / "base"
KUBERNETES_VERSION = "1.37.0"


def resources() -> dict[str, dict]:
    """Every resource the kustomization lists, by kind."""
    kustomization = yaml.safe_load((BASE / "kustomization.yaml").read_text())
    found = {}
    for name in kustomization["resources"]:
        for document in yaml.safe_load_all((BASE / name).read_text()):
            found[document["kind"]] = document
    return found


@pytest.fixture(scope="module")
def manifests() -> dict[str, dict]:
    """The base's resources."""
    return resources()


def test_every_manifest_is_valid_kubernetes(manifests):
    assert set(manifests) == {"ConfigMap", "Deployment", "Service", "HorizontalPodAutoscaler",
                              "PodDisruptionBudget", "Ingress"}
    for document in manifests.values():
        kubernetes_validate.validate(document, KUBERNETES_VERSION, strict=True)


def test_probes_hit_real_endpoints_on_the_served_port(manifests):
    app = create_app(Settings(load_in_background=False), attributor_factory=lambda _: FakeAttributor())
    routes = {rule.rule for rule in app.url_map.iter_rules()}
    container = manifests["Deployment"]["spec"]["template"]["spec"]["containers"][0]
    port = {p["name"]: p["containerPort"] for p in container["ports"]}
    assert str(port["http"]) == manifests["ConfigMap"]["data"]["PORT"]
    for probe in ("startupProbe", "readinessProbe", "livenessProbe"):
        check = container[probe]["httpGet"]
        assert check["path"] in routes and check["port"] == "http"
        client = app.test_client()
        assert client.get(check["path"]).status_code == 200
    assert container["livenessProbe"]["httpGet"]["path"] == "/healthz", "liveness must not depend on the model"
    assert container["readinessProbe"]["httpGet"]["path"] == "/readyz"


def test_settings_and_resources_agree_with_the_service(manifests):
    data = manifests["ConfigMap"]["data"]
    names = {f"{PREFIX}{name.upper()}" for name in Settings.__dataclass_fields__} | {"PORT"}
    assert set(data) <= names, f"not settings: {set(data) - names}"
    settings = Settings.from_env(data)
    container = manifests["Deployment"]["spec"]["template"]["spec"]["containers"][0]
    assert int(container["resources"]["requests"]["cpu"]) == settings.workers * settings.model_slots * settings.torch_threads
    grace = manifests["Deployment"]["spec"]["template"]["spec"]["terminationGracePeriodSeconds"]
    assert grace >= 30 + 5, "longer than gunicorn's graceful timeout plus the preStop pause"


def test_ingress_has_the_gateway_limits_and_no_metrics_route(manifests):
    nginx = (ROOT / "deploy" / "nginx" / "quotes.conf").read_text()
    annotations = manifests["Ingress"]["metadata"]["annotations"]
    prefix = "nginx.ingress.kubernetes.io/"
    assert f"client_max_body_size {annotations[prefix + 'proxy-body-size']};" in nginx
    assert f"proxy_read_timeout {annotations[prefix + 'proxy-read-timeout']}s;" in nginx
    assert f"proxy_next_upstream {annotations[prefix + 'proxy-next-upstream']};" in nginx
    assert float(annotations[prefix + "proxy-read-timeout"]) > Settings().request_timeout_s
    paths = [p for rule in manifests["Ingress"]["spec"]["rules"] for p in rule["http"]["paths"]]
    routed = lambda url: any(routes(url, p) for p in paths)  # noqa: E731
    assert not routed("/metrics")
    assert all(routed(url) for url in ("/", "/page/page.js", "/attribute", "/attribute/batch", "/healthz",
                                       "/readyz", "/openapi.yaml"))


def routes(url: str, path: dict) -> bool:
    """Whether an Ingress path entry sends this URL path to the service (Kubernetes' Exact and Prefix rules)."""
    if path["pathType"] == "Exact":
        return url == path["path"]
    prefix = path["path"].rstrip("/")
    return url == prefix or url.startswith(prefix + "/")


def test_the_validator_catches_a_broken_manifest(manifests):
    broken = yaml.safe_load(yaml.safe_dump(manifests["Deployment"]))
    broken["spec"]["template"]["spec"]["containers"][0]["livenessProbe"]["httpGet"]["port"] = ["http"]
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(broken, KUBERNETES_VERSION, strict=True)
    broken = yaml.safe_load(yaml.safe_dump(manifests["Service"]))
    broken["spec"]["portz"] = []
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(broken, KUBERNETES_VERSION, strict=True)


def test_selectors_match_the_pods(manifests):
    labels = manifests["Deployment"]["spec"]["template"]["metadata"]["labels"]
    for selector in (manifests["Deployment"]["spec"]["selector"]["matchLabels"],
                     manifests["PodDisruptionBudget"]["spec"]["selector"]["matchLabels"],
                     manifests["Service"]["spec"]["selector"]):
        assert selector.items() <= labels.items()
    target = manifests["HorizontalPodAutoscaler"]["spec"]["scaleTargetRef"]
    assert (target["kind"], target["name"]) == ("Deployment", manifests["Deployment"]["metadata"]["name"])
    backend = manifests["Ingress"]["spec"]["rules"][0]["http"]["paths"][0]["backend"]["service"]
    assert backend["name"] == manifests["Service"]["metadata"]["name"]
    assert re.fullmatch(r"\d+", str(manifests["Deployment"]["spec"]["replicas"]))
    assert manifests["PodDisruptionBudget"]["spec"]["minAvailable"] < manifests["HorizontalPodAutoscaler"]["spec"]["minReplicas"]
