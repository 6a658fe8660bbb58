"""Readability formulas, computed here from our own counts (textstat keeps its language in global
state shared by every request, and its English syllables need NLTK's cmudict: we use neither).

All take totals (words, sentences, syllables or long words) and return the raw formula value.
"""


def fernandez_huerta(words, sentences, syllables):
    """Fernández-Huerta (1959), Flesch adapted to Spanish; used for Catalan and Aranese.

    206.84 - 0.60 P - 1.02 F, P = syllables per 100 words and F = words per sentence. The published
    text defines F as "sentences per 100 words", a known slip: read literally, longer sentences would
    raise the score. We follow Flesch's structure (and textstat, legible.es) with words per sentence.
    """
    return 206.84 - 0.60 * (100 * syllables / words) - 1.02 * (words / sentences)


def szigriszt_pazos(words, sentences, syllables):
    """Szigriszt-Pazos perspicuity (1993), the INFLESZ scale for Spanish."""
    return 206.835 - 62.3 * (syllables / words) - (words / sentences)


def flesch_reading_ease(words, sentences, syllables):
    """Flesch Reading Ease (1948) for English."""
    return 206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words)


def lix(words, sentences, long_words):
    """Björnsson's LIX: words per sentence + percentage of words longer than six letters."""
    return words / sentences + 100 * long_words / words


def to_scale(value, zero_at, hundred_at):
    """``value`` mapped linearly so that ``zero_at`` is 0 and ``hundred_at`` is 100, clamped to 0-100."""
    return min(100.0, max(0.0, 100 * (value - zero_at) / (hundred_at - zero_at)))
