"""Elasticsearch rebuilds beside the live index and swaps aliases: the logic, without a server.

`FakeCluster` keeps indices, aliases and documents in memory and follows the server's rules
that matter here: `update_aliases` applies all its actions or none, an alias cannot share an
index's name, a write through an alias needs exactly one index behind it, and an index cannot be
deleted by an alias's name. The same behaviour runs against a real server in
test_engine_contract.py when ELASTICSEARCH_URL is set.
"""

import fnmatch

import pytest
from elasticsearch import exceptions as es_errors
from elasticsearch import helpers

from search.documents import Kind, SearchDocument
from search.engines import aliases
from search.engines.elasticsearch import ElasticsearchEngine

LANGUAGES = ("ca", "es", "oc", "en")


class Refused(Exception):
    """What the server would answer with a 400 or 404."""


class FakeIndices:
    def __init__(self):
        self.indices = {}  # name -> {"aliases": set(), "docs": {}}
        self.alias_requests = []

    def _aliases(self):
        return {alias for index in self.indices.values() for alias in index["aliases"]}

    def resolve(self, name):
        if name in self.indices:
            return [name]
        if "*" in name:
            return sorted(index for index in self.indices if fnmatch.fnmatch(index, name))
        return sorted(index for index, state in self.indices.items() if name in state["aliases"])

    def get(self, index, features=None, ignore_unavailable=False):
        names = [index] if isinstance(index, str) else index
        found = {}
        for name in names:
            resolved = self.resolve(name)
            if not resolved and not ignore_unavailable and "*" not in name:
                raise es_errors.NotFoundError("index_not_found_exception", None, {})
            found |= {
                one: {"aliases": {alias: {} for alias in self.indices[one]["aliases"]}} for one in resolved
            }
        return found

    def exists(self, index):
        return bool(self.resolve(index))

    def create(self, index, body=None, **kwargs):
        if index in self.indices or index in self._aliases():
            raise Refused(f"resource_already_exists_exception: {index}")
        aliases_given = set((body or {}).get("aliases", {}))
        if aliases_given & set(self.indices):
            raise Refused("invalid_alias_name_exception")
        self.indices[index] = {"aliases": aliases_given, "docs": {}}

    def update_aliases(self, actions):
        self.alias_requests.append(actions)
        after = {name: set(state["aliases"]) for name, state in self.indices.items()}
        for action in actions:  # checked on a copy first: all or nothing
            ((kind, target),) = action.items()
            if kind == "remove_index":
                after.pop(target["index"])
            elif target["index"] not in after:
                raise Refused(f"index_not_found_exception: {target['index']}")
            elif kind == "add":
                after[target["index"]].add(target["alias"])
            elif target["alias"] not in after[target["index"]]:
                raise Refused("aliases_not_found_exception")
            else:
                after[target["index"]].discard(target["alias"])
        if {alias for names in after.values() for alias in names} & set(after):
            raise Refused("invalid_alias_name_exception")
        self.indices = {name: {**self.indices[name], "aliases": names} for name, names in after.items()}

    def delete(self, index, ignore_unavailable=False):
        for name in [index] if isinstance(index, str) else index:
            if name not in self.indices:
                if name in self._aliases():
                    raise Refused("an alias name: give the concrete indices")
                continue
            del self.indices[name]

    def refresh(self, index):
        pass


class FakeCluster:
    def __init__(self):
        self.indices = FakeIndices()
        self.fail_after = None  # documents written before a bulk write fails

    def options(self, **kwargs):
        return self

    def count(self, index, ignore_unavailable=False):
        names = {
            one
            for name in ([index] if isinstance(index, str) else index)
            for one in self.indices.resolve(name)
        }
        return {"count": sum(len(self.indices.indices[name]["docs"]) for name in names)}

    def docs(self, alias):
        [name] = self.indices.resolve(alias)
        return self.indices.indices[name]["docs"]

    def bulk(self, client, actions, **kwargs):
        written = 0
        for action in actions:
            if self.fail_after is not None and written >= self.fail_after:
                raise helpers.BulkIndexError("1 document(s) failed to index.", [])
            targets = self.indices.resolve(action["_index"])
            if len(targets) != 1:
                raise Refused("no write index is defined for alias")
            docs = self.indices.indices[targets[0]]["docs"]
            if action.get("_op_type") == "delete":
                written += docs.pop(action["_id"], None) is not None
            else:
                docs[action["_id"]] = action["_source"]
                written += 1
        return written, 0


@pytest.fixture
def cluster(monkeypatch, settings):
    settings.LANGUAGES = [(code, code) for code in LANGUAGES]
    cluster = FakeCluster()
    monkeypatch.setattr("search.engines.elasticsearch.helpers.bulk", cluster.bulk)
    return cluster


@pytest.fixture
def engine(cluster):
    engine = ElasticsearchEngine(url="http://search.invalid:9200", index_prefix="portal")
    engine.client = cluster
    return engine


def document(key, language="ca", title="Pensió de jubilació"):
    return SearchDocument(key=key, language=language, kind=Kind.PROCEDURE, title=title, url=f"/{key}/")


def live(cluster, alias="portal-ca"):
    return aliases.resolve(cluster, alias)


# The pure parts --------------------------------------------------------------------------------


