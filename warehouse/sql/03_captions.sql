-- captions: one row per photo caption kept out of an article's body.
CREATE TABLE IF NOT EXISTS captions (
    article_id VARCHAR NOT NULL,
    caption_index INTEGER NOT NULL,
    text VARCHAR NOT NULL,
    credit VARCHAR
);
COMMENT ON TABLE captions IS 'One row per photo caption kept out of the body; key (article_id, caption_index).';
COMMENT ON COLUMN captions.article_id IS 'Article; joins articles.article_id.';
COMMENT ON COLUMN captions.caption_index IS 'Position among the article''s captions, from 0.';
COMMENT ON COLUMN captions.text IS 'Caption text without its credit.';
COMMENT ON COLUMN captions.credit IS 'Photo credit (e.g. Xinhua/Li Ziheng); NULL when none.';
