-- mentions: one row per occurrence of an entity in an article's body.
CREATE TABLE IF NOT EXISTS mentions (
    article_id VARCHAR NOT NULL,
    entity_id VARCHAR NOT NULL,
    text VARCHAR NOT NULL,
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL,
    paragraph_index INTEGER NOT NULL
);
