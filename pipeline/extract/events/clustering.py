"""Cross-article event clustering: reports of one real-world event share an ``event_cluster_id``."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from pipeline.records import Event


def cluster_events(reports: Sequence[tuple[str, str | None, Event]]) -> list[str]:
    """A stable cluster id per (article_id, source, event) report, in input order.

    First version: reports with the same type, actor countries (unordered for symmetric types),
    location and date share a cluster; undated events stay per article.
    """
    ids = []
    for article_id, _source, event in reports:
        a1 = event.actor1.country if event.actor1 else None
        a2 = event.actor2.country if event.actor2 else None
        when = event.date or f"article:{article_id}"
        loc = event.location.country if event.location else None
        key = "|".join(str(x) for x in (event.type, a1, a2, loc, when))
        ids.append("c-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16])
    return ids
