"""The lake's tables: one pyarrow schema each, defined once and used by writer, loader and tests.

Every table is Hive-partitioned by ``published_date`` (the directory ``published_date=YYYY-MM-DD``);
the partition column is not stored inside the files.  Offsets are Python string indices into the
article text (``start_char`` inclusive, ``end_char`` exclusive); ``sentence_start``/``sentence_end``
locate the sentence holding the record.
"""

from __future__ import annotations

import pyarrow as pa

PARTITION_COLUMN = "published_date"

_SPAN = [
    pa.field("article_id", pa.string(), nullable=False),
    pa.field("start_char", pa.int32(), nullable=False),
    pa.field("end_char", pa.int32(), nullable=False),
    pa.field("text", pa.string(), nullable=False),
    pa.field("sentence_start", pa.int32()),
    pa.field("sentence_end", pa.int32()),
]

ARTICLES = pa.schema([
    pa.field("article_id", pa.string(), nullable=False),
    pa.field("published_at", pa.timestamp("us", tz="UTC"), nullable=False),
    pa.field("dct", pa.date32(), nullable=False),  # the publication day in the article's own zone
    pa.field("title", pa.string()),
    pa.field("url", pa.string()),
    pa.field("source", pa.string()),
    pa.field("language", pa.string()),
    pa.field("dateline", pa.string()),
    pa.field("source_path", pa.string()),
    pa.field("text_hash", pa.string(), nullable=False),
    pa.field("utc_offset_minutes", pa.int32(), nullable=False),
    pa.field("text", pa.string(), nullable=False),
])

TIMEXES = pa.schema([
    pa.field("timex_id", pa.string(), nullable=False),
    *_SPAN,
    pa.field("type", pa.string(), nullable=False),
    pa.field("value", pa.string(), nullable=False),
    pa.field("mod", pa.string()),
    pa.field("range_start", pa.date32()),
    pa.field("range_end", pa.date32()),
    pa.field("granularity", pa.string()),
])

FIGURES = pa.schema([
    pa.field("figure_id", pa.string(), nullable=False),
    *_SPAN,
    pa.field("kind", pa.string(), nullable=False),
    pa.field("value", pa.float64(), nullable=False),
    pa.field("unit", pa.string()),
    pa.field("approximate", pa.bool_(), nullable=False),
    pa.field("bound", pa.string()),
    pa.field("per", pa.string()),
    pa.field("low", pa.float64()),
    pa.field("high", pa.float64()),
    pa.field("period", pa.string()),
    pa.field("period_text", pa.string()),
    pa.field("period_start", pa.date32()),
    pa.field("period_end", pa.date32()),
    pa.field("baseline_period", pa.string()),
    pa.field("subject", pa.string()),
    pa.field("parties", pa.list_(pa.string()), nullable=False),
    pa.field("modality", pa.string()),
])

ENTITIES = pa.schema([
    pa.field("entity_id", pa.string(), nullable=False),
    *_SPAN,
    pa.field("type", pa.string(), nullable=False),
    pa.field("name", pa.string(), nullable=False),
    pa.field("country", pa.string()),
    pa.field("kind", pa.string()),
])

EVENTS = pa.schema([
    pa.field("event_id", pa.string(), nullable=False),
    pa.field("event_cluster_id", pa.string()),
    pa.field("article_id", pa.string(), nullable=False),
    pa.field("type", pa.string(), nullable=False),
    pa.field("trigger_start", pa.int32(), nullable=False),
    pa.field("trigger_end", pa.int32(), nullable=False),
    pa.field("trigger_text", pa.string(), nullable=False),
    pa.field("actor1_text", pa.string()),
    pa.field("actor1_country", pa.string()),
    pa.field("actor1_kind", pa.string()),
    pa.field("actor2_text", pa.string()),
    pa.field("actor2_country", pa.string()),
    pa.field("actor2_kind", pa.string()),
    pa.field("location_text", pa.string()),
    pa.field("location_country", pa.string()),
    pa.field("event_date", pa.string()),  # TIMEX3 value of the event's own date
    pa.field("date_start", pa.date32()),
    pa.field("date_end", pa.date32()),
    pa.field("precision", pa.string(), nullable=False),
    pa.field("date_text", pa.string()),
    pa.field("modality", pa.string(), nullable=False),
    pa.field("sentence_start", pa.int32(), nullable=False),
    pa.field("sentence_end", pa.int32(), nullable=False),
])

REJECTS = pa.schema([
    pa.field("reject_id", pa.string(), nullable=False),
    pa.field("stage", pa.string(), nullable=False),
    pa.field("source_path", pa.string(), nullable=False),
    pa.field("line", pa.int32()),
    pa.field("article_id", pa.string()),
    pa.field("reason", pa.string(), nullable=False),
])

TABLES: dict[str, pa.Schema] = {
    "articles": ARTICLES,
    "timexes": TIMEXES,
    "figures": FIGURES,
    "entities": ENTITIES,
    "events": EVENTS,
    "rejects": REJECTS,
}

# Tables the extract stage produces (articles and ingest rejects come from ingest).
EXTRACTED_TABLES = ("timexes", "figures", "entities", "events")
