-- One row per ingested article; the partition column published_date is the article's UTC day.
-- Ids are unique per day by construction; the check task verifies it (no PK: loads delete and
-- re-insert whole days, which DuckDB constraint checking would make slower and fussier).
CREATE TABLE IF NOT EXISTS articles (
    article_id          VARCHAR NOT NULL,
    published_date      DATE NOT NULL,
    published_at        TIMESTAMPTZ NOT NULL,
    dct                 DATE NOT NULL,
    title               VARCHAR,
    url                 VARCHAR,
    source              VARCHAR,
    language            VARCHAR,
    dateline            VARCHAR,
    source_path         VARCHAR,
    text_hash           VARCHAR NOT NULL,
    utc_offset_minutes  INTEGER NOT NULL,
    text                VARCHAR NOT NULL
);
