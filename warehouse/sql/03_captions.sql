-- captions: one row per photo caption kept out of an article's body.
CREATE TABLE IF NOT EXISTS captions (
    article_id VARCHAR NOT NULL,
    caption_index INTEGER NOT NULL,
    text VARCHAR NOT NULL,
    credit VARCHAR
);
