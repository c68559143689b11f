-- Timeline of an actor: events where $actor (a name fragment or an ISO3 country code) takes part.
SELECT coalesce(date_start, published_date) AS day, precision, type, modality, role,
       actor1_text, actor1_country, actor2_text, actor2_country, location_text, sentence, url
FROM actor_timeline
WHERE actor ILIKE '%' || $actor || '%' OR actor_country = upper($actor)
ORDER BY day, published_date, event_id;
