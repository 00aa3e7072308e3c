-- keywords: one row per (article, keyword), ranked from 1.
CREATE TABLE IF NOT EXISTS keywords (
    article_id VARCHAR NOT NULL,
    keyword VARCHAR NOT NULL,
    score DOUBLE NOT NULL,
    rank INTEGER NOT NULL
);
