"""Page views counted without tracking: a counter per page and day in the cache.

A view adds one to a cache counter and nothing to the database; `manage.py flush_page_views`
(cron, every few minutes) adds the counters to `PageViewDay` and takes what it added off them,
so views counted while it runs are kept for the next flush. No cookie is read or set and nothing
about the visitor is kept: robots are told apart by their user agent, which is read and dropped.

The counters need a cache that the command shares with the app servers (Redis, `REDIS_URL`);
with the default per-process memory cache, counts stay in each server process and are flushed
only by `flush_page_views_now` in that process (the tests do this).
"""

import datetime
import re

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from wagtail.models import Page

from .models import PageViewDay

# Robots, crawlers, link previews, monitors and scripts, by the words their user agents carry.
ROBOT = re.compile(
    r"bot|crawl|spider|slurp|archiver|preview|fetch|monitor|uptime|checker|scan|headless|lighthouse"
    r"|python|curl|wget|java/|go-http|okhttp|axios|node-fetch|libwww|httpclient|scrapy|feed|facebookexternalhit",
    re.IGNORECASE,
)
# Counters live a few days, so a flush that did not run for a day loses nothing.
COUNTER_LIFETIME = 4 * 24 * 3600
FLUSH_DAYS = 3
BATCH = 1000


def counter_cache():
    return caches[settings.FEEDBACK_COUNTER_CACHE]


def counter_key(page_id, day):
    return f"feedback:views:{day.isoformat()}:{page_id}"


def is_robot(user_agent):
    return not user_agent or bool(ROBOT.search(user_agent))


def count_view(page, request):
    if request.method != "GET" or is_robot(request.headers.get("User-Agent", "")[:512]):
        return
    cache = counter_cache()
    key = counter_key(page.pk, timezone.localdate())
    cache.add(key, 0, COUNTER_LIFETIME)
    try:
        cache.incr(key)
    except ValueError:  # expired between add and incr: the view starts a new counter
        cache.set(key, 1, COUNTER_LIFETIME)


def flush_page_views_now(days=FLUSH_DAYS, today=None):
    """Add the cache counters of the last `days` days to the database; the views added."""
    today = today or timezone.localdate()
    cache = counter_cache()
    page_ids = list(Page.objects.filter(depth__gt=1).values_list("pk", flat=True))
    added = 0
    for offset in range(days):
        day = today - datetime.timedelta(days=offset)
        for start in range(0, len(page_ids), BATCH):
            keys = {counter_key(page_id, day): page_id for page_id in page_ids[start : start + BATCH]}
            counts = {key: value for key, value in cache.get_many(keys).items() if value}
            for key, value in counts.items():
                with transaction.atomic():
                    add_views(keys[key], day, value)
                cache.decr(key, value)
                added += value
    return added


def add_views(page_id, day, views):
    if not PageViewDay.objects.filter(page_id=page_id, date=day).update(views=F("views") + views):
        PageViewDay.objects.create(page_id=page_id, date=day, views=views)
