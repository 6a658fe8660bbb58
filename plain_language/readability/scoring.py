"""From metrics to a 0-100 score and a band. The weights are explained in the package docstring."""

from . import formulas, messages
from .messages import translate

EASY_FROM = 65.0
ADEQUATE_FROM = 50.0

FORMULA_WEIGHT = 0.7
LIX_WEIGHT = 0.3
LIX_EASIEST, LIX_HARDEST = 20.0, 60.0

LONG_SENTENCE_PENALTY = 20.0  # × share of long sentences
PASSIVE_PENALTY, PASSIVE_CAP = 3.0, 12.0  # per passive per 100 words
NOMINALISATION_PENALTY, NOMINALISATION_CAP = 1.5, 12.0  # per 100 words, beyond the allowance
NOMINALISATION_ALLOWANCE = 2.0  # per 100 words: some are unavoidable ("la sol·licitud de la beca")
JARGON_PENALTY, JARGON_CAP = 5.0, 20.0  # per jargon term per 100 words

BANDS = (("easy", EASY_FROM, messages.EASY), ("adequate", ADEQUATE_FROM, messages.ADEQUATE))


def base_score(readability_value, lix, analyser):
    """The readability formula and LIX, both mapped to 0-100, weighted."""
    readability = analyser.readability_on_scale(readability_value)
    lix_score = formulas.to_scale(lix, LIX_HARDEST, LIX_EASIEST)
    return FORMULA_WEIGHT * readability + LIX_WEIGHT * lix_score


def penalties(metrics):
    nominal_excess = max(0.0, metrics["dense_nominalisations_per_100_words"] - NOMINALISATION_ALLOWANCE)
    return (
        LONG_SENTENCE_PENALTY * metrics["long_sentence_share"]
        + min(PASSIVE_CAP, PASSIVE_PENALTY * metrics["passives_per_100_words"])
        + min(NOMINALISATION_CAP, NOMINALISATION_PENALTY * nominal_excess)
        + min(JARGON_CAP, JARGON_PENALTY * metrics["jargon_per_100_words"])
    )


def score(metrics, analyser):
    value = base_score(metrics["readability_value"], metrics["lix"], analyser) - penalties(metrics)
    return round(min(100.0, max(0.0, value)), 1)


def band(value):
    """("easy" | "adequate" | "hard", lazy translatable label) for a score."""
    for name, threshold, label in BANDS:
        if value >= threshold:
            return name, translate(label)
    return "hard", translate(messages.HARD)
