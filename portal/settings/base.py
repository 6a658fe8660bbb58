"""Settings shared by every environment. Environment-specific files import from here."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE
from django.conf.locale import LANG_INFO
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def seconds_from_env(name, default):
    """A duration in seconds from the environment; anything but a positive number stops start-up."""
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    try:
        seconds = float(value)
    except ValueError:
        seconds = 0
    if not seconds > 0:
        raise ImproperlyConfigured(f"{name} must be a number of seconds greater than 0, not {value!r}.")
    return seconds


INSTALLED_APPS = [
    "portal",
    "privacy",
    "directory",
    "plain_language",
    "translation",
    "accounts",
    "health",
    "plans",
    "life_events",
    "content",
    "search",
    "feedback",
    "accessibility_checks",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.api.v2",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.sitemaps",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "rest_framework",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
    "csp",
]

MIDDLEWARE = [
    # First: load balancers probe by address over plain HTTP, before host checks and redirects.
    "health.middleware.HealthCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "portal.headers.PermissionsPolicyMiddleware",
    "portal.headers.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "portal.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "accounts.middleware.TwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "translation.middleware.MachineTranslationErrorMiddleware",
    # Last, as django-axes asks: it turns a locked-out sign-in into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "portal" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "csp.context_processors.nonce",
            ],
        },
    },
]

# SQLite by default, so `make run` needs no server; DATABASE_URL switches to PostgreSQL.
DATABASES = {
    "default": dj_database_url.config(default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}", conn_max_age=60)
}
if DATABASES["default"].get("ENGINE") == "django.db.backends.sqlite3":
    # Write-ahead logging: readers keep the last committed state while a writer works, instead of
    # waiting for its lock and failing with "database is locked" after 5 s, as searches did
    # while the search index was rebuilt in one transaction.
    DATABASES["default"].setdefault("OPTIONS", {})["init_command"] = "PRAGMA journal_mode=WAL"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# django-axes checks every sign-in (the Wagtail admin's and Django's) before the password does.
AUTHENTICATION_BACKENDS = [
    "accounts.lockout.LockoutBackend",
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages. Catalan is the default and the source language of the content.
# Django ships no locale data for Occitan; Aranese is the Occitan of the Val d'Aran.
LANG_INFO.setdefault("oc", {"bidi": False, "code": "oc", "name": "Occitan", "name_local": "Aranés"})
LANGUAGE_CODE = "ca"
LANGUAGES = [
    ("ca", _("Catalan")),
    ("es", _("Spanish")),
    ("oc", _("Aranese")),
    ("en", _("English")),
]
# The name of each language in that language, as a language switcher shows it.
LANGUAGE_AUTONYMS = {"ca": "Català", "es": "Español", "oc": "Aranés", "en": "English"}
WAGTAIL_CONTENT_LANGUAGES = [(code, LANGUAGE_AUTONYMS[code]) for code, _name in LANGUAGES]
WAGTAIL_I18N_ENABLED = True
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Madrid"
LOCALE_PATHS = [BASE_DIR / "locale"]

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
MEDIA_URL = "/media/"
MEDIA_ROOT = BASE_DIR / "media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

WAGTAIL_SITE_NAME = "Fets vitals"
WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8000"
WAGTAIL_WORKFLOW_ENABLED = True
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILAPI_BASE_URL = WAGTAILADMIN_BASE_URL
WAGTAILAPI_LIMIT_MAX = 100
# No Gravatar: it would tell a third party which editors use the admin (by a hash of their e-mail
# address), and the admin's security policy loads nothing from other sites.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "xlsx"]


# Security headers (portal/headers.py; the README's "Security headers" says why each source is
# there). The public site runs scripts from this site only, and inline ones only by the request's
# nonce (`<script nonce="{{ CSP_NONCE }}">`), never 'unsafe-inline'. Wagtail's userbar, shown to
# editors on public pages, loads its files from the request's own host: 'self'.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
        "base-uri": [SELF],
        "object-src": [NONE],
    },
}
# The admin's templates and widgets write inline scripts, inline styles and style attributes, and
# its rich text editor pastes data: images: it gets 'unsafe-inline', and nothing from elsewhere.
ADMIN_CONTENT_SECURITY_POLICY = {
    "URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:"],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
        "base-uri": [SELF],
        "object-src": [NONE],
    },
}
# Browser features no page of the portal uses are turned off, for every page and any frame in it.
# "PATHS" gives a path prefix (with its language, e.g. "/ca/videotrucada/") what it needs on top,
# e.g. {"camera": ["self"], "microphone": ["self"]} for a same-origin video call page.
PERMISSIONS_POLICY = {
    "DEFAULT": {
        feature: []
        for feature in (
            "accelerometer",
            "autoplay",
            "browsing-topics",
            "camera",
            "display-capture",
            "encrypted-media",
            "geolocation",
            "gyroscope",
            "hid",
            "idle-detection",
            "magnetometer",
            "microphone",
            "midi",
            "payment",
            "screen-wake-lock",
            "serial",
            "usb",
            "xr-spatial-tracking",
        )
    },
    "PATHS": {},
}

CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Plain language: the lowest score (0-100, see plain_language/readability) a page may be published
# with before the "Plain-language review" workflow task asks a person to approve it.
PLAIN_LANGUAGE_THRESHOLDS = {"ca": 60, "es": 60, "oc": 55, "en": 60}

# Machine translation for wagtail-localize runs on this server with Apertium (Debian packages
# apertium, apertium-spa-cat, apertium-oc-ca, apertium-eng-cat). Its OPTIONS, as wagtail-localize's
# own translators take theirs: APY_URL, an Apertium APy server to use instead of the command line;
# TIMEOUT, the longest a machine translation may take, whole page and every Apertium step
# included, below gunicorn's worker timeout (30 s, deploy/) so the editor gets a message, not a 500.
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
    "CLASS": "translation.machine_translation.ApertiumTranslator",
    "OPTIONS": {
        "APY_URL": os.environ.get("APERTIUM_APY_URL", ""),
        "TIMEOUT": seconds_from_env("APERTIUM_TIMEOUT", 20.0),
    },
}
# A new translation starts as a draft and goes through the workflow like any page; wagtail-localize
# would otherwise publish it at once when its source is live. (Syncing existing translations and
# publishing them are checked against the publish permission: see translation/moderation.py.)
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# Pages approved automatically by the plain-language task publish in the workflow's name.
WAGTAIL_FINISH_WORKFLOW_ACTION = "plain_language.workflow_actions.publish_workflow_state"

# The unified search (search/engines/): the embedded engine on this database by default,
# Elasticsearch 8 when ELASTICSEARCH_URL is set (one index per language, named from the prefix).
if os.environ.get("ELASTICSEARCH_URL"):
    SEARCH_ENGINE = {
        "ENGINE": "search.engines.elasticsearch.ElasticsearchEngine",
        "URL": os.environ["ELASTICSEARCH_URL"],
        "INDEX_PREFIX": os.environ.get("ELASTICSEARCH_INDEX_PREFIX", "fets-vitals"),
        # A citizen waits for these: short, and a circuit breaker fails fast while the server
        # keeps failing (BREAKER_THRESHOLD failures in a row, then BREAKER_COOL_OFF seconds).
        "CONNECT_TIMEOUT": seconds_from_env("ELASTICSEARCH_CONNECT_TIMEOUT", 2.0),
        "READ_TIMEOUT": seconds_from_env("ELASTICSEARCH_READ_TIMEOUT", 3.0),
    }
else:
    SEARCH_ENGINE = {"ENGINE": "search.engines.database.DatabaseEngine"}

# Logging as Django's defaults, but personal data never reaches a log: the request loggers and
# every handler scrub messages and query strings (privacy/log_filters.py). The filter comes
# first, so that a handler that drops a record has still scrubbed it for those that follow.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "scrub_personal_data": {"()": "privacy.log_filters.ScrubPersonalData"},
        "without_traceback": {"()": "portal.logging.WithoutTraceback"},
        "require_debug_false": {"()": "django.utils.log.RequireDebugFalse"},
        "require_debug_true": {"()": "django.utils.log.RequireDebugTrue"},
    },
    "formatters": {
        "django.server": {
            "()": "django.utils.log.ServerFormatter",
            "format": "[{server_time}] {message}",
            "style": "{",
        }
    },
    "handlers": {
        "console": {
            "level": "INFO",
            "filters": ["scrub_personal_data", "require_debug_true"],
            "class": "logging.StreamHandler",
        },
        "django.server": {
            "level": "INFO",
            "filters": ["scrub_personal_data"],
            "class": "logging.StreamHandler",
            "formatter": "django.server",
        },
        "mail_admins": {
            "level": "ERROR",
            "filters": ["scrub_personal_data", "require_debug_false"],
            "class": "django.utils.log.AdminEmailHandler",
        },
    },
    "loggers": {
        "django": {"handlers": ["console", "mail_admins"], "level": "INFO"},
        # Bad Host headers are logged as one line, without the traceback Django attaches.
        "django.security.DisallowedHost": {"filters": ["without_traceback"]},
        # Scrubbed where they are made, so every handler up to the root gets them scrubbed.
        "django.request": {"filters": ["scrub_personal_data"]},
        "django.server": {
            "handlers": ["django.server"],
            "level": "INFO",
            "propagate": False,
            "filters": ["scrub_personal_data"],
        },
    },
}

# Search analytics (and later the other counts of what people do) older than this many months
# are added up into monthly totals and deleted by `manage.py privacy_enforce_retention`.
ANALYTICS_RETENTION_MONTHS = 13

# Signing in (accounts/). django-axes counts failed sign-ins per account and per client and
# refuses both for a while once either passes its limit, even with the right password. A shared
# office address gets more room than one account. Attempts (with the client's address) are
# deleted when their cool-off ends and on a successful sign-in; no log of sign-ins is kept.
AXES_HANDLER = "accounts.lockout.AccountAndClientHandler"
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_FAILURE_LIMIT = 5  # per account
AXES_CLIENT_FAILURE_LIMIT = 20  # per client address, across accounts
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False  # the time the page promises holds
AXES_RESET_ON_SUCCESS = True
AXES_DISABLE_ACCESS_LOG = True
AXES_ENABLE_ACCESS_FAILURE_LOG = False
AXES_LOCKOUT_CALLABLE = "accounts.lockout.locked_out"
AXES_VERBOSE = False  # its log lines name the account and the address
# The client is the connecting address, or, behind TRUSTED_PROXY_COUNT reverse proxies, the one
# the outermost proxy wrote into X-Forwarded-For (anyone can send that header: it is read only then).
AXES_CLIENT_IP_CALLABLE = "accounts.lockout.client_address"
TRUSTED_PROXY_COUNT = 0
# Shown on the lockout page as who to ask for help (optional).
ADMIN_SUPPORT_EMAIL = os.environ.get("ADMIN_SUPPORT_EMAIL", "")

# Two-step verification for the admin (django-otp): anyone may turn it on, and superusers must
# before they use the admin when this is true (production turns it on).
ADMIN_REQUIRE_2FA_FOR_SUPERUSERS = False
OTP_TOTP_ISSUER = WAGTAIL_SITE_NAME

# Listening to citizens (feedback/): page feedback a client may send in a window of seconds.
FEEDBACK_RATE_LIMIT = (20, 3600)
# The cache that counts page views until `manage.py flush_page_views` stores them: shared by every
# app server and the command (Redis) for the counts to reach the database.
FEEDBACK_COUNTER_CACHE = "default"
