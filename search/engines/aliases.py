"""Elasticsearch indices behind aliases, so that a rebuilt index is swapped in at once.

Each language's index name ("fets-vitals-ca") is an alias of a versioned index
("fets-vitals-ca-v20250101120000123456"). A rebuild fills new versions beside the live ones,
then moves every alias to its new version in one `update_aliases` request, which Elasticsearch
applies atomically, and deletes the old versions afterwards. Searches and updates go through
the aliases, so they meet the old index or the new one, never a half-built one; a rebuild that
fails deletes its new versions and leaves the aliases where they were.

Releases before this one made plain indices under those names: the first rebuild replaces each
with an alias in the same atomic request (an alias cannot share an index's name).
"""

import logging
import re

from django.utils import timezone
from elasticsearch import exceptions as es_errors

logger = logging.getLogger(__name__)
VERSION = re.compile(r"-v\d{20}")


def version_name(alias, now=None):
    return f"{alias}-v{(now or timezone.now()):%Y%m%d%H%M%S%f}"


def is_version_of(name, alias):
    """Whether `name` is one of `alias`'s versions (not another prefix's index that starts alike)."""
    return name.startswith(alias) and VERSION.fullmatch(name[len(alias) :]) is not None


def swap_actions(alias, new_index, current):
    """The `update_aliases` actions that leave `alias` on `new_index` alone.

    `current` lists the indices the name resolves to now: the alias's versions, or the name
    itself when it is a plain index, which must go in the same request.
    """
    actions = [
        {"remove_index": {"index": alias}} if name == alias else {"remove": {"index": name, "alias": alias}}
        for name in current
    ]
    return [*actions, {"add": {"index": new_index, "alias": alias}}]


def resolve(client, alias):
    """The indices the name resolves to: the alias's versions, the plain index of that name, or none."""
    try:
        return sorted(client.indices.get(index=alias, features="aliases", ignore_unavailable=True))
    except es_errors.NotFoundError:
        return []


def versions(client, alias):
    """Every version of the alias, pointed at or not (a crashed rebuild's, say)."""
    found = client.indices.get(index=f"{alias}-v*", features="aliases", ignore_unavailable=True)
    return sorted(name for name in found if is_version_of(name, alias))


def create_version(alias, define):
    """A new, empty version of the alias; `define(name)` gives its elasticsearch.dsl Index."""
    name = version_name(alias)
    define(name).create()
    return name


def create_aliased(client, alias, define):
    """The first version of an alias that does not exist yet, created with the alias at once.

    Two processes may do it at the same time: the alias then has two versions, and every
    process keeps the oldest, so writes have one index to go to.
    """
    name = version_name(alias)
    definition = define(name)
    definition.aliases(**{alias: {}})
    definition.create()
    current = resolve(client, alias)
    if len(current) > 1 and name != current[0]:
        client.indices.delete(index=name)


def swap(client, new_by_alias):
    """Point each alias at its new index, all in one atomic request; then delete the old versions."""
    current = {alias: resolve(client, alias) for alias in new_by_alias}
    actions = [
        action for alias, new in new_by_alias.items() for action in swap_actions(alias, new, current[alias])
    ]
    client.indices.update_aliases(actions=actions)
    retired = [name for alias, names in current.items() for name in names if is_version_of(name, alias)]
    if retired:
        try:
            client.indices.delete(index=retired, ignore_unavailable=True)
        except (es_errors.ApiError, es_errors.TransportError) as error:
            # The swap is done: the old versions only take space now.
            logger.warning(
                "Old search indices %s could not be deleted (%s); delete them by hand", retired, error
            )


def discard(client, names):
    """Delete the new versions of a failed rebuild, unless an alias points to them already.

    Never raises: it runs while another error is on its way up, which is the one to report.
    """
    names = list(names)
    try:
        if names:
            found = client.indices.get(index=names, features="aliases", ignore_unavailable=True)
            unused = [name for name, state in found.items() if not state.get("aliases")]
            if unused:
                client.indices.delete(index=unused, ignore_unavailable=True)
    except (es_errors.ApiError, es_errors.TransportError) as error:
        logger.warning("Search indices %s of a failed rebuild could not be deleted (%s)", names, error)
