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
    "EMAIL_HOST": "smtp.example.cat",
    "DEFAULT_FROM_EMAIL": "no-reply@fetsvitals.example.cat",
}
MAIL = ("EMAIL_HOST", "EMAIL_PORT", "EMAIL_HOST_USER", "EMAIL_HOST_PASSWORD", "EMAIL_USE_TLS", "SERVER_EMAIL")


def manage(*args, **env):
    base = {key: value for key, value in os.environ.items() if key not in PRODUCTION_ENV and key not in MAIL}
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


def test_production_deployment_checks_name_the_missing_mail_server():
    result = manage("check", "--deploy", **{**PRODUCTION_ENV, "EMAIL_HOST": ""})
    assert result.returncode != 0
    assert "accounts.E002" in result.stderr and "EMAIL_HOST" in result.stderr


def test_production_reads_mail_settings_from_the_environment():
    code = (
        "from django.conf import settings as s; "
        "print(s.EMAIL_HOST, s.EMAIL_PORT, s.EMAIL_HOST_USER, s.EMAIL_USE_TLS, s.SERVER_EMAIL)"
    )
    env = {**PRODUCTION_ENV, "EMAIL_PORT": "2525", "EMAIL_HOST_USER": "portal", "EMAIL_USE_TLS": "false"}
    result = manage("shell", "--no-imports", "-c", code, **env)
    assert result.stdout.split() == [
        "smtp.example.cat",
        "2525",
        "portal",
        "False",
        "no-reply@fetsvitals.example.cat",
    ], result.stderr


def test_production_requires_two_step_verification_of_superusers_unless_told_otherwise():
    code = "from django.conf import settings; print(settings.ADMIN_REQUIRE_2FA_FOR_SUPERUSERS)"
    assert manage("shell", "--no-imports", "-c", code, **PRODUCTION_ENV).stdout.strip() == "True"
    off = {**PRODUCTION_ENV, "ADMIN_REQUIRE_2FA_FOR_SUPERUSERS": "false"}
    assert manage("shell", "--no-imports", "-c", code, **off).stdout.strip() == "False"
