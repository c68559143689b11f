"""Cross-article event clustering: one ``event_cluster_id`` per real-world event.

Two reports are the same event when they have the same type and modality, the same actor countries (in either
order for symmetric types: AGREE, CONSULT, COOPERATE), compatible locations (same country, or one
unknown) and overlapping date ranges (a day, a month or a year, with one day of slack for reports
that date by the publication day). A report missing actor2 or a date joins the one cluster it is
compatible with, if exactly one; otherwise it stands alone with its own key.

Ids are a hash of the canonical key (type, actor countries, location country) and the cluster's
date bucket (its earliest date; undated reports that join no cluster stay per article), so the
same input gives the same ids on every run, in any order.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from pipeline.records import Event
from pipeline.timevalues import precision_of, value_range

SYMMETRIC_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE"})
_SLACK = timedelta(days=1)


@dataclass(frozen=True)
class _Report:
    index: int
    article_id: str
    type: str
    actors: tuple[str | None, str | None]
    place: str | None
    span: tuple[date, date] | None
    modality: str


def date_range(value: str | None, precision: str) -> tuple[date, date] | None:
    """The calendar interval a plain day, month or year date covers, else None (decades, ranges)."""
    if precision not in {"day", "month", "year"} or precision_of(value) != precision:
        return None
    start, end = value_range(value)
    return (start, end) if start is not None and end is not None else None


def _actors(event: Event) -> tuple[str | None, str | None]:
    a1 = event.actor1.country if event.actor1 else None
    a2 = event.actor2.country if event.actor2 else None
    if event.type in SYMMETRIC_TYPES and a1 is not None and a2 is not None:
        return tuple(sorted((a1, a2)))  # type: ignore[return-value]
    return a1, a2


def _report(index: int, article_id: str, event: Event) -> _Report:
    return _Report(
        index=index,
        article_id=article_id,
        type=event.type,
        actors=_actors(event),
        place=event.location.country if event.location else None,
        span=date_range(event.date, event.precision),
        modality=event.modality,
    )


def _overlap(a: tuple[date, date], b: tuple[date, date]) -> bool:
    return a[0] <= b[1] + _SLACK and b[0] <= a[1] + _SLACK


def _compatible(a: _Report, b: _Report, wildcard: bool) -> bool:
    # A planned meeting and the meeting that took place (or one that did not) are different facts.
    if a.type != b.type or a.modality != b.modality:
        return False
    for x, y in zip(a.actors, b.actors, strict=True):
        if x != y and not (wildcard and (x is None or y is None)):
            return False
    if a.place and b.place and a.place != b.place:
        return False
    if a.span is None or b.span is None:
        return wildcard
    return _overlap(a.span, b.span)


def _complete(r: _Report) -> bool:
    return r.span is not None and r.actors[0] is not None and (r.actors[1] is not None or r.type == "STATEMENT")


def cluster_events(reports: Sequence[tuple[str, str | None, Event]]) -> list[str]:
    """A stable ``event_cluster_id`` for each (article_id, source, event), in input order."""
    items = [_report(i, article_id, event) for i, (article_id, _, event) in enumerate(reports)]
    parent = list(range(len(items)))

    def find(i: int) -> int:
        """Root of ``i``'s cluster (union-find with path halving)."""
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        """Merge two clusters; the lower index stays root, so results do not depend on call order."""
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)

    complete = [r for r in items if _complete(r)]
    partial = [r for r in items if not _complete(r)]
    by_type: dict[str, list[_Report]] = {}
    for r in complete:
        by_type.setdefault(r.type, []).append(r)
    # Complete reports: exact actors, overlapping dates (transitively).
    for group in by_type.values():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if _compatible(a, b, wildcard=False):
                    union(a.index, b.index)
    # Partial reports join the single compatible cluster, if there is exactly one.
    for r in partial:
        roots = {find(c.index) for c in by_type.get(r.type, []) if _compatible(r, c, wildcard=True)}
        if len(roots) == 1:
            union(r.index, roots.pop())
    # Remaining partial reports merge among themselves when equal in what they know; undated ones
    # only within their article (two undated "agreements" in two articles may be two events).
    for i, a in enumerate(partial):
        for b in partial[i + 1 :]:
            if find(a.index) != a.index or find(b.index) != b.index:
                continue
            if (a.type, a.actors, a.place, a.modality) != (b.type, b.actors, b.place, b.modality):
                continue
            if a.span is None and b.span is None and a.article_id == b.article_id:
                union(a.index, b.index)
            elif a.span is not None and b.span is not None and _overlap(a.span, b.span):
                union(a.index, b.index)
    members: dict[int, list[_Report]] = {}
    for r in items:
        members.setdefault(find(r.index), []).append(r)
    ids = {root: _cluster_id(group) for root, group in members.items()}
    return [ids[find(r.index)] for r in items]


def _cluster_id(group: list[_Report]) -> str:
    """Hash of the cluster's canonical key and date bucket (independent of input order)."""
    etype = group[0].type
    a1 = sorted({r.actors[0] for r in group if r.actors[0]})
    a2 = sorted({r.actors[1] for r in group if r.actors[1]})
    places = sorted({r.place for r in group if r.place})
    starts = [r.span[0] for r in group if r.span is not None]
    bucket = min(starts).isoformat() if starts else "undated:" + min(r.article_id for r in group)
    key = "|".join([etype, ",".join(a1), ",".join(a2), ",".join(places[:1]), bucket])
    return "c-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
