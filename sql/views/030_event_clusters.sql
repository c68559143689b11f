-- One row per real-world event: the reports (events) sharing an event_cluster_id, counted.
CREATE OR REPLACE VIEW event_clusters AS
SELECT
    event_cluster_id,
    any_value(type) AS type,
    mode(actor1_country) AS actor1_country,
    mode(actor2_country) AS actor2_country,
    mode(location_text) AS location_text,
    min(date_start) AS date_start,
    max(date_end) AS date_end,
    count(*) AS mentions,
    count(DISTINCT e.article_id) AS articles,
    count(DISTINCT coalesce(a.source, a.article_id)) AS sources,
    min(a.published_at) AS first_reported_at,
    max(a.published_at) AS last_reported_at
FROM events AS e
JOIN articles AS a USING (article_id, published_date)
WHERE event_cluster_id IS NOT NULL
GROUP BY event_cluster_id;
