"""``analyse()``: text in, Analysis out."""

from . import detectors, formulas, scoring, syllables
from .languages import ANALYSERS
from .results import Analysis
from .text import split, to_plain_text

MIN_WORDS = 5  # below this, a text is too short to measure (a title, a button)
LONG_WORD_SYLLABLES = 4
LIX_LONG_WORD_LETTERS = 7
ALIASES = {"oc_aran": "oc", "oc-aran": "oc", "aran": "oc"}


def analyser_for(language):
    """The analyser of ``language`` ("ca", "es", "oc", "en"; also "oc-aran", "ca-ES", "en_GB"…)."""
    code = str(language or "").strip().lower()
    code = ALIASES.get(code, code.replace("_", "-").split("-")[0])
    if code not in ANALYSERS:
        supported = ", ".join(ANALYSERS)
        message = f"Unsupported language {language!r} for the readability analysis: use one of {supported}."
        raise ValueError(message)
    return ANALYSERS[code]


def analyse(text, language, glossary=()):
    """Score ``text`` (plain text or HTML) in ``language`` and list what to fix; see the package docs."""
    analyser = analyser_for(language)
    plain = to_plain_text(text or "")
    sentences = split(plain, analyser.is_abbreviation, analyser.core)
    words = [word for sentence in sentences for word in sentence.words]
    if len(words) < MIN_WORDS:
        return too_short(analyser, plain)
    for word in words:
        word.syllables = analyser.syllables(word.text)
    return _measured(analyser, plain, sentences, words, glossary)


def _measured(analyser, plain, sentences, words, glossary):
    nominal = [detectors.nominalisations_in(sentence, analyser) for sentence in sentences]
    found = _issues(analyser, plain, sentences, nominal, glossary)
    metrics = measure(analyser, sentences, words, found, sum(map(len, nominal)))
    score = scoring.score(metrics, analyser)
    band, label = scoring.band(score)
    issues = sorted((issue for issues in found.values() for issue in issues), key=lambda i: (i.start, i.end))
    return Analysis(analyser.code, score, band, label, metrics, issues, plain)


def _issues(analyser, plain, sentences, nominal, glossary):
    """The issues by kind; ``nominal`` holds the nominalisations of each sentence."""
    jargon = list(detectors.jargon_issues(plain, glossary, analyser))
    taken = [(issue.start, issue.end) for issue in jargon]
    long_words = [i for i in detectors.very_long_words(sentences, analyser) if not _overlaps(i, taken)]
    return {
        "long_sentence": list(detectors.long_sentences(sentences, plain)),
        "very_long_word": long_words,
        "passive": list(detectors.passives(sentences, analyser, plain)),
        "nominalisation": [issue for words in nominal for issue in detectors.nominalisation_issues(words)],
        "jargon": jargon,
    }


def _overlaps(issue, spans):
    return any(issue.start < end and start < issue.end for start, end in spans)


def measure(analyser, sentences, words, found, nominalisation_count):
    """The metrics dict: counts, averages, shares, formulas and densities, rounded to 2 decimals."""
    metrics = _text_metrics(analyser, sentences, words, found["long_sentence"])
    metrics |= {
        "passive_count": len(found["passive"]),
        "nominalisation_count": nominalisation_count,
        "dense_nominalisation_count": len(found["nominalisation"]),  # in sentences with 2+
        "jargon_count": len(found["jargon"]),
    }
    per_100 = 100 / len(words)
    metrics |= {f"{name}_per_100_words": metrics[f"{count}_count"] * per_100 for name, count in DENSITIES}
    return {key: round(value, 2) if isinstance(value, float) else value for key, value in metrics.items()}


DENSITIES = (
    ("passives", "passive"),
    ("nominalisations", "nominalisation"),
    ("dense_nominalisations", "dense_nominalisation"),
    ("jargon", "jargon"),
)


def _text_metrics(analyser, sentences, words, long_sentences):
    word_count, sentence_count = len(words), len(sentences)
    syllable_count = sum(word.syllables for word in words)
    lix_long = sum(1 for word in words if len(syllables.letters(word.core)) >= LIX_LONG_WORD_LETTERS)
    return {
        "words": word_count,
        "sentences": sentence_count,
        "syllables": syllable_count,
        "avg_sentence_length": word_count / sentence_count,
        "avg_syllables_per_word": syllable_count / word_count,
        "long_sentence_share": len(long_sentences) / sentence_count,
        "long_word_share": sum(1 for word in words if word.syllables >= LONG_WORD_SYLLABLES) / word_count,
        "lix_long_word_share": lix_long / word_count,
        "readability_formula": analyser.formula_name,
        "readability_value": analyser.readability(word_count, sentence_count, syllable_count),
        "lix": formulas.lix(word_count, sentence_count, lix_long),
    }


def too_short(analyser, plain):
    """Fewer than MIN_WORDS words: nothing to measure, so score 100, "easy", zero metrics, no issues."""
    metrics = dict.fromkeys(METRIC_KEYS, 0) | {"readability_formula": analyser.formula_name}
    band, label = scoring.band(100.0)
    return Analysis(analyser.code, 100.0, band, label, metrics, [], plain)


METRIC_KEYS = (
    "words sentences syllables avg_sentence_length avg_syllables_per_word long_sentence_share "
    "long_word_share lix_long_word_share readability_value lix passive_count nominalisation_count "
    "dense_nominalisation_count jargon_count passives_per_100_words nominalisations_per_100_words "
    "dense_nominalisations_per_100_words jargon_per_100_words"
).split()
