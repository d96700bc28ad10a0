"""deploy/: the proxies' configurations pass their own tools (caddy validate, nginx -t) and Caddy serves a real
hub with them; the systemd unit passes systemd-analyze verify; the Dockerfile passes hadolint and has what a
hub's image needs, and its healthcheck tells a healthy hub from an unhealthy one. The image is not built here
(no Docker daemon on these machines)."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests
import yaml
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from hub_server import RunningHub, free_port
from hub_server import hub_in_process as hub  # noqa: F401  (a fixture)

DEPLOY = Path(__file__).resolve().parent.parent / "deploy"
BIN = Path(sys.executable).parent


def tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(BIN)) or shutil.which(name, path="/usr/sbin")
    if found is None:
        pytest.skip(f"{name} is not installed (.ci/run installs it: apt-get install caddy nginx)")
    return found


def run(*args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run(args, capture_output=True, text=True, timeout=120, **kw)


def caddy_env(tmp_path: Path, **more: str) -> dict[str, str]:
    home = tmp_path / "caddy-home"
    home.mkdir(exist_ok=True)
    return {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / "data"),
            "XDG_CONFIG_HOME": str(home / "config"), **more}


# -- Caddy -------------------------------------------------------------------------------------------------

def test_the_caddyfile_is_valid_and_a_broken_one_is_not(tmp_path):
    caddy = tool("caddy")
    env = caddy_env(tmp_path, LABNET_HUB_DOMAIN="hub.example.org")
    ok = run(caddy, "validate", "--config", str(DEPLOY / "Caddyfile"), "--adapter", "caddyfile", env=env)
    assert ok.returncode == 0 and "Valid configuration" in ok.stdout + ok.stderr, ok.stderr
    broken = tmp_path / "Caddyfile"
    broken.write_text((DEPLOY / "Caddyfile").read_text().replace("reverse_proxy", "reverse_proxi"))
    assert run(caddy, "validate", "--config", str(broken), "--adapter", "caddyfile", env=env).returncode != 0


@pytest.mark.slow
def test_caddy_with_the_caddyfile_serves_the_hub_and_keeps_metrics_in(tmp_path):
    """The Caddyfile as shipped, on plain HTTP (a site address ':PORT' has no TLS), before a real hub."""
    caddy = tool("caddy")
    hub = RunningHub(tmp_path / "hub")
    port = free_port()
    env = caddy_env(tmp_path, LABNET_HUB_DOMAIN=f":{port}", LABNET_HUB_UPSTREAM=f"127.0.0.1:{hub.port}")
    proxy = subprocess.Popen([caddy, "run", "--config", str(DEPLOY / "Caddyfile"), "--adapter", "caddyfile"],
                             env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:
            try:
                health = requests.get(f"{url}/health", timeout=5)
                break
            except requests.ConnectionError:
                assert proxy.poll() is None and time.monotonic() < deadline, "caddy did not start"
                time.sleep(0.1)
        assert health.status_code == 200 and health.json()["hub_key_id"] == hub.hub.key_id
        assert requests.get(f"{url}/metrics", timeout=5).status_code == 404
        assert requests.get(f"http://127.0.0.1:{hub.port}/metrics", timeout=5).status_code == 200
        assert requests.get(f"{url}/v1/hub", timeout=5).json()["name"] == "East Africa hub"
    finally:
        proxy.terminate()
        proxy.wait(timeout=20)
        hub.stop()


# -- nginx -------------------------------------------------------------------------------------------------

def self_signed(folder: Path) -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "hub.example.org")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now)
            .not_valid_after(now + dt.timedelta(days=30)).sign(key, hashes.SHA256()))
    folder.mkdir(parents=True)
    (folder / "fullchain.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (folder / "privkey.pem").write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                                           serialization.PrivateFormat.PKCS8,
                                                           serialization.NoEncryption()))


def nginx_test(tmp_path: Path, site: str) -> subprocess.CompletedProcess:
    """``nginx -t`` of the site inside a minimal main configuration, everything under ``tmp_path``."""
    nginx = tool("nginx")
    prefix = tmp_path / "nginx"
    (prefix / "logs").mkdir(parents=True, exist_ok=True)
    if not (tmp_path / "tls").exists():
        self_signed(tmp_path / "tls")
    (prefix / "site.conf").write_text(site.replace("/etc/labnet-hub/tls/", f"{tmp_path / 'tls'}/"))
    (prefix / "nginx.conf").write_text(f"pid {prefix}/nginx.pid;\nerror_log {prefix}/logs/error.log;\n"
                                       f"events {{}}\nhttp {{\n    access_log off;\n    include {prefix}/site.conf;\n}}\n")
    return run(nginx, "-t", "-p", f"{prefix}/", "-c", f"{prefix}/nginx.conf")


def test_the_nginx_site_passes_nginx_t_and_a_broken_one_does_not(tmp_path):
    site = (DEPLOY / "nginx-labnet-hub.conf").read_text()
    ok = nginx_test(tmp_path, site)
    assert ok.returncode == 0 and "test is successful" in ok.stderr, ok.stderr
    broken = nginx_test(tmp_path, site.replace("proxy_pass http://labnet_hub;", "proxy_pass http://labnet_hub"))
    assert broken.returncode != 0
    # What the configuration is for: TLS, bodies as large as a bundle part, /metrics kept in.
    assert "client_max_body_size 40m;" in site and re.search(r"location = /metrics \{\s*return 404;", site)


# -- systemd -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["labnet-hub.service", "labnet-hub-worker.service"])
def test_the_systemd_unit_passes_systemd_analyze_verify(tmp_path, name):
    analyze = tool("systemd-analyze")
    unit = (DEPLOY / name).read_text()
    installed = shutil.which("labnet-hub", path=str(BIN))
    assert installed, "labnet-hub is not installed in this environment"
    # verify checks that the command exists: point it at this environment's labnet-hub.
    copy = tmp_path / name
    copy.write_text(unit.replace("/opt/labnet-hub/bin/labnet-hub", installed))
    result = run(analyze, "verify", str(copy))
    findings = [line for line in (result.stdout + result.stderr).splitlines() if name in line]
    assert result.returncode == 0 and findings == [], result.stderr
    settings = dict(line.split("=", 1) for line in unit.splitlines() if "=" in line and not line.startswith("#"))
    assert settings["User"] == "labnet-hub" and settings["UMask"] == "0077" and settings["NoNewPrivileges"] == "yes"
    assert settings["ProtectSystem"] == "strict" and settings["StateDirectoryMode"] == "0700"
    # The passphrase as a credential (only this service reads it), never in the environment.
    assert settings["LoadCredential"] == "hub-passphrase:/etc/labnet-hub/passphrase"
    assert "--passphrase-file %d/hub-passphrase" in settings["ExecStart"]
    assert "LABNET_HUB_PASSPHRASE" not in unit
    assert (" worker " if "worker" in name else " serve ") in settings["ExecStart"]


def test_the_workers_drop_in_passes_systemd_analyze_verify_with_the_unit(tmp_path):
    """deploy/labnet-hub-workers.conf over labnet-hub.service: several HTTP workers, ingest left to the worker."""
    analyze = tool("systemd-analyze")
    installed = shutil.which("labnet-hub", path=str(BIN))
    for name in ("labnet-hub.service", "labnet-hub-workers.conf"):
        text = (DEPLOY / name).read_text().replace("/opt/labnet-hub/bin/labnet-hub", installed)
        target = tmp_path / name if name.endswith(".service") else tmp_path / "labnet-hub.service.d" / "workers.conf"
        target.parent.mkdir(exist_ok=True)
        target.write_text(text)
    result = run(analyze, "verify", str(tmp_path / "labnet-hub.service"))
    assert result.returncode == 0, result.stderr
    drop_in = (DEPLOY / "labnet-hub-workers.conf").read_text()
    assert "\nExecStart=\n" in drop_in   # the unit's command cleared before the new one
    assert "--workers 4 --no-ingest --passphrase-file %d/hub-passphrase" in drop_in


# -- the container -----------------------------------------------------------------------------------------

def instructions(dockerfile: str) -> list[tuple[str, str]]:
    joined = re.sub(r"\\\n", " ", dockerfile)
    return [(line.split(None, 1)[0].upper(), line.split(None, 1)[1] if " " in line.strip() else "")
            for line in joined.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def test_the_dockerfile_passes_hadolint_and_makes_a_hub_image_without_qt():
    hadolint = tool("hadolint")
    text = (DEPLOY / "Dockerfile").read_text()
    result = run(hadolint, str(DEPLOY / "Dockerfile"))
    assert result.returncode == 0, result.stdout + result.stderr
    steps = instructions(text)
    froms = [arg for op, arg in steps if op == "FROM"]
    assert froms and all(re.match(r"python:3\.1[1-9]-slim", image) for image in froms)
    [user] = [arg for op, arg in steps if op == "USER"]
    assert user.split(":")[0] not in ("0", "root")
    installs = " ".join(arg for op, arg in steps if op == "RUN")
    assert '".[hub]"' in installs and "PySide6" in installs   # built with the hub extra; fails if Qt came in
    assert "desktop" not in installs and "[test]" not in installs
    [healthcheck] = [arg for op, arg in steps if op == "HEALTHCHECK"]
    assert "/health" in healthcheck
    assert (DEPLOY / "Dockerfile.dockerignore").read_text().count(".venv") == 1


@pytest.mark.slow
def test_the_images_healthcheck_tells_a_healthy_hub_from_an_unhealthy_one(tmp_path):
    """The HEALTHCHECK's own command, run against a real hub: exit 0 when /health says ok, not when 503."""
    steps = instructions((DEPLOY / "Dockerfile").read_text())
    [healthcheck] = [arg for op, arg in steps if op == "HEALTHCHECK"]
    command = json.loads(healthcheck.split("CMD", 1)[1])
    assert command[0] == "python"
    for settings, expected in (({}, 0), ({"min_free_disk_mb": 10**12}, 1)):
        hub = RunningHub(tmp_path / f"hub{expected}", **settings)
        try:
            check = [sys.executable, *(part.replace(":8765/", f":{hub.port}/") for part in command[1:])]
            assert run(*check).returncode == expected
        finally:
            hub.stop()


