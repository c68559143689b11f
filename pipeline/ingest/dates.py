"""Publication-time parsing shared by every ingest format and the extraction contract."""

from __future__ import annotations

from datetime import UTC, date, datetime

from pipeline.errors import BadArticle


def parse_published_at(value: object) -> datetime:
    """An aware datetime from an ISO 8601 date or date-time (naive times are taken as UTC)."""
    if isinstance(value, datetime):
        parsed = value
    elif isinstance(value, date):
        parsed = datetime(value.year, value.month, value.day)
    elif isinstance(value, str) and value.strip():
        text = value.strip().replace("Z", "+00:00") if value.strip().endswith("Z") else value.strip()
        try:
            parsed = datetime.fromisoformat(text)
        except ValueError as exc:
            raise BadArticle(f"published_at {value!r} is not an ISO 8601 date or date-time") from exc
    else:
        raise BadArticle(f"published_at {value!r} is not an ISO 8601 date or date-time")
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
