-- TIMEX3 time expressions, each with the calendar interval it denotes (when it denotes one).
CREATE TABLE IF NOT EXISTS timexes (
    timex_id        VARCHAR NOT NULL,
    article_id      VARCHAR NOT NULL,
    published_date  DATE NOT NULL,
    start_char      INTEGER NOT NULL,
    end_char        INTEGER NOT NULL,
    text            VARCHAR NOT NULL,
    sentence_start  INTEGER,
    sentence_end    INTEGER,
    type            VARCHAR NOT NULL,
    value           VARCHAR NOT NULL,
    mod             VARCHAR,
    range_start     DATE,
    range_end       DATE,
    granularity     VARCHAR
);
