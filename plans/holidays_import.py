"""Local holidays from a CSV file: `municipality,date,name`, one holiday a line, after a header.

Every line is checked before anything is saved; a file with a bad line saves nothing and the
errors name the lines, so a person can fix the file and import it again.
"""

import csv
from datetime import date

from django.db import transaction
from django.utils.translation import gettext as _

from .models import LocalHoliday

COLUMNS = ["municipality", "date", "name"]
MAX_LINES = 10_000
MAX_NAME = 255


class HolidayFileError(Exception):
    def __init__(self, errors):
        super().__init__("\n".join(errors))
        self.errors = errors


def parse_line(number, row):
    errors = []
    if len(row) != len(COLUMNS):
        message = _("line %(line)s: expected 3 columns, found %(count)s")
        return None, [message % {"line": number, "count": len(row)}]
    municipality, day, name = (value.strip() for value in row)
    if not (len(municipality) == 5 and municipality.isascii() and municipality.isdigit()):
        errors.append(_("line %(line)s: the INE code must have five digits") % {"line": number})
    try:
        day = date.fromisoformat(day) if len(day) == 10 else None
    except ValueError:
        day = None
    if day is None:
        errors.append(_("line %(line)s: the date must be YYYY-MM-DD") % {"line": number})
    if not name or len(name) > MAX_NAME or not name.isprintable():
        errors.append(
            _("line %(line)s: the name must be printable text of 1 to %(max)s characters")
            % {"line": number, "max": MAX_NAME}
        )
    return (municipality, day, name), errors


def read_holidays(handle):
    """The holidays of an open CSV file, or HolidayFileError listing every bad line."""
    rows = csv.reader(handle)
    header = next(rows, None)
    if [column.strip().lower() for column in header or []] != COLUMNS:
        raise HolidayFileError([_("line 1: the header must be: municipality,date,name")])
    holidays, errors, seen = [], [], set()
    for number, row in enumerate(rows, start=2):
        if number > MAX_LINES:
            raise HolidayFileError([_("the file has more than %(max)s lines") % {"max": MAX_LINES}])
        if not any(value.strip() for value in row):
            continue
        holiday, line_errors = parse_line(number, row)
        if not line_errors and holiday[:2] in seen:
            message = _("line %(line)s: this municipality already has a holiday on this date")
            line_errors = [message % {"line": number}]
        errors.extend(line_errors)
        if not line_errors:
            seen.add(holiday[:2])
            holidays.append(holiday)
    if errors:
        raise HolidayFileError(errors)
    return holidays


@transaction.atomic
def save_holidays(holidays):
    """Create or rename each holiday; returns how many were new."""
    created = 0
    for municipality, day, name in holidays:
        _holiday, was_created = LocalHoliday.objects.update_or_create(
            municipality=municipality, date=day, defaults={"name": name}
        )
        created += was_created
    return created
