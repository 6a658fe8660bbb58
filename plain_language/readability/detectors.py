"""Issue detectors: long sentences, very long words, passives, nominalisations and jargon."""

from . import jargon, messages
from .messages import translate
from .results import Issue

LONG_SENTENCE_WORDS = 25  # a sentence of more words than this is long
NOMINALISATIONS_PER_SENTENCE = 2  # a sentence with this many nominalisations gets issues
PASSIVE_GAP = 3  # words the auxiliary and the participle can be apart ("serà degudament notificada")


def long_sentences(sentences, text):
    for sentence in sentences:
        if len(sentence.words) > LONG_SENTENCE_WORDS:
            message = translate(messages.LONG_SENTENCE, words=len(sentence.words))
            tip = translate(messages.LONG_SENTENCE_TIP, limit=LONG_SENTENCE_WORDS)
            span = text[sentence.start : sentence.end]
            yield Issue("long_sentence", sentence.start, sentence.end, span, message, tip)


def is_name(word, index):
    """Proper names and acronyms (a capital letter anywhere but the first word's first letter)."""
    text = word.text if index else word.text[1:]
    return text != text.lower()


def core_span(word):
    """(start, end, text) of the host word inside the token: l'autorització → autorització."""
    offset = word.text.lower().find(word.core)
    if offset < 0 or len(word.text.lower()) != len(word.text):
        return word.start, word.end, word.text
    start = word.start + offset
    return start, start + len(word.core), word.text[offset : offset + len(word.core)]


def very_long_words(sentences, analyser):
    for sentence in sentences:
        for index, word in enumerate(sentence.words):
            if word.syllables >= analyser.very_long_syllables and not is_name(word, index):
                start, end, text = core_span(word)
                message = translate(messages.VERY_LONG_WORD, word=text, syllables=word.syllables)
                tip = translate(messages.VERY_LONG_WORD_TIP)
                yield Issue("very_long_word", start, end, text, message, tip)


def passive_pairs(sentence, analyser):
    """(auxiliary, participle) word pairs: "és aprovada", "ha estat notificada", "was sent"."""
    words, index = sentence.words, 0
    while index < len(words):
        if words[index].core in analyser.passive_auxiliaries:
            end = _participle_after(words, index, analyser)
            if end is not None:
                yield words[index], words[end]
                index = end
        index += 1


def _participle_after(words, index, analyser):
    for following in range(index + 1, min(index + 1 + PASSIVE_GAP, len(words))):
        if analyser.is_participle(words[following].core):
            return following
        if not analyser.is_passive_adverb(words[following].core):
            return None
    return None


def passives(sentences, analyser, text):
    for sentence in sentences:
        for auxiliary, participle in passive_pairs(sentence, analyser):
            span = text[auxiliary.start : participle.end]
            message, tip = translate(messages.PASSIVE, text=span), translate(messages.PASSIVE_TIP)
            yield Issue("passive", auxiliary.start, participle.end, span, message, tip)


def nominalisations_in(sentence, analyser):
    words = sentence.words
    return [
        word
        for index, word in enumerate(words)
        if not is_name(word, index) and analyser.is_nominalisation(word, words[index - 1] if index else None)
    ]


def nominalisation_issues(found):
    """Issues for the nominalisations of one sentence, only when it has two or more."""
    if len(found) < NOMINALISATIONS_PER_SENTENCE:
        return
    for word in found:
        start, end, text = core_span(word)
        message = translate(messages.NOMINALISATION, word=text, count=len(found))
        yield Issue("nominalisation", start, end, text, message, translate(messages.NOMINALISATION_TIP))


def jargon_issues(text, glossary, analyser):
    for start, end, entry in jargon.find(text, glossary, analyser):
        message = translate(messages.JARGON, text=text[start:end])
        yield Issue("jargon", start, end, text[start:end], message, jargon_tip(entry))


def jargon_tip(entry):
    if entry.plain and entry.explanation:
        return translate(messages.JARGON_TIP_EXPLAINED, **_fields(entry))
    if entry.plain:
        return translate(messages.JARGON_TIP, **_fields(entry))
    if entry.explanation:
        return translate(messages.JARGON_TIP_EXPLANATION_ONLY, **_fields(entry))
    return translate(messages.JARGON_TIP_NO_PLAIN, term=entry.term)


def _fields(entry):
    return {"term": entry.term, "plain": entry.plain, "explanation": entry.explanation}
