import os

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-insecure-key"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# The suite runs on the embedded engine; ELASTICSEARCH_URL only adds Elasticsearch to the
# engine contract suite (tests/search/test_engine_contract.py), which builds that engine itself.
SEARCH_ENGINE = {"ENGINE": "search.engines.database.DatabaseEngine"}

# `make test-fast` keeps the SQLite test database in a file between runs (pytest --reuse-db):
# creating it runs every migration, which is most of a small run's time.
if os.environ.get("TEST_DB_FILE") and DATABASES["default"]["ENGINE"].endswith("sqlite3"):  # noqa: F405
    DATABASES["default"]["TEST"] = {"NAME": os.environ["TEST_DB_FILE"]}  # noqa: F405
