-- entity_daily: one row per (day, entity, source): how often a source named an entity that day.
CREATE OR REPLACE VIEW entity_daily AS
WITH per_article AS (
    -- One row per (article, entity) first, so that articles and avg_tone count each
    -- article once however many times it names the entity.
    SELECT article_id, entity_id, count(*) AS mentions
    FROM mentions
    GROUP BY article_id, entity_id
)
SELECT a.published_date AS day, p.entity_id, e.name, e.type, a.source,
       sum(p.mentions) AS mentions, count(*) AS articles, avg(a.tone) AS avg_tone
FROM per_article AS p
JOIN articles AS a USING (article_id)
JOIN entities AS e USING (entity_id)
GROUP BY a.published_date, p.entity_id, e.name, e.type, a.source;
COMMENT ON VIEW entity_daily IS 'Mart: one row per (day, entity_id, source); mentions, articles and mean article tone. Filter on entity_id or name and a day range.';
COMMENT ON COLUMN entity_daily.day IS 'UTC publication day of the articles (articles.published_date).';
COMMENT ON COLUMN entity_daily.entity_id IS 'Entity; joins entities.entity_id.';
COMMENT ON COLUMN entity_daily.name IS 'Entity canonical name.';
COMMENT ON COLUMN entity_daily.type IS 'Entity type: PERSON, ORG, PLACE, EVENT, WORK or OTHER (nationalities, laws, products, languages).';
COMMENT ON COLUMN entity_daily.source IS 'Publisher of the articles.';
COMMENT ON COLUMN entity_daily.mentions IS 'Mentions of the entity in those articles'' bodies.';
COMMENT ON COLUMN entity_daily.articles IS 'Articles of the source that day mentioning the entity at least once.';
COMMENT ON COLUMN entity_daily.avg_tone IS 'Mean tone of those articles, each counted once; NULL when none is English.';
