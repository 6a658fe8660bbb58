from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-insecure-key"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# The suite runs on the embedded engine; ELASTICSEARCH_URL only adds Elasticsearch to the
# engine contract suite (tests/search/test_engine_contract.py), which builds that engine itself.
SEARCH_ENGINE = {"ENGINE": "search.engines.database.DatabaseEngine"}
