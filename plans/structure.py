"""What a life event's plan is made of, read once from the page's raw StreamField data.

Plain, frozen values: they are cached per page revision (see `plans.content`), evaluated for
any answers without touching the database (see `plans.evaluation`), and the same in every
language except for the texts, which wagtail-localize translates on each page.
"""

from dataclasses import dataclass, field


def _list_values(items):
    # ListBlock data is a list of {"type": "item", "value": ...}; older revisions hold plain values.
    return [item["value"] if is_list_item(item) else item for item in items or []]


def is_list_item(item):
    return isinstance(item, dict) and item.get("type") == "item"


YES_NO = "yes_no"
CHOICE = "choice"
NUMBER = "number"
EVENT_DATE = "event_date"
EVENT_DATE_KEY = "date"
YES, NO = "yes", "no"


@dataclass(frozen=True)
class Question:
    key: str
    kind: str
    text: str
    help_text: str = ""
    options: tuple = ()  # (value, label) pairs
    min_value: int = 0
    max_value: int = 0

    def option_label(self, value):
        return dict(self.options).get(value, value)


@dataclass(frozen=True)
class Condition:
    question: str
    operator: str
    value: str


@dataclass(frozen=True)
class Due:
    amount: int
    unit: str
    counted_from: str = "event"


@dataclass(frozen=True)
class StepSpec:
    position: int
    title: str
    relation: str = ""
    timing: str = ""
    optional: bool = False
    choice: str = "all"
    body: str = ""
    due: Due | None = None
    conditions: tuple = ()
    procedure_ids: tuple = ()
    procedure_conditions: dict = field(default_factory=dict)  # procedure id -> conditions
    links: tuple = ()  # (title, url)


@dataclass(frozen=True)
class PlanStructure:
    questions: tuple
    steps: tuple

    @property
    def questions_by_key(self):
        return {question.key: question for question in self.questions}

    @property
    def event_date_question(self):
        return next((q for q in self.questions if q.kind == EVENT_DATE), None)

    def procedure_ids(self):
        return {pk for step in self.steps for pk in step.procedure_ids}

    @classmethod
    def from_raw(cls, questions_raw, journey_raw):
        return cls(
            tuple(q for q in (question_from_raw(block) for block in questions_raw or []) if q),
            tuple(step_from_raw(position, block) for position, block in steps_of(journey_raw)),
        )


def steps_of(journey_raw):
    blocks = [block for block in journey_raw or [] if block.get("type") == "step"]
    return enumerate(blocks, start=1)


def question_from_raw(block):
    kind, value = block.get("type"), block.get("value") or {}
    if kind == EVENT_DATE:
        return Question(EVENT_DATE_KEY, EVENT_DATE, value.get("text", ""), value.get("help_text") or "")
    if kind not in (YES_NO, CHOICE, NUMBER) or not value.get("key"):
        return None
    options = tuple(
        (option.get("value"), option.get("label", ""))
        for option in _list_values(value.get("options"))
        if option and option.get("value")
    )
    return Question(
        key=value["key"],
        kind=kind,
        text=value.get("text", ""),
        help_text=value.get("help_text") or "",
        options=options,
        min_value=int(value.get("min_value") or 0),
        max_value=int(value.get("max_value") if value.get("max_value") is not None else 20),
    )


def condition_from_raw(value):
    if not value or not value.get("question") or value.get("value") in (None, ""):
        return None
    return Condition(value["question"], value.get("operator") or "eq", str(value["value"]))


def step_from_raw(position, block):
    value = block.get("value") or {}
    procedure_conditions = {}
    for item in _list_values(value.get("procedure_conditions")):
        condition = condition_from_raw(item)
        if condition and item.get("procedure"):
            procedure_conditions.setdefault(item["procedure"], []).append(condition)
    amount, unit = value.get("due_amount"), value.get("due_unit")
    return StepSpec(
        position=position,
        title=value.get("title", ""),
        relation=value.get("relation") or "",
        timing=value.get("timing") or "",
        optional=bool(value.get("optional")),
        choice=value.get("choice") or "all",
        body=value.get("body") or "",
        due=Due(int(amount), unit, value.get("due_from") or "event") if amount is not None and unit else None,
        conditions=tuple(c for c in map(condition_from_raw, _list_values(value.get("conditions"))) if c),
        procedure_ids=tuple(pk for pk in _list_values(value.get("procedures")) if pk),
        procedure_conditions={pk: tuple(conditions) for pk, conditions in procedure_conditions.items()},
        links=tuple(
            (link.get("title", ""), link.get("url", ""))
            for link in _list_values(value.get("links"))
            if link and link.get("url")
        ),
    )
