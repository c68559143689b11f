-- Money figures about trade between exactly two countries, per year of the period they describe.
CREATE OR REPLACE VIEW trade_by_country_pair_year AS
SELECT
    list_sort(parties)[1] AS country_a,
    list_sort(parties)[2] AS country_b,
    year(period_start) AS year,
    unit AS currency,
    subject,
    value,
    approximate,
    period,
    text,
    figure_id,
    article_id,
    sentence
FROM figures_detailed
WHERE kind = 'money'
  AND len(parties) = 2
  AND period_start IS NOT NULL
  AND year(period_start) = year(period_end)
  AND (subject ILIKE '%trade%' OR subject ILIKE '%export%' OR subject ILIKE '%import%');
