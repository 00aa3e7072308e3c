-- mentions: one row per occurrence of an entity in an article's body.
CREATE TABLE IF NOT EXISTS mentions (
    article_id VARCHAR NOT NULL,
    entity_id VARCHAR NOT NULL,
    text VARCHAR NOT NULL,
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL,
    paragraph_index INTEGER NOT NULL,
    -- Added after the first release: nullable so that 19_lake_columns.sql can add them to
    -- existing warehouses (their older rows hold NULL) and both paths give one schema;
    -- their comments are in 19_lake_columns.sql, after the columns surely exist.
    entity_type VARCHAR,
    method VARCHAR
);
COMMENT ON TABLE mentions IS 'One row per occurrence of an entity in an article body; key (article_id, char_start, char_end): a place inside a longer name (Beijing in Beijing International Book Fair) is a mention of its own. Joins articles on article_id and entities on entity_id.';
COMMENT ON COLUMN mentions.article_id IS 'Article; joins articles.article_id.';
COMMENT ON COLUMN mentions.entity_id IS 'Entity mentioned; joins entities.entity_id.';
COMMENT ON COLUMN mentions.text IS 'The mention as written: articles.body[char_start:char_end].';
COMMENT ON COLUMN mentions.char_start IS 'Character offset (inclusive) of the mention in articles.body.';
COMMENT ON COLUMN mentions.char_end IS 'Character offset (exclusive) of the mention''s end in articles.body.';
COMMENT ON COLUMN mentions.paragraph_index IS 'Paragraph holding the mention; joins paragraphs on (article_id, paragraph_index).';
