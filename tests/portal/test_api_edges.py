"""The API's edges: bad input gets a 400 that says what to change, unknown addresses a JSON 404, HEAD works.

Never a 500, and never a redirect from /api/ to an HTML page.
"""

import random
import unicodedata

import pytest
from wagtail.contrib.search_promotions.models import Query

PAGES = "/api/v2/pages/"
SEED = 20250611


def characters(*categories):
    return [chr(code) for code in range(0x3000) if unicodedata.category(chr(code)) in categories]


# What people and scripts send by mistake or on purpose: control and format characters, every
# kind of quote, bracket and operator, unusual spaces, letters and combining marks.
POOLS = {
    "control": characters("Cc"),
    "format": characters("Cf"),
    "quotes": characters("Pi", "Pf") + ['"', "'", "`"],
    "brackets": characters("Ps", "Pe"),
    "operators": characters("Sm", "Po")[:200] + ["AND", "OR", "NOT", "NEAR", "*", ":", "-", "^"],
    "spaces": characters("Zs", "Zl", "Zp"),
    "letters": characters("Ll", "Lu", "Lo")[:800],
    "marks": characters("Mn"),
    "words": ["naixement", "tràmit", "l'atur", "col·legi"],
}


def hostile_searches(count=150):
    rng = random.Random(SEED)
    values = []
    for _index in range(count):
        parts = [rng.choice(POOLS[rng.choice(list(POOLS))]) for _part in range(rng.randint(1, 12))]
        value = "".join(parts)
        if rng.random() < 0.1:
            value *= rng.randint(20, 60)  # long, often past the limit
        values.append(value)
    return values


def message_of(response):
    assert response["Content-Type"] == "application/json"
    message = response.json()["message"]
    assert isinstance(message, str) and message.strip()
    return message


@pytest.mark.django_db
def test_generated_hostile_searches_get_a_200_or_a_400_never_a_500(client, site_tree):
    for value in hostile_searches():
        for operator in ("or", "and"):
            response = client.get(PAGES, {"search": value, "search_operator": operator})
            assert response.status_code in (200, 400), ascii(value)
            has_control = any(unicodedata.category(char) == "Cc" for char in value)
            if has_control or value.count('"') % 2 or not value.replace('"', "").split():
                assert response.status_code == 400, ascii(value)
            if response.status_code == 400:
                message_of(response)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("params", "says"),
    [
        ({"search": '"'}, "quotation mark that is not closed"),
        ({"search": 'naixement "inscripció'}, "quotation mark that is not closed"),
        ({"search": "naixe\x00ment"}, "control characters"),
        ({"search": "naixement\r\n"}, "control characters"),
        ({"search": "   "}, "is empty"),
        ({"search": "\u2003\u3000"}, "is empty"),
        ({"search": '""'}, "is empty"),
        ({"search": ""}, "is empty"),
        ({"search": "naixement " * 30}, "too long"),
        ({"search": "naixement", "search_operator": "xor"}, "'search_operator' must be 'and' or 'or'"),
        ({"order": "nope"}, "cannot order by"),
        ({"limit": "ten"}, "limit"),
        ({"offset": "ten"}, "offset"),
        ({"offset": "9" * 25}, "'offset' must be a whole number"),
        ({"fields": "nope"}, "unknown fields"),
        ({"nope": "1"}, "not an operation or a recognised field"),
        ({"locale": "zz"}, "Unknown locale"),
        ({"first_published_at": "yesterday"}, "'first_published_at' has a value of the wrong kind"),
        ({"type": "life_events.ProcedurePage", "last_reviewed": "2024-13-01"}, "'last_reviewed'"),
        (
            {"type": "life_events.ProcedurePage", "organisation": "9" * 25},
            "'organisation' must be a whole number",
        ),
        ({"alias_of": "9" * 25}, "'alias_of' must be a whole number"),
    ],
)
def test_bad_parameters_get_a_400_with_a_plain_message(client, site_tree, params, says):
    response = client.get(PAGES, params, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 400
    assert says in message_of(response)


@pytest.mark.django_db
def test_find_with_an_id_that_is_not_a_number_gets_a_400(client, site_tree):
    response = client.get(f"{PAGES}find/", {"id": "x"}, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 400
    assert "'id' must be a whole number" in message_of(response)


@pytest.mark.django_db
def test_a_search_in_balanced_quotes_searches_its_words(client, site_tree):
    response = client.get(PAGES, {"search": '"inscripció naixement"'})
    assert response.status_code == 200
    assert "Inscripció del naixement" in {item["title"] for item in response.json()["items"]}


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path",
    [
        f"{PAGES}999999/",
        f"{PAGES}find/?id=999999",
        f"{PAGES}find/?html_path=/no-existeix/",
        f"{PAGES}abc/",
        "/api/v2/",
        "/api/v2/nope/",
        "/api/nope/",
        "/api/v3/pages/1/",
    ],
)
def test_api_404s_are_json_not_a_redirect_to_a_page(client, site_tree, path):
    response = client.get(path)
    assert response.status_code == 404
    message_of(response)


@pytest.mark.django_db
def test_an_api_address_without_its_slash_is_sent_to_the_address_with_it_not_to_a_language(client, site_tree):
    response = client.get(f"{PAGES}999999")
    assert response.status_code == 301
    assert response["Location"] == f"{PAGES}999999/"


@pytest.mark.django_db
def test_a_page_address_without_its_language_still_goes_to_the_visitors_language(client, site_tree):
    response = client.get("/tramits/", HTTP_ACCEPT_LANGUAGE="es")
    assert response.status_code == 302
    assert response["Location"] == "/es/tramits/"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path",
    [
        PAGES,
        f"{PAGES}?type=life_events.ProcedurePage&search=naixement",
        "/api/search/?q=naixement&lang=ca",
        "/api/search/autocomplete/?q=naix&lang=ca",
    ],
)
def test_head_is_allowed_wherever_get_is(client, site_tree, path):
    get = client.get(path)
    head = client.head(path)
    assert (get.status_code, head.status_code) == (200, 200)
    assert head["Content-Type"] == get["Content-Type"]


@pytest.mark.django_db
def test_head_on_a_page_detail_is_allowed(client, site_tree):
    path = f"{PAGES}{site_tree.birth.pk}/"
    assert client.head(path).status_code == 200


@pytest.mark.django_db
def test_head_on_the_search_api_does_not_count_a_search(client, site_tree):
    assert client.head("/api/search/", {"q": "naixement", "lang": "ca"}).status_code == 200
    assert not Query.objects.exists()