def test_versions_are_recognised_by_their_alias_only():
    alias = "portal-ca"
    assert aliases.is_version_of(aliases.version_name(alias), alias)
    assert not aliases.is_version_of(aliases.version_name("portal-ca-ca"), alias)  # another prefix
    assert not aliases.is_version_of("portal-ca-v2025", alias)
    assert not aliases.is_version_of(alias, alias)


def test_swap_actions_move_the_alias_and_replace_an_older_releases_plain_index():
    assert aliases.swap_actions("a", "a-v2", ["a-v1"]) == [
        {"remove": {"index": "a-v1", "alias": "a"}},
        {"add": {"index": "a-v2", "alias": "a"}},
    ]
    assert aliases.swap_actions("a", "a-v2", ["a"]) == [
        {"remove_index": {"index": "a"}},
        {"add": {"index": "a-v2", "alias": "a"}},
    ]
    assert aliases.swap_actions("a", "a-v2", []) == [{"add": {"index": "a-v2", "alias": "a"}}]


# The engine ------------------------------------------------------------------------------------


def test_a_rebuild_swaps_every_language_in_one_request_and_deletes_the_old_versions(engine, cluster):
    engine.rebuild([document("old-1"), document("old-2", "es")])
    old = {code: live(cluster, f"portal-{code}") for code in LANGUAGES}
    assert all(len(names) == 1 for names in old.values())
    cluster.indices.alias_requests.clear()

    assert engine.rebuild([document("new-1"), document("new-2", "en")]) == 2
    [request] = cluster.indices.alias_requests
    assert sorted(action["add"]["alias"] for action in request if "add" in action) == sorted(
        f"portal-{code}" for code in LANGUAGES
    )
    assert set(cluster.docs("portal-ca")) == {"new-1"} and set(cluster.docs("portal-en")) == {"new-2"}
    assert not set(cluster.indices.indices) & {name for names in old.values() for name in names}
    assert len(cluster.indices.indices) == len(LANGUAGES)


def test_a_rebuild_that_fails_halfway_leaves_the_aliases_and_old_documents_and_deletes_its_versions(
    engine, cluster
):
    engine.rebuild([document(f"old-{n}") for n in range(3)])
    before = {name: dict(state["docs"]) for name, state in cluster.indices.indices.items()}
    cluster.fail_after = 2
    with pytest.raises(helpers.BulkIndexError):
        engine.rebuild([document(f"new-{n}") for n in range(5)])
    assert {name: state["docs"] for name, state in cluster.indices.indices.items()} == before
    assert engine.count() == 3


def test_a_refused_swap_deletes_the_new_versions_and_leaves_the_old_index_live(engine, cluster, monkeypatch):
    engine.rebuild([document("old")])
    before = set(cluster.indices.indices)

    def refuse(actions):
        raise Refused("cluster_block_exception")

    monkeypatch.setattr(cluster.indices, "update_aliases", refuse)
    with pytest.raises(Refused):
        engine.rebuild([document("new")])
    assert set(cluster.indices.indices) == before
    assert set(cluster.docs("portal-ca")) == {"old"}


def test_a_new_version_an_alias_already_points_to_is_never_discarded(cluster):
    cluster.indices.create("portal-ca-v20250101000000000000", body={"aliases": {"portal-ca": {}}})
    aliases.discard(cluster, ["portal-ca-v20250101000000000000"])
    assert live(cluster) == ["portal-ca-v20250101000000000000"]


def test_the_first_rebuild_replaces_an_older_releases_plain_index_in_the_same_request(engine, cluster):
    for code in LANGUAGES:
        cluster.indices.create(f"portal-{code}")
    cluster.indices.indices["portal-ca"]["docs"]["old"] = {"title": "old"}
    engine.rebuild([document("new")])
    [request] = cluster.indices.alias_requests
    assert {"remove_index": {"index": "portal-ca"}} in request
    [version] = live(cluster)
    assert aliases.is_version_of(version, "portal-ca")
    assert set(cluster.docs("portal-ca")) == {"new"}


def test_updates_go_through_the_alias_to_the_live_version(engine, cluster):
    engine.index([document("first")])  # a fresh cluster: the first write creates an aliased version
    [version] = live(cluster)
    assert aliases.is_version_of(version, "portal-ca")
    engine.rebuild([document("rebuilt")])
    engine.index([document("after")])
    assert set(cluster.docs("portal-ca")) == {"rebuilt", "after"}
    engine.remove(["rebuilt"])
    assert set(cluster.docs("portal-ca")) == {"after"}


def test_two_processes_creating_the_first_version_keep_the_oldest(engine, cluster):
    older = "portal-ca-v20200101000000000000"
    cluster.indices.create(older, body={"aliases": {"portal-ca": {}}})
    aliases.create_aliased(cluster, "portal-ca", engine._definer("ca"))
    assert live(cluster) == [older] and set(cluster.indices.indices) == {older}


def test_clear_and_drop(engine, cluster):
    engine.rebuild([document("a"), document("b", "es")])
    engine.clear()
    assert engine.count() == 0 and len(cluster.indices.indices) == len(LANGUAGES)
    cluster.indices.create("portal-ca-v20200101000000000000")  # a crashed rebuild's leftover
    cluster.indices.create("portal-ca-ca-v20200101000000000000")  # another prefix's: not ours
    engine.drop()
    assert set(cluster.indices.indices) == {"portal-ca-ca-v20200101000000000000"}
