"""Settings shared by every environment. Environment-specific files import from here."""

import os
from pathlib import Path

import dj_database_url
from django.conf.locale import LANG_INFO
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent

INSTALLED_APPS = [
    "portal",
    "privacy",
    "directory",
    "plain_language",
    "translation",
    "life_events",
    "content",
    "search",
    "accessibility_checks",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.api.v2",
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
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "translation.middleware.MachineTranslationErrorMiddleware",
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
            ],
        },
    },
]

# SQLite by default, so `make run` needs no server; DATABASE_URL switches to PostgreSQL.
DATABASES = {
    "default": dj_database_url.config(default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}", conn_max_age=60)
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

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
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "xlsx"]

CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Plain language: the lowest score (0-100, see plain_language/readability) a page may be published
# with before the "Plain-language review" workflow task asks a person to approve it.
PLAIN_LANGUAGE_THRESHOLDS = {"ca": 60, "es": 60, "oc": 55, "en": 60}

# Machine translation for wagtail-localize runs on this server with Apertium (Debian packages
# apertium, apertium-spa-cat, apertium-oc-ca, apertium-eng-cat). Set APERTIUM_APY_URL to use
# an Apertium APy server instead of the command line.
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {"CLASS": "translation.machine_translation.ApertiumTranslator"}
# A new translation starts as a draft and goes through the workflow like any page; wagtail-localize
# would otherwise publish it at once when its source is live. (Syncing existing translations and
# publishing them are checked against the publish permission: see translation/moderation.py.)
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
APERTIUM_APY_URL = os.environ.get("APERTIUM_APY_URL", "")
# Pages approved automatically by the plain-language task publish in the workflow's name.
WAGTAIL_FINISH_WORKFLOW_ACTION = "plain_language.workflow_actions.publish_workflow_state"

# The unified search (search/engines/): the embedded engine on this database by default,
# Elasticsearch 8 when ELASTICSEARCH_URL is set (one index per language, named from the prefix).
if os.environ.get("ELASTICSEARCH_URL"):
    SEARCH_ENGINE = {
        "ENGINE": "search.engines.elasticsearch.ElasticsearchEngine",
        "URL": os.environ["ELASTICSEARCH_URL"],
        "INDEX_PREFIX": os.environ.get("ELASTICSEARCH_INDEX_PREFIX", "fets-vitals"),
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
