from .base import *  # noqa: F403

DEBUG = True
# A development-only key: production.py refuses to start without its own SECRET_KEY.
SECRET_KEY = "dev-only-insecure-key-do-not-use-in-production"  # noqa: S105
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