def test_the_compose_file_runs_the_hub_behind_caddy_on_postgresql():
    text = (DEPLOY / "compose.yaml").read_text()
    compose = yaml.safe_load(text)
    assert set(compose["services"]) == {"hub", "worker", "postgres", "caddy"}
    # Two HTTP workers leave ingest and linking to the worker service, which shares the hub's volume and secret.
    worker = compose["services"]["worker"]
    assert "--no-ingest" in compose["services"]["hub"]["command"] and worker["command"][:2] == ["labnet-hub", "worker"]
    assert worker["volumes"] == compose["services"]["hub"]["volumes"] and worker["secrets"] == ["hub_passphrase", "hub_pgpass"]
    assert "ports" not in worker and "/run/secrets/hub_passphrase" in worker["command"]
    hub, caddy = compose["services"]["hub"], compose["services"]["caddy"]
    assert hub["build"] == {"context": "..", "dockerfile": "deploy/Dockerfile"}
    assert "ports" not in hub and hub["secrets"] == ["hub_passphrase", "hub_pgpass"]   # only Caddy reaches the hub
    assert caddy["depends_on"]["hub"]["condition"] == "service_healthy"
    assert "./Caddyfile:/etc/caddy/Caddyfile:ro" in caddy["volumes"]
    assert caddy["environment"]["LABNET_HUB_UPSTREAM"] == "hub:8765"
    assert hub["environment"]["LABNET_HUB_DATABASE"] == worker["environment"]["LABNET_HUB_DATABASE"]
    # The passphrase file the compose names is where the Dockerfile's CMD reads it.
    assert "/run/secrets/hub_passphrase" in (DEPLOY / "Dockerfile").read_text()


