"""The step-by-step journey of a life event, read from the raw StreamField data.

Reading raw data keeps the procedure page cheap: finding the journeys a procedure belongs
to, with the steps before and after it, needs one query and no page lookups.
"""

from dataclasses import dataclass, field

CONNECTED = ("and", "or")


def _list_values(items):
    # ListBlock data is a list of {"type": "item", "value": ...} since Wagtail 2.16;
    # older revisions hold plain values.
    return [item["value"] if isinstance(item, dict) and "value" in item else item for item in items or []]


@dataclass
class JourneyStep:
    position: int
    number: int
    title: str
    relation: str = ""
    timing: str = ""
    optional: bool = False
    choice: str = "all"
    procedure_ids: list = field(default_factory=list)

    @property
    def anchor(self):
        return f"pas-{self.position}"


class Journey:
    def __init__(self, steps):
        self.steps = steps

    @classmethod
    def from_raw(cls, raw_blocks):
        steps, number = [], 0
        for block in raw_blocks:
            if block.get("type") != "step":
                continue
            value = block.get("value") or {}
            relation = value.get("relation") or ""
            if not steps or relation not in CONNECTED:
                number += 1
            steps.append(
                JourneyStep(
                    position=len(steps) + 1,
                    number=number,
                    title=value.get("title", ""),
                    relation=relation if steps else "",
                    timing=value.get("timing") or "",
                    optional=bool(value.get("optional")),
                    choice=value.get("choice") or "all",
                    procedure_ids=[pk for pk in _list_values(value.get("procedures")) if pk],
                )
            )
        return cls(steps)

    def __len__(self):
        return len(self.steps)

    @property
    def total_numbers(self):
        return self.steps[-1].number if self.steps else 0

    def procedure_ids(self):
        return {pk for step in self.steps for pk in step.procedure_ids}

    def groups(self):
        """Steps grouped under one number: a step joined by 'and' or 'or' shares it."""
        groups = []
        for step in self.steps:
            if groups and step.relation in CONNECTED:
                groups[-1].append(step)
            else:
                groups.append([step])
        return groups

    def steps_with(self, procedure_ids):
        """The steps that link to any of `procedure_ids` (a page and its translations)."""
        return [step for step in self.steps if set(procedure_ids) & set(step.procedure_ids)]

    def previous_and_next(self, step):
        index = step.position - 1
        previous = self.steps[index - 1] if index > 0 else None
        following = self.steps[index + 1] if index + 1 < len(self.steps) else None
        return previous, following
