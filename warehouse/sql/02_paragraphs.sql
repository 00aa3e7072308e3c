-- paragraphs: one row per body paragraph; offsets are character offsets into articles.body.
CREATE TABLE IF NOT EXISTS paragraphs (
    article_id VARCHAR NOT NULL,
    paragraph_index INTEGER NOT NULL,
    text VARCHAR NOT NULL,
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL
);
