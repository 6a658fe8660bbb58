"""A plan's deadlines as an iCalendar file: one all-day event per deadline, with a reminder."""

from datetime import UTC, datetime, timedelta

from django.utils.translation import gettext as _
from icalendar import Alarm, Calendar, Event

REMINDER_DAYS = 3
PRODUCT_ID = "-//Generalitat de Catalunya//Fets vitals//"


def plan_calendar(plan, plan_url, host):
    """The calendar of `plan`, as bytes; `plan_url` is the full address of the plan page."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", _("Your plan: %(title)s") % {"title": plan.content.title})
    stamp = datetime.now(UTC).replace(microsecond=0)
    for step in plan.deadlines:
        calendar.add_component(deadline_event(plan, step, plan_url, host, stamp))
    return calendar.to_ical()


def deadline_event(plan, step, plan_url, host, stamp):
    event = Event()
    event.add("uid", f"plan-{plan.content.page_id}-{step.position}-{step.due:%Y%m%d}@{host}")
    event.add("dtstamp", stamp)
    event.add("dtstart", step.due)
    event.add("dtend", step.due + timedelta(days=1))
    event.add("summary", _("Last day: %(step)s") % {"step": step.title})
    procedures = [procedure.info.title for procedure in step.procedures]
    lines = [step.period, *step.conditions, *procedures, plan_url]
    event.add("description", "\n".join(line for line in lines if line))
    event.add("url", plan_url)
    event.add("transp", "TRANSPARENT")
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", _("In %(days)s days: %(step)s") % {"days": REMINDER_DAYS, "step": step.title})
    alarm.add("trigger", timedelta(days=-REMINDER_DAYS))
    event.add_component(alarm)
    return event
