-- Every figure with its period interval, subject, parties, article and sentence.
CREATE OR REPLACE VIEW figures_detailed AS
SELECT
    f.*,
    a.title,
    a.url,
    a.source,
    substr(a.text, f.sentence_start + 1, f.sentence_end - f.sentence_start) AS sentence
FROM figures AS f
JOIN articles AS a USING (article_id, published_date);
