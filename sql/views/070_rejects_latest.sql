-- Rejected records, one row per distinct problem (an undated broken file is reported by every run).
CREATE OR REPLACE VIEW rejects_latest AS
SELECT reject_id, stage, source_path, line, article_id, reason,
       min(published_date) AS first_run_date, max(published_date) AS last_run_date, count(*) AS runs
FROM rejects
GROUP BY ALL;
