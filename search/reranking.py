"""A second look at the best matches: those whose title and summary carry every idea asked for
come first.

Engines score each query term on its own, so one rare word can outweigh the rest: for "ayuda
alquiler", a certificate whose short summary says "subvenciones" twice outscored "Ayudas para el
pago del alquiler", whose title holds both ideas. Here each clause (one idea with its synonyms)
counts once, and only where it shows in the title or summary: a long body mentions every idea
somewhere, which is why a share over the whole text ranked worse when it was tried.
"""

from .analysis import content_words, stem

# How many of the engine's best are looked at again: more than a page, few enough to stay cheap.
RERANKED = 30
# The head read of each: a title and a summary are short, but an imported summary need not be.
HEAD_CHARACTERS = 2000
HEAD_WORDS = 300
# How much a hit's score grows when its title and summary carry every clause (in proportion).
HEAD_BOOST = 1.0


def head_share(hit, clauses):
    """The share of the query's clauses shown in the hit's title or summary."""
    head = _head_terms(hit)
    shown = sum(
        1
        for clause in clauses
        if any(alternative.terms and set(alternative.terms) <= head for alternative in clause.alternatives)
    )
    return shown / len(clauses)


def _head_terms(hit):
    """The terms of the hit's title and summary, of their first HEAD_WORDS words (normalisation
    can turn the HEAD_CHARACTERS read into more words than that)."""
    text = f"{hit.title} {hit.summary}"[:HEAD_CHARACTERS]
    return {stem(word, hit.language) for word in content_words(text, hit.language)[:HEAD_WORDS]}


def rerank(hits, parsed):
    """The hits, the first RERANKED reordered by score × (1 + HEAD_BOOST × head share).

    Only queries of two clauses or more: with one, the engine's order already says it.
    """
    if len(parsed.clauses) < 2:
        return hits
    first = hits[:RERANKED]
    boosted = {id(hit): hit.score * (1 + HEAD_BOOST * head_share(hit, parsed.clauses)) for hit in first}
    first = sorted(first, key=lambda hit: -boosted[id(hit)])
    return first + hits[RERANKED:]
