"""Every language of the site has what search needs to analyse it, in both engines."""

from django.core import checks

from portal.languages import missing_from

from .analysis import STEMMERS
from .engines.elasticsearch import LANGUAGE_FILTERS
from .stopwords import STOPWORDS


@checks.register(checks.Tags.translation)
def check_search_languages(app_configs=None, **kwargs):
    return [
        *missing_from(
            STEMMERS, "search stemmer", "search.E001", hint="Add it to STEMMERS in search/analysis.py."
        ),
        *missing_from(
            STOPWORDS,
            "search stop words",
            "search.E002",
            hint="Add its list to STOPWORDS in search/stopwords.py.",
        ),
        *missing_from(
            LANGUAGE_FILTERS,
            "Elasticsearch analyzer",
            "search.E003",
            hint="Add its filters to LANGUAGE_FILTERS in search/engines/elasticsearch.py.",
        ),
    ]
