-- Every event with its article's title, url and source and the sentence it was read from.
CREATE OR REPLACE VIEW events_detailed AS
SELECT
    e.*,
    a.title,
    a.url,
    a.source,
    a.published_at,
    substr(a.text, e.sentence_start + 1, e.sentence_end - e.sentence_start) AS sentence
FROM events AS e
JOIN articles AS a USING (article_id, published_date);
