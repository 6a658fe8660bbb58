"""Due dates counted the way Spanish administrative law counts them (Llei 39/2015, art. 30).

- Counting starts the day after the event (art. 30.3 and 30.4).
- Working days leave out Saturdays, Sundays and holidays: Spain's and Catalonia's, from the
  maintained `holidays` package, and the municipality's own when it is known (art. 30.2, 30.7).
- A period in months ends on the same day number as the event, in the month it ends in, or on
  that month's last day when the month has no such day (art. 30.4).
- A period whose last day is not a working day ends on the next working day (art. 30.5).

Everything here is a pure function of dates and a `Calendar`: the plans, the API and
`manage.py due_date` use the same ones.
"""

import calendar as month_calendar
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

import holidays

DAYS = "days"
WORKING_DAYS = "working_days"
MONTHS = "months"
UNITS = (DAYS, WORKING_DAYS, MONTHS)
# Longer than any administrative period: it bounds the work a hostile number can ask for.
MAX_AMOUNT = {DAYS: 3660, WORKING_DAYS: 2600, MONTHS: 120}
SATURDAY = 5


@lru_cache(maxsize=64)
def regional_holidays(year):
    """Spain's national holidays and Catalonia's in `year`, as a frozen set of dates."""
    return frozenset(holidays.country_holidays("ES", subdiv="CT", years=year))


@dataclass(frozen=True)
class Calendar:
    """The working days of one place: national and Catalan holidays, and the local ones given."""

    local_holidays: frozenset = field(default_factory=frozenset)

    def is_working_day(self, day):
        return (
            day.weekday() < SATURDAY
            and day not in regional_holidays(day.year)
            and day not in self.local_holidays
        )

    def next_working_day(self, day):
        """`day` itself when it is a working day, or the first working day after it."""
        while not self.is_working_day(day):
            day += timedelta(days=1)
        return day

    def previous_working_day(self, day):
        while not self.is_working_day(day):
            day -= timedelta(days=1)
        return day


# No municipality known: Spain's and Catalonia's holidays only.
CATALONIA = Calendar()


def check_period(amount, unit):
    if unit not in UNITS:
        raise ValueError(f"Unknown unit {unit!r}: use one of {', '.join(UNITS)}.")
    if not isinstance(amount, int) or isinstance(amount, bool) or not 0 <= amount <= MAX_AMOUNT[unit]:
        raise ValueError(f"The number of {unit} must be a whole number from 0 to {MAX_AMOUNT[unit]}.")


def add_months(day, months):
    """The same day number `months` later, or that month's last day when it has no such day."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, month_calendar.monthrange(year, month)[1]))


def due_date(start, amount, unit, calendar=CATALONIA):
    """The last day of a period of `amount` `unit` that starts counting the day after `start`."""
    check_period(amount, unit)
    if unit == WORKING_DAYS:
        day = start
        for _counted in range(amount):
            day = calendar.next_working_day(day + timedelta(days=1))
        return calendar.next_working_day(day) if amount == 0 else day
    end = start + timedelta(days=amount) if unit == DAYS else add_months(start, amount)
    return calendar.next_working_day(end)


def date_before(event, amount, unit, calendar=CATALONIA):
    """The last day to act `amount` `unit` before `event`: counted back, and moved back to a
    working day, so that someone who acts on it is never late."""
    check_period(amount, unit)
    if unit == WORKING_DAYS:
        day = event
        for _counted in range(amount):
            day = calendar.previous_working_day(day - timedelta(days=1))
        return calendar.previous_working_day(day)
    end = event - timedelta(days=amount) if unit == DAYS else add_months(event, -amount)
    return calendar.previous_working_day(end)
