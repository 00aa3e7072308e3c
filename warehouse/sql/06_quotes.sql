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
    paragraph_index INTEGER NOT NULL
);
