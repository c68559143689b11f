"""Warehouse: SQL layers apply cleanly, tables match the lake schema, views give the expected rows,
and a day's load replaces exactly that day."""

from __future__ import annotations

from datetime import date

import duckdb
import pyarrow as pa
import pytest

from pipeline.lake import Lake
from pipeline.schema import PARTITION_COLUMN, TABLES
from pipeline.warehouse import apply_sql, load_day

DAY = date(2024, 2, 20)
TEXT = "Lavrov met Rodriguez in Havana. Trade reached 450 million dollars in 2022."


@pytest.fixture
def con():
    connection = duckdb.connect(":memory:")
    apply_sql(connection)
    yield connection
    connection.close()


def _insert(con, table: str, **values):
    columns = ", ".join(values)
    marks = ", ".join("?" for _ in values)
    con.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(values.values()))


def _article(con, aid="a1", source="wire-a", day=DAY):
    _insert(con, "articles", article_id=aid, published_date=day, published_at=f"{day} 09:00:00+00",
            dct=day, title=f"title {aid}", url=f"https://x/{aid}", source=source, text_hash=aid,
            utc_offset_minutes=0, text=TEXT)


def _event(con, eid, aid="a1", cluster="c1", a1="RUS", a2="CUB", start="2024-02-19", day=DAY):
    _insert(con, "events", event_id=eid, event_cluster_id=cluster, article_id=aid, published_date=day,
            type="CONSULT", trigger_start=7, trigger_end=10, trigger_text="met", actor1_text="Lavrov",
            actor1_country=a1, actor2_text="Rodriguez", actor2_country=a2, location_text="Havana",
            event_date=start, date_start=start, date_end=start, precision="day", modality="asserted",
            sentence_start=0, sentence_end=31)


def test_every_table_has_the_lake_schema_columns_plus_the_partition(con):
    for table, schema in TABLES.items():
        columns = [r[0] for r in con.execute(f"DESCRIBE {table}").fetchall()]
        assert sorted(columns) == sorted([*schema.names, PARTITION_COLUMN]), table


def test_apply_sql_is_idempotent(con):
    _article(con)
    apply_sql(con)
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 1


def test_events_detailed_carries_article_and_sentence(con):
    _article(con)
    _event(con, "a1:v0")
    row = con.execute("SELECT title, url, sentence FROM events_detailed").fetchone()
    assert row == ("title a1", "https://x/a1", "Lavrov met Rodriguez in Havana.")


def test_event_clusters_count_articles_and_sources(con):
    _article(con, "a1", "wire-a")
    _article(con, "a2", "wire-b")
    _article(con, "a3", "wire-b")
    _event(con, "a1:v0", "a1")
    _event(con, "a2:v0", "a2")
    _event(con, "a3:v0", "a3")
    _event(con, "a3:v1", "a3", cluster="c2", a2="VEN")
    rows = con.execute("SELECT event_cluster_id, mentions, articles, sources FROM event_clusters ORDER BY 1").fetchall()
    assert rows == [("c1", 3, 3, 2), ("c2", 1, 1, 1)]


def test_country_pair_events_by_month_orders_the_pair_and_counts_events(con):
    _article(con)
    _event(con, "a1:v0", a1="RUS", a2="CUB")
    _event(con, "a1:v1", a1="CUB", a2="RUS", cluster="c1")
    _event(con, "a1:v2", a1="CUB", a2="RUS", cluster="c9", start="2024-03-02")
    rows = con.execute("SELECT country_a, country_b, month::DATE, mentions, events "
                       "FROM country_pair_events_by_month ORDER BY month").fetchall()
    assert rows == [("CUB", "RUS", date(2024, 2, 1), 2, 1), ("CUB", "RUS", date(2024, 3, 1), 1, 1)]


def test_trade_by_country_pair_year_keeps_two_party_trade_money_only(con):
    _article(con)
    base = dict(article_id="a1", published_date=DAY, start_char=46, end_char=65, text="450 million dollars",
                sentence_start=32, sentence_end=74, approximate=True, period="2022",
                period_start="2022-01-01", period_end="2022-12-31")
    _insert(con, "figures", figure_id="f0", kind="money", value=4.5e8, unit="USD", subject="bilateral trade",
            parties=["RUS", "CUB"], **base)
    _insert(con, "figures", figure_id="f1", kind="percent", value=5, unit="percent", subject="trade",
            parties=["RUS", "CUB"], **base)
    _insert(con, "figures", figure_id="f2", kind="money", value=1.0, unit="USD", subject="trade",
            parties=["RUS"], **base)
    rows = con.execute("SELECT country_a, country_b, year, currency, value, sentence "
                       "FROM trade_by_country_pair_year").fetchall()
    assert rows == [("CUB", "RUS", 2022, "USD", 4.5e8, "Trade reached 450 million dollars in 2022.")]


def test_figures_about_country_query_binds_its_parameter(con):
    from pipeline.settings import REPO_ROOT

    _article(con)
    _insert(con, "figures", figure_id="f0", article_id="a1", published_date=DAY, start_char=46, end_char=65,
            text="450 million dollars", kind="money", value=4.5e8, approximate=False, parties=["RUS", "CUB"],
            sentence_start=32, sentence_end=74)
    sql = (REPO_ROOT / "sql" / "queries" / "figures_about_country.sql").read_text()
    assert len(con.execute(sql, {"country": "CUB"}).fetchall()) == 1
    assert con.execute(sql, {"country": "USA"}).fetchall() == []


def test_rejects_latest_folds_repeated_reports(con):
    for day in (date(2024, 2, 19), date(2024, 2, 20)):
        _insert(con, "rejects", reject_id="r1", published_date=day, stage="ingest", source_path="x.json",
                reason="not valid JSON")
    assert con.execute("SELECT runs, first_run_date, last_run_date FROM rejects_latest").fetchall() == [
        (2, date(2024, 2, 19), date(2024, 2, 20))]


def _publish_articles(lake: Lake, day: date, ids: list[str]) -> None:
    from pipeline.lake import article_row
    from tests.unit.test_lake import _article as make_article

    rows = [article_row(make_article(i)) for i in ids]
    lake.publish(day, {"articles": pa.Table.from_pylist(rows, schema=TABLES["articles"])})


def test_load_day_replaces_exactly_that_day_and_is_repeatable(tmp_path):
    lake = Lake(str(tmp_path / "lake"))
    warehouse = str(tmp_path / "w.duckdb")
    other = date(2024, 2, 19)
    _publish_articles(lake, other, ["x"])
    _publish_articles(lake, DAY, ["a", "b"])
    load_day(warehouse, lake, other)
    first = load_day(warehouse, lake, DAY)
    again = load_day(warehouse, lake, DAY)
    assert first == again and first["articles"] == 2 and first["events"] == 0
    _publish_articles(lake, DAY, ["c"])
    load_day(warehouse, lake, DAY)
    with duckdb.connect(warehouse, read_only=True) as con:
        rows = con.execute("SELECT published_date, article_id FROM articles ORDER BY 1, 2").fetchall()
    assert rows == [(other, "x"), (DAY, "c")]
