-- Named-entity mentions; mentions of one entity in an article share name.
CREATE TABLE IF NOT EXISTS entities (
    entity_id       VARCHAR NOT NULL,
    article_id      VARCHAR NOT NULL,
    published_date  DATE NOT NULL,
    start_char      INTEGER NOT NULL,
    end_char        INTEGER NOT NULL,
    text            VARCHAR NOT NULL,
    sentence_start  INTEGER,
    sentence_end    INTEGER,
    type            VARCHAR NOT NULL,
    name            VARCHAR NOT NULL,
    country         VARCHAR,
    kind            VARCHAR
);
