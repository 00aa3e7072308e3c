-- entity_mentions: one row per mention, with the entity's name and type and the article's day.
CREATE OR REPLACE VIEW entity_mentions AS
SELECT m.article_id, a.published_at, a.published_date, a.source, e.entity_id, e.name, e.type,
       e.country_code, m.text, m.paragraph_index
FROM mentions AS m
JOIN entities AS e USING (entity_id)
JOIN articles AS a USING (article_id);
COMMENT ON VIEW entity_mentions IS 'One row per mention, with the entity''s name and type and the article''s day and source.';
COMMENT ON COLUMN entity_mentions.article_id IS 'Article; joins articles.article_id.';
COMMENT ON COLUMN entity_mentions.published_at IS 'Article publication instant (UTC).';
COMMENT ON COLUMN entity_mentions.published_date IS 'Article UTC publication day.';
COMMENT ON COLUMN entity_mentions.source IS 'Article publisher.';
COMMENT ON COLUMN entity_mentions.entity_id IS 'Entity mentioned; joins entities.entity_id.';
COMMENT ON COLUMN entity_mentions.name IS 'Entity canonical name.';
COMMENT ON COLUMN entity_mentions.type IS 'Entity type: PERSON, ORG, PLACE, EVENT, WORK or OTHER (nationalities, laws, products, languages).';
COMMENT ON COLUMN entity_mentions.country_code IS 'Places: ISO 3166-1 alpha-2 country; NULL otherwise.';
COMMENT ON COLUMN entity_mentions.text IS 'The mention as written.';
COMMENT ON COLUMN entity_mentions.paragraph_index IS 'Paragraph holding the mention, from 0.';
