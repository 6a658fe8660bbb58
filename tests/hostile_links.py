"""Generated links: hostile ones written the ways that slip past naive checks (mixed case,
whitespace and control characters anywhere, character references, percent encoding, look-alike
letters), and good ones written the ways editors write them."""

import random

SCRIPT_LINKS = [
    "javascript:alert(document.domain)",
    "vbscript:msgbox(1)",
    "livescript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "file:///etc/passwd",
    "ftp://files.example.org/",
]
# Links that leave the site without a scheme: a browser reads a backslash as a slash.
ELSEWHERE_LINKS = ["//evil.example/", "\\\\evil.example/", "/\\evil.example/", "\\/evil.example/"]
GOOD_LINKS = [
    "https://web.gencat.cat/ca/tramits/",
    "http://www.seg-social.es/",
    "https://sede.sepe.gob.es/portalSede/procedimientos-y-servicios/personas.html?a=1&b=2#inici",
    "mailto:atencio@gencat.cat",
    "tel:012",
    "tel:+34934000012",
    "/ca/tramits/inscripcio-naixement/",
    "/",
    "#on-fer-ho",
]
# What a browser drops from or around an address (tab, line breaks, C0 controls, space) and
# Unicode spaces and invisible marks that look like nothing on screen.
INVISIBLE = ["\t", "\n", "\r", "\x00", "\x01", "\x0b", "\x0c", "\x1f", "\x7f", " ", "\x85"]
INVISIBLE += ["\u00a0", "\u2028", "\u200b", "\u200e", "\u202e", "\ufeff", "\u3000"]
# Letters that look like the ASCII ones of a scheme: fullwidth, Cyrillic, Greek, Kelvin, long s.
LOOK_ALIKES = {
    "a": "ａаɑ",
    "c": "ｃсϲ",
    "e": "ｅе",
    "i": "ｉіı",
    "j": "ｊј",
    "k": "ｋK",
    "o": "ｏоο",
    "p": "ｐр",
    "r": "ｒг",
    "s": "ｓѕſ",
    "t": "ｔ",
    "v": "ｖν",
    ":": "：꞉",
}


def mixed_case(rng, link):
    return "".join(char.upper() if rng.random() < 0.5 else char for char in link)


def invisible_anywhere(rng, link, characters=INVISIBLE):
    for _ in range(rng.randint(1, 3)):
        position = rng.randint(0, len(link))
        link = link[:position] + rng.choice(characters) + link[position:]
    return link


def dropped_by_browsers_anywhere(rng, link):
    """Tabs and line breaks, which browsers remove from anywhere in an address."""
    return invisible_anywhere(rng, link, characters=["\t", "\n", "\r"])


def character_references(rng, link):
    """Some characters of the scheme as HTML character references, as a browser decodes in href."""
    end = max(link.find(":") + 1, 2)
    written = []
    for index, char in enumerate(link):
        encode = index < end and rng.random() < 0.5
        written.append(_reference(rng, char, link[index + 1 : index + 2]) if encode else char)
    return "".join(written)


def _reference(rng, char, following):
    """A reference to `char`; without its ";" only where the next character cannot extend it."""
    forms = [f"&#{ord(char)};", f"&#x{ord(char):x};"] + (["&colon;"] if char == ":" else [])
    if not following.isalnum():
        forms += [f"&#X{ord(char):X}", f"&#{ord(char):07d}"]
    return rng.choice(forms)


def percent_encoded(rng, link):
    end = max(link.find(":") + 1, 2)
    return "".join(
        f"%{ord(char):02X}" if index < end and rng.random() < 0.5 else char for index, char in enumerate(link)
    )


def look_alike(rng, link):
    end = max(link.find(":") + 1, 2)
    chars = list(link)
    candidates = [index for index in range(end) if chars[index].lower() in LOOK_ALIKES]
    for index in rng.sample(candidates, k=min(len(candidates), rng.randint(1, 2))):
        chars[index] = rng.choice(LOOK_ALIKES[chars[index].lower()])
    return "".join(chars)


MUTATIONS = [mixed_case, invisible_anywhere, character_references, percent_encoded, look_alike]
# Those that keep a way out of the site a way out ("/%2Fevil" or "/\u3000/evil" is a path here).
ELSEWHERE_MUTATIONS = [mixed_case, dropped_by_browsers_anywhere, character_references]


def hostile_links(seed, count):
    """`count` links that a browser would run as script or follow out of the site by `//`, or
    that only a browser's forgiving reading makes harmless: all must be refused."""
    rng = random.Random(seed)
    links = []
    for _ in range(count):
        link = rng.choice(SCRIPT_LINKS + ELSEWHERE_LINKS)
        mutations = ELSEWHERE_MUTATIONS if link in ELSEWHERE_LINKS else MUTATIONS
        for mutation in rng.sample(mutations, k=rng.randint(1, 3)):
            link = mutation(rng, link)
        links.append(link)
    return links


def good_links(seed, count):
    """Good links with the scheme in any case and whitespace around them, as pasted."""
    rng = random.Random(seed)
    links = []
    for _ in range(count):
        link = rng.choice(GOOD_LINKS)
        scheme, colon, rest = link.partition(":")
        if colon and not link.startswith(("/", "#")):
            link = mixed_case(rng, scheme) + colon + rest
        links.append(rng.choice(["", " ", "\t", "\n", "  \r\n"]) + link + rng.choice(["", " ", "\n"]))
    return links
