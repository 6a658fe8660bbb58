"""How a plan says its dates, periods and open conditions, in each of the site's languages."""

from django.core import checks
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from portal import languages

from .structure import NUMBER, YES, YES_NO

# Long dates ("Friday 15 January 2027") as each language writes them. Django has no formats for
# Aranese, and Catalan needs "d'" before a vowel: the plan's own table, one entry per language.
LONG_DATES = {
    "ca": {
        "weekdays": ("dilluns", "dimarts", "dimecres", "dijous", "divendres", "dissabte", "diumenge"),
        "months": (
            "gener",
            "febrer",
            "març",
            "abril",
            "maig",
            "juny",
            "juliol",
            "agost",
            "setembre",
            "octubre",
            "novembre",
            "desembre",
        ),
        "of": ("de ", "d'"),
        "pattern": "{weekday} {day} {of}{month} de {year}",
    },
    "es": {
        "weekdays": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
        "months": (
            "enero",
            "febrero",
            "marzo",
            "abril",
            "mayo",
            "junio",
            "julio",
            "agosto",
            "septiembre",
            "octubre",
            "noviembre",
            "diciembre",
        ),
        "of": ("de ", "de "),
        "pattern": "{weekday} {day} {of}{month} de {year}",
    },
    "oc": {
        "weekdays": ("diluns", "dimars", "dimèrcles", "dijaus", "diuendres", "dissabte", "dimenge"),
        "months": (
            "gèr",
            "hereuèr",
            "març",
            "abriu",
            "mai",
            "junh",
            "junhsèga",
            "agost",
            "seteme",
            "octobre",
            "noveme",
            "deseme",
        ),
        "of": ("de ", "d'"),
        "pattern": "{weekday} {day} {of}{month} de {year}",
    },
    "en": {
        "weekdays": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
        "months": (
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ),
        "of": ("", ""),
        "pattern": "{weekday} {day} {month} {year}",
    },
}
VOWELS = tuple("aeiouàèéíòóú")


def long_date(day, language_code):
    table = LONG_DATES[language_code]
    month = table["months"][day.month - 1]
    return table["pattern"].format(
        weekday=table["weekdays"][day.weekday()],
        day=day.day,
        of=table["of"][month.startswith(VOWELS)],
        month=month,
        year=day.year,
    )


def period(due):
    """'15 working days', '3 months before the event'..."""
    amount = due.amount
    text = {
        "days": ngettext("%(count)s calendar day", "%(count)s calendar days", amount),
        "working_days": ngettext("%(count)s working day", "%(count)s working days", amount),
        "months": ngettext("%(count)s month", "%(count)s months", amount),
    }[due.unit] % {"count": amount}
    if due.counted_from == "before_event":
        return _("%(period)s before") % {"period": text}
    if due.counted_from == "previous":
        return _("%(period)s after the previous step") % {"period": text}
    return text


def answer_label(question, value):
    if question.kind == YES_NO:
        return _("Yes") if value == YES else _("No")
    return question.option_label(value)


def open_condition(condition, question):
    """An unanswered condition, as the plan shows it: "if you answer 'Yes' to 'Do you work?'"."""
    if question is None:
        return ""
    names = {"question": question.text}
    if question.kind == NUMBER:
        names["number"] = condition.value
        return {
            "gte": _("if your answer to “%(question)s” is %(number)s or more"),
            "lte": _("if your answer to “%(question)s” is %(number)s or less"),
            "ne": _("if your answer to “%(question)s” is not %(number)s"),
        }.get(condition.operator, _("if your answer to “%(question)s” is %(number)s")) % names
    names["answer"] = answer_label(question, condition.value)
    if condition.operator == "ne":
        return _("if you do not answer “%(answer)s” to “%(question)s”") % names
    return _("if you answer “%(answer)s” to “%(question)s”") % names


@checks.register(checks.Tags.translation)
def check_long_dates(app_configs=None, **kwargs):
    return languages.missing_from(
        LONG_DATES, "long date format for plans", "plans.E001", hint="Add it to plans.wording.LONG_DATES."
    )
