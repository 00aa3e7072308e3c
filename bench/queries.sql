-- Typical analyst queries, timed by bench/run.py on warehouse/dateline.duckdb opened read only.
-- A `-- query: name` block is timed (median of 5 runs). A `-- pick: name` block runs once,
-- untimed, and its single value becomes the `$name` parameter of the queries after it.
-- Only contract columns (docs/data-contract.md) are used, so the timings survive schema additions.

-- pick: entity_id
-- The entity analysts follow: the most mentioned one.
SELECT entity_id
FROM mentions
GROUP BY entity_id
ORDER BY count(*) DESC, entity_id
LIMIT 1;

-- pick: speaker_id
-- The speaker quoted most often.
SELECT speaker_entity_id
FROM quotes
WHERE speaker_entity_id IS NOT NULL
GROUP BY speaker_entity_id
ORDER BY count(*) DESC, speaker_entity_id
LIMIT 1;

-- query: articles_per_day_per_source
-- One row per (day, source): how much each publisher filed.
SELECT CAST(published_at AS DATE) AS day, source, count(*) AS articles
FROM articles
GROUP BY day, source
ORDER BY day, source;

-- query: top_people_last_month
-- One row per person: mentions in the month before the newest article.
WITH latest AS (SELECT max(published_at) AS published_at FROM articles)
SELECT e.name, count(*) AS mentions, count(DISTINCT m.article_id) AS articles
FROM mentions AS m
JOIN entities AS e USING (entity_id)
JOIN articles AS a USING (article_id)
WHERE e.type = 'PERSON'
  AND a.published_at >= (SELECT published_at FROM latest) - INTERVAL 1 MONTH
GROUP BY e.name
ORDER BY mentions DESC, e.name
LIMIT 20;

-- query: entity_mentions_by_day
-- One row per day: mentions of one entity.
SELECT CAST(a.published_at AS DATE) AS day, count(*) AS mentions
FROM mentions AS m
JOIN articles AS a USING (article_id)
WHERE m.entity_id = $entity_id
GROUP BY day
ORDER BY day;

-- query: quotes_by_speaker
-- One row per quote of one speaker, newest first, with its article.
SELECT a.article_id, a.published_at, a.source, a.title, q.text
FROM quotes AS q
JOIN articles AS a USING (article_id)
WHERE q.speaker_entity_id = $speaker_id
ORDER BY a.published_at DESC, a.article_id, q.quote_index;

-- query: topics_per_week
-- One row per (week, topic): articles on each IPTC Media Topic.
SELECT date_trunc('week', a.published_at) AS week, t.topic_code, t.topic_label,
       count(*) AS articles
FROM topics AS t
JOIN articles AS a USING (article_id)
GROUP BY week, t.topic_code, t.topic_label
ORDER BY week, t.topic_code;
