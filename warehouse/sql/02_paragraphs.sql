-- paragraphs: one row per body paragraph; offsets are character offsets into articles.body.
CREATE TABLE IF NOT EXISTS paragraphs (
    article_id VARCHAR NOT NULL,
    paragraph_index INTEGER NOT NULL,
    text VARCHAR NOT NULL,
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL
);
COMMENT ON TABLE paragraphs IS 'One row per body paragraph; key (article_id, paragraph_index).';
COMMENT ON COLUMN paragraphs.article_id IS 'Article; joins articles.article_id.';
COMMENT ON COLUMN paragraphs.paragraph_index IS 'Position in the body, from 0 (0 is the lead).';
COMMENT ON COLUMN paragraphs.text IS 'Paragraph text: articles.body[char_start:char_end].';
COMMENT ON COLUMN paragraphs.char_start IS 'Character offset (0-based, inclusive) of the paragraph in articles.body.';
COMMENT ON COLUMN paragraphs.char_end IS 'Character offset (exclusive) of the paragraph''s end in articles.body.';
