"""The search engine the settings choose: `get_engine()`.

`SEARCH_ENGINE` names the class and its options; base settings pick the embedded engine,
or Elasticsearch when `ELASTICSEARCH_URL` is set. One instance per process.
"""

from functools import lru_cache

from django.conf import settings
from django.utils.module_loading import import_string

DEFAULT = {"ENGINE": "search.engines.database.DatabaseEngine"}


def engine_from(config):
    config = dict(config)
    engine_class = import_string(config.pop("ENGINE"))
    return engine_class(**{key.lower(): value for key, value in config.items()})


@lru_cache(maxsize=1)
def get_engine():
    return engine_from(getattr(settings, "SEARCH_ENGINE", DEFAULT))
