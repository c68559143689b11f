"""The lake: staged writes, atomic replacement of a day's partition, row round trips."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.lake import Lake, article_from_row, article_row, extraction_rows
from pipeline.records import Actor, Article, Event, Extraction, Figure, Location, Sentence, Span, Timex
from pipeline.schema import TABLES

DAY = date(2024, 2, 20)


def _article(aid: str = "a1", tz=UTC) -> Article:
    return Article(aid, "Lavrov met Rodriguez in Havana.", datetime(2024, 2, 20, 9, tzinfo=tz),
                   title="t", source="s", text_hash="h")


def test_publish_replaces_exactly_that_days_partition(tmp_path):
    lake = Lake(str(tmp_path))
    other = date(2024, 2, 19)
    for day, ids in ((other, ["x"]), (DAY, ["a", "b"])):
        lake.publish(day, {"articles": TABLES["articles"].empty_table().from_pylist(
            [article_row(_article(i)) for i in ids], schema=TABLES["articles"])})
    lake.publish(DAY, {"articles": TABLES["articles"].empty_table().from_pylist(
        [article_row(_article("c"))], schema=TABLES["articles"])})
    assert lake.read_partition("articles", DAY).column("article_id").to_pylist() == ["c"]
    assert lake.read_partition("articles", other).column("article_id").to_pylist() == ["x"]
    leftovers = [p for p in (tmp_path / "articles").iterdir() if p.name.startswith(".")]
    assert leftovers == []


def test_staging_is_per_day_and_reset_forgets_earlier_attempts(tmp_path):
    lake = Lake(str(tmp_path))
    lake.stage(DAY, "articles", "batch-00000", [article_row(_article("a"))])
    lake.stage(DAY, "articles", "batch-00001", [article_row(_article("b"))])
    assert sorted(lake.read_staged(DAY, "articles").column("article_id").to_pylist()) == ["a", "b"]
    lake.stage(DAY, "articles", "batch-00001", [])  # a re-run batch overwrites only its own file
    assert lake.read_staged(DAY, "articles").column("article_id").to_pylist() == ["a"]
    lake.reset_staging(DAY)
    assert lake.read_staged(DAY, "articles").num_rows == 0


def test_staged_files_carry_the_declared_schema_even_when_empty(tmp_path):
    lake = Lake(str(tmp_path))
    lake.stage(DAY, "events", "batch-00000", [])
    path = tmp_path / "_staging" / "published_date=2024-02-20" / "events" / "batch-00000.parquet"
    assert pq.read_schema(path).names == TABLES["events"].names


def test_a_row_that_breaks_the_schema_is_refused(tmp_path):
    lake = Lake(str(tmp_path))
    with pytest.raises(pa.ArrowTypeError):
        lake.stage(DAY, "articles", "bad", [{"article_id": "a", "text": 3}])
    with pytest.raises(pa.ArrowInvalid):  # a required column left empty
        lake.stage(DAY, "articles", "bad", [article_row(_article()) | {"text_hash": None}])
    assert lake.read_staged(DAY, "articles").num_rows == 0


def test_article_round_trip_keeps_the_publication_zone():
    zone = timezone(timedelta(hours=-5))
    article = _article(tz=zone)
    back = article_from_row(article_row(article))
    assert back == article and back.published_at.utcoffset() == timedelta(hours=-5)


def test_extraction_rows_have_ids_sentences_and_resolved_intervals():
    sentence = Sentence(0, 31)
    extraction = Extraction(
        "a1",
        timexes=(Timex(0, 4, "2022", "DATE", "2022"),),
        figures=(Figure(5, 9, "9", "multiplier", 9.0, period="2023-Q4", parties=("RUS", "CUB")),),
        events=(Event("CONSULT", Span(7, 10, "met"), Actor("Lavrov", "RUS", "GOV"), None,
                      Location("Havana", "CUB"), "2024-02-19", "day", "yesterday", "asserted", sentence),),
        sentences=(sentence,),
    )
    rows = extraction_rows(extraction)
    assert rows["timexes"][0]["timex_id"] == "a1:t0" and rows["timexes"][0]["sentence_start"] == 0
    figure = rows["figures"][0]
    assert (figure["period_start"], figure["period_end"]) == (date(2023, 10, 1), date(2023, 12, 31))
    event = rows["events"][0]
    assert (event["date_start"], event["date_end"], event["actor2_country"]) == (date(2024, 2, 19),) * 2 + (None,)
    for table in ("timexes", "figures", "events"):
        assert list(rows[table][0]) == TABLES[table].names, table
    assert rows["entities"] == []
