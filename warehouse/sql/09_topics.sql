-- topics: one row per (article, IPTC Media Topic) assigned, with its score.
CREATE TABLE IF NOT EXISTS topics (
    article_id VARCHAR NOT NULL,
    topic_code VARCHAR NOT NULL,
    topic_label VARCHAR NOT NULL,
    score DOUBLE NOT NULL
);
