"""Logging filters the settings attach to Django's loggers.

Django logs a rejected Host header with the whole traceback of the exception it raised. Anyone
can send any Host header, so a scanner turns that into pages of log per minute that hide what
matters; the one line that names the header is all an operator needs.
"""

import logging


class WithoutTraceback(logging.Filter):
    """Keep the record's message and drop the traceback attached to it."""

    def filter(self, record):
        record.exc_info = None
        record.exc_text = None
        record.stack_info = None
        return True
