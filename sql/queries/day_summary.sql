-- Rows per table for one day ($day): what a run loaded.
SELECT 'articles' AS table_name, count(*) AS rows FROM articles WHERE published_date = $day
UNION ALL SELECT 'timexes', count(*) FROM timexes WHERE published_date = $day
UNION ALL SELECT 'figures', count(*) FROM figures WHERE published_date = $day
UNION ALL SELECT 'entities', count(*) FROM entities WHERE published_date = $day
UNION ALL SELECT 'events', count(*) FROM events WHERE published_date = $day
UNION ALL SELECT 'rejects', count(*) FROM rejects WHERE published_date = $day;
