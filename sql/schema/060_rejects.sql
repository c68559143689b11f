-- Records that could not be used, with the reason; published_date is the run's day.
CREATE TABLE IF NOT EXISTS rejects (
    reject_id       VARCHAR NOT NULL,
    published_date  DATE NOT NULL,
    stage           VARCHAR NOT NULL,
    source_path     VARCHAR NOT NULL,
    line            INTEGER,
    article_id      VARCHAR,
    reason          VARCHAR NOT NULL
);
