-- entity_pairs: one row per (day, unordered entity pair) named in the same article that day.
CREATE OR REPLACE VIEW entity_pairs AS
WITH per_article AS (
    SELECT article_id, entity_id, count(*) AS mentions
    FROM mentions
    GROUP BY article_id, entity_id
)
SELECT a.published_date AS day, x.entity_id AS entity_a, ea.name AS name_a,
       y.entity_id AS entity_b, eb.name AS name_b,
       count(*) AS articles, sum(x.mentions + y.mentions) AS mentions
FROM per_article AS x
-- `<` keeps each unordered pair once and drops an entity paired with itself.
JOIN per_article AS y ON y.article_id = x.article_id AND x.entity_id < y.entity_id
JOIN articles AS a ON a.article_id = x.article_id
JOIN entities AS ea ON ea.entity_id = x.entity_id
JOIN entities AS eb ON eb.entity_id = y.entity_id
GROUP BY a.published_date, x.entity_id, ea.name, y.entity_id, eb.name;
COMMENT ON VIEW entity_pairs IS 'Mart: one row per (day, entity_a, entity_b) with entity_a < entity_b: entities named in the same article. Filter on entity_a or entity_b (an entity can be on either side).';
COMMENT ON COLUMN entity_pairs.day IS 'UTC publication day of the articles.';
COMMENT ON COLUMN entity_pairs.entity_a IS 'The pair''s smaller entity_id; joins entities.entity_id.';
COMMENT ON COLUMN entity_pairs.name_a IS 'Canonical name of entity_a.';
COMMENT ON COLUMN entity_pairs.entity_b IS 'The pair''s larger entity_id; joins entities.entity_id.';
COMMENT ON COLUMN entity_pairs.name_b IS 'Canonical name of entity_b.';
COMMENT ON COLUMN entity_pairs.articles IS 'Articles that day mentioning both entities.';
COMMENT ON COLUMN entity_pairs.mentions IS 'Mentions of either entity in those articles (both sides summed).';
