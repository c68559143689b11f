-- Events between two countries per month of the event's own date (pair ordered alphabetically).
CREATE OR REPLACE VIEW country_pair_events_by_month AS
SELECT
    least(actor1_country, actor2_country) AS country_a,
    greatest(actor1_country, actor2_country) AS country_b,
    date_trunc('month', date_start) AS month,
    type,
    count(*) AS mentions,
    count(DISTINCT coalesce(event_cluster_id, event_id)) AS events
FROM events
WHERE actor1_country IS NOT NULL AND actor2_country IS NOT NULL
  AND actor1_country <> actor2_country
  AND date_start IS NOT NULL
GROUP BY ALL;
