"""docker-compose.yml: the standard scaled-out Airflow, checked structurally (no Docker engine here)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

REPO_ROOT = Path(__file__).resolve().parents[2]
COMPOSE = REPO_ROOT / "docker-compose.yml"
DOCKERFILE = REPO_ROOT / "docker" / "Dockerfile"
ENV_EXAMPLE = REPO_ROOT / ".env.example"

AIRFLOW_SERVICES = ["airflow-apiserver", "airflow-scheduler", "airflow-dag-processor", "airflow-triggerer",
                    "airflow-worker"]
ONE_SHOT = ["airflow-init", "minio-init"]  # run to completion; others wait for service_completed_successfully


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def services(compose) -> dict:
    return compose["services"]


def _env(service: dict) -> dict:
    env = service.get("environment") or {}
    if isinstance(env, list):
        env = dict(item.split("=", 1) for item in env)
    return env


def test_every_component_of_the_standard_deployment_is_there(services):
    assert set(AIRFLOW_SERVICES + ONE_SHOT + ["postgres", "redis", "minio"]) <= set(services)
    commands = {name: services[name].get("command") for name in AIRFLOW_SERVICES}
    assert commands == {"airflow-apiserver": "api-server", "airflow-scheduler": "scheduler",
                        "airflow-dag-processor": "dag-processor", "airflow-triggerer": "triggerer",
                        "airflow-worker": "celery worker"}


def test_airflow_services_use_the_project_image_on_the_official_3_3_2_base(services):
    dockerfile = DOCKERFILE.read_text(encoding="utf-8")
    assert re.search(r"^ARG AIRFLOW_IMAGE=apache/airflow:3\.3\.2(-python3\.\d+)?$", dockerfile, re.M)
    assert re.search(r"^FROM \$\{AIRFLOW_IMAGE\}$", dockerfile, re.M)
    assert "--no-deps -r requirements.lock" in dockerfile and "--no-deps -e ." in dockerfile
    for name in AIRFLOW_SERVICES + ["airflow-init"]:
        service = services[name]
        assert service["build"]["dockerfile"] == "docker/Dockerfile", name
        assert service["build"]["args"]["AIRFLOW_IMAGE"].startswith("apache/airflow:3.3.2"), name
        assert ":3.3.2" in service["image"], name


def test_celery_executor_with_postgres_metadata_and_redis_broker(services):
    for name in AIRFLOW_SERVICES + ["airflow-init"]:
        env = _env(services[name])
        assert env["AIRFLOW__CORE__EXECUTOR"] == "CeleryExecutor", name
        assert env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"].startswith("postgresql+psycopg2://"), name
        assert "@postgres:5432/" in env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"], name
        assert env["AIRFLOW__CELERY__BROKER_URL"].startswith("redis://") and "@redis:6379" in env[
            "AIRFLOW__CELERY__BROKER_URL"], name
        assert env["AIRFLOW__CORE__EXECUTION_API_SERVER_URL"] == "http://airflow-apiserver:8080/execution/"
        assert env["AIRFLOW__CORE__LOAD_EXAMPLES"] == "false"
        assert env["AIRFLOW__CORE__DAGS_FOLDER"] == "/opt/news-pipeline/dags"


def test_the_lake_is_on_minio_through_s3(services):
    for name in AIRFLOW_SERVICES:
        env = _env(services[name])
        assert env["PIPELINE_LAKE"].endswith("s3://news-lake}"), name
        assert env["AWS_ENDPOINT_URL"].endswith("http://minio:9000}"), name
        assert "AWS_SECRET_ACCESS_KEY" not in env, f"{name}: keys come from the env file"
    assert "mc mb --ignore-existing lake/news-lake" in services["minio-init"]["command"][0]


def test_every_long_running_service_has_a_healthcheck(services):
    for name, service in services.items():
        if name in ONE_SHOT:
            assert service.get("restart") == "no", name
            continue
        check = service.get("healthcheck")
        assert check and check.get("test") and not check.get("disable"), f"{name} has no healthcheck"
        assert service.get("restart") == "always", name


def test_dependencies_wait_for_health_or_completion(services):
    for name in AIRFLOW_SERVICES:
        depends = services[name]["depends_on"]
        assert depends["postgres"]["condition"] == "service_healthy", name
        assert depends["redis"]["condition"] == "service_healthy", name
        assert depends["minio"]["condition"] == "service_healthy", name
        assert depends["airflow-init"]["condition"] == "service_completed_successfully", name
        assert depends["minio-init"]["condition"] == "service_completed_successfully", name
    assert services["airflow-worker"]["depends_on"]["airflow-apiserver"]["condition"] == "service_healthy"
    assert services["minio-init"]["depends_on"]["minio"]["condition"] == "service_healthy"
    for name, service in services.items():
        for dependency, spec in (service.get("depends_on") or {}).items():
            assert dependency in services, f"{name} depends on unknown {dependency}"
            assert spec["condition"] in ("service_healthy", "service_completed_successfully"), (name, dependency)


def test_the_worker_scales(services):
    worker = services["airflow-worker"]
    assert "container_name" not in worker, "a fixed container_name prevents --scale airflow-worker=N"
    assert not worker.get("ports"), "host ports would collide between worker replicas"
    assert _env(worker)["DUMB_INIT_SETSID"] == "0"  # warm shutdown of Celery workers


def test_credentials_come_from_the_env_file_only(services):
    text = COMPOSE.read_text(encoding="utf-8")
    for name in AIRFLOW_SERVICES + ["airflow-init"]:
        assert services[name]["env_file"] == [".env"], name
    # No literal default credentials: every secret is ${VAR:?...} (required) from .env.
    assert not re.search(r"admin:admin|airflow:airflow|minioadmin|PASSWORD:-", text)
    assert _env(services["airflow-init"])["_AIRFLOW_WWW_USER_PASSWORD"].startswith("${_AIRFLOW_WWW_USER_PASSWORD:?")
    for secret in ("POSTGRES_PASSWORD", "REDIS_PASSWORD", "MINIO_ROOT_PASSWORD", "_AIRFLOW_WWW_USER_PASSWORD"):
        for use in re.findall(r"(?<!\$)\$\{" + secret + r"([^}]*)\}", text):
            assert use.startswith(":?"), f"${{{secret}{use}}} must be required, without a default"
    assert _env(services["airflow-init"])["_AIRFLOW_WWW_USER_CREATE"] == "true"
    assert "FabAuthManager" in _env(services["airflow-apiserver"])["AIRFLOW__CORE__AUTH_MANAGER"]


def test_the_env_example_lists_every_variable_and_leaves_the_admin_password_unset(compose):
    text = COMPOSE.read_text(encoding="utf-8")
    example = dict(line.split("=", 1) for line in ENV_EXAMPLE.read_text(encoding="utf-8").splitlines()
                   if line and not line.startswith("#"))
    required = set(re.findall(r"\$\{([A-Z_]+):\?", text))
    assert required <= set(example), f"missing from .env.example: {required - set(example)}"
    assert example["_AIRFLOW_WWW_USER_PASSWORD"] == ""
    assert example["PIPELINE_LAKE"] == "s3://news-lake" and example["AWS_ENDPOINT_URL"] == "http://minio:9000"


def test_only_loopback_host_ports(services):
    for name, service in services.items():
        for port in service.get("ports") or []:
            assert str(port).startswith("127.0.0.1:"), f"{name} publishes {port} beyond loopback"
