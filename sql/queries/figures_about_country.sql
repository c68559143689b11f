-- Every figure about a country ($country, ISO 3166-1 alpha-3), with its sentence.
SELECT published_date, kind, value, unit, approximate, period, subject, parties, text, sentence, title
FROM figures_detailed
WHERE list_contains(parties, $country)
ORDER BY published_date, article_id, start_char;
