"""Due dates as Llei 39/2015, art. 30 counts them."""

from datetime import date

import pytest

from plans.deadlines import DAYS, MONTHS, WORKING_DAYS, Calendar, add_months, date_before, due_date

BARCELONA = Calendar(frozenset({date(2026, 5, 25), date(2026, 9, 24)}))


def test_working_days_start_the_day_after_and_skip_weekends():
    # Monday 2 March 2026 + 5 working days: Tuesday to Friday, then Monday 9.
    assert due_date(date(2026, 3, 2), 5, WORKING_DAYS) == date(2026, 3, 9)


def test_working_days_skip_national_and_catalan_holidays():
    # 25 and 26 December, 1 and 6 January are holidays in Catalonia.
    assert due_date(date(2026, 12, 22), 10, WORKING_DAYS) == date(2027, 1, 8)


def test_working_days_skip_easter_monday_which_is_a_holiday_in_catalonia():
    # Thursday 2 April 2026: Good Friday 3, weekend, Easter Monday 6 -> Tuesday 7.
    assert due_date(date(2026, 4, 2), 1, WORKING_DAYS) == date(2026, 4, 7)


def test_calendar_days_ending_on_a_sunday_move_to_monday():
    assert due_date(date(2026, 6, 4), 10, DAYS) == date(2026, 6, 15)


def test_calendar_days_ending_on_a_holiday_move_to_the_next_working_day():
    # Friday 11 September is Catalonia's national day.
    assert due_date(date(2026, 9, 1), 10, DAYS) == date(2026, 9, 14)


def test_local_holiday_moves_the_end_only_in_that_municipality():
    assert due_date(date(2026, 9, 14), 10, DAYS) == date(2026, 9, 24)
    assert due_date(date(2026, 9, 14), 10, DAYS, BARCELONA) == date(2026, 9, 25)


def test_local_holiday_is_not_a_working_day_when_counting():
    assert due_date(date(2026, 5, 22), 1, WORKING_DAYS) == date(2026, 5, 25)
    assert due_date(date(2026, 5, 22), 1, WORKING_DAYS, BARCELONA) == date(2026, 5, 26)


def test_months_end_on_the_same_day_number():
    assert due_date(date(2026, 1, 15), 3, MONTHS) == date(2026, 4, 15)


def test_months_end_on_the_last_day_when_the_month_has_no_such_day():
    assert due_date(date(2026, 3, 31), 1, MONTHS) == date(2026, 4, 30)
    assert add_months(date(2028, 1, 31), 1) == date(2028, 2, 29)


def test_months_ending_on_a_saturday_move_to_monday():
    # 31 January + 1 month = Saturday 28 February 2026 -> Monday 2 March.
    assert due_date(date(2026, 1, 31), 1, MONTHS) == date(2026, 3, 2)


def test_months_cross_the_year():
    assert due_date(date(2026, 11, 30), 6, MONTHS) == date(2027, 5, 31)


def test_zero_working_days_is_the_day_itself_or_the_next_working_day():
    assert due_date(date(2026, 3, 2), 0, WORKING_DAYS) == date(2026, 3, 2)
    assert due_date(date(2026, 3, 7), 0, WORKING_DAYS) == date(2026, 3, 9)


def test_before_the_event_counts_back_and_never_lands_on_a_holiday():
    # Three months before Wednesday 15 April 2026 is Thursday 15 January.
    assert date_before(date(2026, 4, 15), 3, MONTHS) == date(2026, 1, 15)
    # 10 days before Monday 21 September is Friday 11 September, a holiday: Thursday 10.
    assert date_before(date(2026, 9, 21), 10, DAYS) == date(2026, 9, 10)
    # 2 working days before Tuesday 7 April 2026 (Easter Monday 6 and Good Friday 3 left out).
    assert date_before(date(2026, 4, 7), 2, WORKING_DAYS) == date(2026, 4, 1)


@pytest.mark.parametrize(
    ("amount", "unit"),
    [
        (-1, DAYS),
        (10**9, WORKING_DAYS),
        (1.5, MONTHS),
        (True, DAYS),
        ("3", DAYS),
        (3, "weeks"),
        (121, MONTHS),
    ],
)
def test_bad_periods_are_refused(amount, unit):
    with pytest.raises(ValueError):
        due_date(date(2026, 1, 1), amount, unit)
