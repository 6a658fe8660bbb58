"""A logging filter that takes personal data out of log records before any handler writes them.

Request logs carry what people typed: "GET /ca/search/?q=12345678Z" in the access log, "Not
Found: /ca/search/" with the query in an error report, a search in a warning. The filter
formats the record's message, decodes every query string in it ("?q=joan%40example.cat")
and scrubs its values, scrubs the rest of the message and any traceback, and leaves the record
with the scrubbed text (and no arguments) for every handler after it.

Use it by its dotted path, `privacy.log_filters.ScrubPersonalData`, in a `LOGGING` dict
(portal/settings) or in gunicorn's `logconfig_dict`:

    "filters": {"scrub_personal_data": {"()": "privacy.log_filters.ScrubPersonalData"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "filters": ["scrub_personal_data"]}},

On a logger, it scrubs what that logger logs; on a handler, everything the handler writes.
Like the scrubber, it needs no Django.
"""

import logging
import re
from urllib.parse import parse_qsl, quote, unquote_plus

from .scrubber import scrub

# Tracebacks are long: they are bounded too, but further than a text a person typed.
MAX_LENGTH = 100_000
QUERY_STRING = re.compile(r"\?([^\s\"'<>#]+)")


def scrub_query_string(query):
    """`a=1&q=...` with every name and value decoded, scrubbed and encoded again."""
    if "=" not in query:
        return _encoded(unquote_plus(query))
    pairs = parse_qsl(query, keep_blank_values=True)
    return "&".join(f"{_encoded(name)}={_encoded(value)}" for name, value in pairs)


def _encoded(text):
    # Labels and the usual punctuation stay readable; "&", "=", "+" and spaces stay encoded.
    return quote(scrub(text, MAX_LENGTH), safe="[]/:,.-_~!$'()*@")


def scrub_log_text(text):
    text = QUERY_STRING.sub(lambda match: "?" + scrub_query_string(match.group(1)), text)
    return scrub(text, MAX_LENGTH)


class ScrubPersonalData(logging.Filter):
    def filter(self, record):
        try:
            message = record.getMessage()
        except (TypeError, ValueError, KeyError):
            # Arguments that do not fit the message: keep both, scrubbed, rather than neither.
            message = f"{record.msg} {record.args!r}"
        record.msg, record.args = scrub_log_text(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = scrub_log_text(record.exc_text)
        if record.stack_info:
            record.stack_info = scrub_log_text(record.stack_info)
        return True
