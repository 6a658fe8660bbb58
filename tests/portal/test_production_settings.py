"""Production refuses to start without its secrets and passes Django's deployment checks."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "SECRET_KEY": "a-long-random-production-secret-" + "x" * 40,
    "ALLOWED_HOSTS": "fetsvitals.example.cat",
    "DATABASE_URL": "sqlite:///" + str(ROOT / "db.sqlite3"),
}


def manage(*args, **env):
    base = {key: value for key, value in os.environ.items() if key not in PRODUCTION_ENV}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**base, "DJANGO_SETTINGS_MODULE": "portal.settings.production", **env},
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = manage("check", **{**PRODUCTION_ENV, "SECRET_KEY": ""})
    assert result.returncode != 0
    assert "SECRET_KEY is required" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts_or_database():
    for name in ("ALLOWED_HOSTS", "DATABASE_URL"):
        result = manage("check", **{**PRODUCTION_ENV, name: ""})
        assert result.returncode != 0
        assert f"{name} is required" in result.stderr


def test_production_passes_the_deployment_checks():
    result = manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr


def test_production_uses_redis_when_redis_url_is_set():
    code = "from django.conf import settings; print(settings.CACHES['default']['BACKEND'])"
    result = manage(
        "shell", "--no-imports", "-c", code, **PRODUCTION_ENV, REDIS_URL="redis://127.0.0.1:6379/1"
    )
    assert result.stdout.strip() == "django_redis.cache.RedisCache", result.stderr
