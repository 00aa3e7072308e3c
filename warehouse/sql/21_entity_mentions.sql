-- entity_mentions: one row per mention, with the entity's name and type and the article's day.
CREATE OR REPLACE VIEW entity_mentions AS
SELECT m.article_id, a.published_at, a.published_date, a.source, e.entity_id, e.name, e.type,
       e.country_code, m.text, m.paragraph_index
FROM mentions AS m
JOIN entities AS e USING (entity_id)
JOIN articles AS a USING (article_id);
