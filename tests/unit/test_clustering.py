"""Cross-article clustering: one story repeated by a day's articles is one cluster; ids are stable."""

from __future__ import annotations

from datetime import UTC, datetime

from pipeline.extract import build_context, nlp
from pipeline.extract.entities import extract_entities
from pipeline.extract.events import extract_events
from pipeline.extract.events.clustering import cluster_events, date_range
from pipeline.records import Actor, Article, Event, Location, Sentence, Span, Timex


def _event(etype, a1, a2, date=None, precision="unknown", place=None, modality="asserted"):
    return Event(
        type=etype,
        trigger=Span(0, 1, "x"),
        actor1=Actor("a", a1) if a1 else None,
        actor2=Actor("b", a2) if a2 else None,
        location=Location(place[0], place[1]) if place else None,
        date=date,
        precision=precision,
        date_text=None,
        modality=modality,
        sentence=Sentence(0, 1),
    )


# Three wire versions of one story, written differently, and one unrelated story.
_STORIES = [
    ("a1", "Russian Foreign Minister Sergei Lavrov met his Cuban counterpart Bruno Rodriguez in Havana "
           "on Monday.", "Monday", "2024-02-19"),
    ("a2", "Cuban Foreign Minister Bruno Rodriguez held talks with Russia's Sergei Lavrov in Havana "
           "yesterday.", "yesterday", "2024-02-19"),
    ("a3", "Sergey Lavrov, Russia's foreign minister, met Cuba's foreign minister in Havana on Monday.",
     "Monday", "2024-02-19"),
    ("b1", "Japan and Britain signed a securities agreement on Monday.", "Monday", "2024-02-19"),
]


def _article_events(article_id, text, phrase, value):
    article = Article(article_id=article_id, text=text, published_at=datetime(2024, 2, 20, tzinfo=UTC))
    ctx = build_context(article, nlp.load()(text))
    start = text.index(phrase)
    timexes = (Timex(start, start + len(phrase), phrase, "DATE", value),)
    return extract_events(ctx, timexes, extract_entities(ctx))


def test_a_day_of_articles_repeating_one_story_is_one_cluster():
    reports = []
    for article_id, text, phrase, value in _STORIES:
        for ev in _article_events(article_id, text, phrase, value):
            reports.append((article_id, "wire", ev))
    ids = cluster_events(reports)
    consult = {i for (aid, _, ev), i in zip(reports, ids, strict=True) if ev.type == "CONSULT"}
    consult_articles = {aid for aid, _, ev in reports if ev.type == "CONSULT"}
    assert consult_articles == {"a1", "a2", "a3"}
    assert len(consult) == 1
    agree = {i for (_, _, ev), i in zip(reports, ids, strict=True) if ev.type == "AGREE"}
    assert len(agree) == 1 and not agree & consult


def test_symmetric_types_ignore_actor_order():
    ids = cluster_events([
        ("a", None, _event("AGREE", "JPN", "GBR", "2024-02-19", "day")),
        ("b", None, _event("AGREE", "GBR", "JPN", "2024-02-19", "day")),
    ])
    assert ids[0] == ids[1]


def test_different_events_do_not_merge():
    ids = cluster_events([
        ("a", None, _event("CONSULT", "RUS", "CUB", "2024-02-19", "day", ("Havana", "CUB"))),
        ("b", None, _event("CONSULT", "RUS", "VEN", "2024-02-19", "day")),  # other host
        ("c", None, _event("CONSULT", "RUS", "CUB", "2023-04", "month")),  # other visit
        ("d", None, _event("ACCUSE", "RUS", "CUB", "2024-02-19", "day")),  # other type
        ("e", None, _event("ACCUSE", "CUB", "RUS", "2024-02-19", "day")),  # directed type, reversed
        ("f", None, _event("CONSULT", "RUS", "CUB", "2024-02-19", "day", ("Moscow", "RUS"))),  # other place
    ])
    assert len(set(ids)) == 6


def test_overlapping_precisions_and_one_day_slack_merge():
    ids = cluster_events([
        ("a", None, _event("SANCTION", "USA", "CUB", "2024-02-19", "day")),
        ("b", None, _event("SANCTION", "USA", "CUB", "2024-02", "month")),
        ("c", None, _event("SANCTION", "USA", "CUB", "2024-02-20", "day")),  # dated by the next day's wire
    ])
    assert len(set(ids)) == 1


def test_partial_reports_join_their_single_cluster_else_stay_per_article():
    ids = cluster_events([
        ("a", None, _event("COERCE", "CUB", "RUS", "2023-09", "month")),
        ("b", None, _event("COERCE", "CUB", None, "2023-09", "month")),  # no actor2: joins a
        ("c", None, _event("AGREE", "USA", "JPN")),  # undated: its own article
        ("d", None, _event("AGREE", "USA", "JPN")),
    ])
    assert ids[0] == ids[1]
    assert ids[2] != ids[3]


def test_ids_are_stable_across_runs_and_input_order():
    reports = [
        ("a", None, _event("CONSULT", "RUS", "CUB", "2024-02-19", "day")),
        ("b", None, _event("CONSULT", "CUB", "RUS", "2024-02-19", "day")),
        ("c", None, _event("SANCTION", "USA", "CUB", "2024-02", "month")),
    ]
    first = cluster_events(reports)
    again = cluster_events(list(reports))
    reversed_ids = cluster_events(list(reversed(reports)))
    assert first == again
    assert first == list(reversed(reversed_ids))
    assert all(i.startswith("c-") for i in first)


def test_date_range():
    assert date_range("2024-02", "month")[1].day == 29
    assert date_range(None, "unknown") is None
    assert date_range("196", "year") is None


def test_a_planned_event_does_not_join_the_one_that_happened():
    met = _event("CONSULT", "RUS", "VEN", "2024-02-20", "day")
    plan = _event("CONSULT", "RUS", "VEN", "2024-02-21", "day", modality="planned")
    partial_plan = _event("CONSULT", "RUS", None, "2024-02-21", "day", modality="planned")
    ids = cluster_events([("a", "s1", met), ("b", "s2", plan), ("c", "s3", partial_plan)])
    assert ids[0] != ids[1] and ids[1] == ids[2]
