-- Events per actor (either side), dated by the event's own date, for "timeline of an actor".
CREATE OR REPLACE VIEW actor_timeline AS
SELECT actor1_text AS actor, actor1_country AS actor_country, 'actor1' AS role, *
FROM events_detailed WHERE actor1_text IS NOT NULL OR actor1_country IS NOT NULL
UNION ALL
SELECT actor2_text AS actor, actor2_country AS actor_country, 'actor2' AS role, *
FROM events_detailed WHERE actor2_text IS NOT NULL OR actor2_country IS NOT NULL;
