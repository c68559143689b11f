-- All reports (articles, sources, sentences) of one real-world event ($cluster_id).
SELECT event_cluster_id, event_id, source, title, url, published_at, trigger_text, sentence
FROM events_detailed
WHERE event_cluster_id = $cluster_id
ORDER BY published_at, event_id;
