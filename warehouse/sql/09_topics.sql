-- topics: one row per (article, IPTC Media Topic) assigned, with its score.
CREATE TABLE IF NOT EXISTS topics (
    article_id VARCHAR NOT NULL,
    topic_code VARCHAR NOT NULL,
    topic_label VARCHAR NOT NULL,
    score DOUBLE NOT NULL
);
COMMENT ON TABLE topics IS 'One row per (article, IPTC Media Topic) assigned, at most 3 an article, English only; key (article_id, topic_code).';
COMMENT ON COLUMN topics.article_id IS 'Article; joins articles.article_id.';
COMMENT ON COLUMN topics.topic_code IS 'IPTC Media Topic code of one of the 17 top-level topics (e.g. medtop:04000000).';
COMMENT ON COLUMN topics.topic_label IS 'IPTC Media Topic English label (e.g. economy, business and finance).';
COMMENT ON COLUMN topics.score IS 'Matched lexicon terms per 100 words; kept when >= 1.0 and >= 0.4 of the article''s best.';