# -- monitoring --------------------------------------------------------------------------------------------

def exposed_names(hub) -> set[str]:
    """The sample names a hub's /metrics can carry, from its TYPE lines (a labelled counter shows none until
    counted)."""
    from labnet.hub.ingest import Ingestor, IngestWorker
    from labnet.hub.linking import NetworkLinker
    from labnet.hub.metrics import HubMetrics

    linker = NetworkLinker(hub)
    text = HubMetrics(IngestWorker(Ingestor(hub), linker), linker).exposition().decode()
    suffixes = {"counter": ("_total",), "histogram": ("_bucket", "_count", "_sum"), "gauge": ("",)}
    return {name.removesuffix("_total") + suffix for name, kind in re.findall(r"^# TYPE (\S+) (\S+)$", text, re.M)
            for suffix in suffixes[kind]}


def test_the_alert_rules_name_only_metrics_the_hub_exposes(hub):
    rules = yaml.safe_load((DEPLOY / "prometheus-alerts.yml").read_text())
    expressions = [rule["expr"] for group in rules["groups"] for rule in group["rules"]]
    named = {name for expr in expressions for name in re.findall(r"\blabnet_hub_\w+", expr)}
    exposed = exposed_names(hub)
    assert len(named) == 4 and named <= exposed, named - exposed
    assert {"labnet_hub_uploads_completed_total", "labnet_hub_ingest_queue_depth"} <= exposed
