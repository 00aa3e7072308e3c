-- quotes: one row per direct quotation, with its speaker when resolved.
CREATE TABLE IF NOT EXISTS quotes (
    article_id VARCHAR NOT NULL,
    quote_index INTEGER NOT NULL,
    text VARCHAR NOT NULL,
    speaker_entity_id VARCHAR,
    speaker_text VARCHAR,
    verb VARCHAR,
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL,
    paragraph_index INTEGER NOT NULL,
    -- Added after the first release: nullable so that 19_lake_columns.sql can add them to
    -- existing warehouses (their older rows hold NULL) and both paths give one schema;
    -- their comments are in 19_lake_columns.sql, after the columns surely exist.
    paragraph_end_index INTEGER,
    attribution VARCHAR,
    speaker_char_start INTEGER,
    speaker_char_end INTEGER
);
COMMENT ON TABLE quotes IS 'One row per direct quotation in a body, with its speaker; key (article_id, quote_index).';
COMMENT ON COLUMN quotes.article_id IS 'Article; joins articles.article_id.';
COMMENT ON COLUMN quotes.quote_index IS 'Position among the article''s quotations, from 0.';
COMMENT ON COLUMN quotes.text IS 'Words inside the quotation marks: articles.body[char_start:char_end] (holds the paragraph break when the quote spans paragraphs).';
COMMENT ON COLUMN quotes.speaker_entity_id IS 'Speaker resolved to an entity; joins entities.entity_id. NULL when unresolved (e.g. a description only).';
COMMENT ON COLUMN quotes.speaker_text IS 'The words that name the speaker, as written (Ren, the minister, he; not `At first he` or `Mr Kell meanwhile`).';
COMMENT ON COLUMN quotes.verb IS 'Speech verb as written (said, told, according to...).';
COMMENT ON COLUMN quotes.char_start IS 'Character offset (inclusive) of the quoted words in articles.body.';
COMMENT ON COLUMN quotes.char_end IS 'Character offset (exclusive) of the quoted words'' end in articles.body.';
COMMENT ON COLUMN quotes.paragraph_index IS 'Paragraph where the quotation starts; joins paragraphs on (article_id, paragraph_index).';
