-- keywords: one row per (article, keyword), ranked from 1.
CREATE TABLE IF NOT EXISTS keywords (
    article_id VARCHAR NOT NULL,
    keyword VARCHAR NOT NULL,
    score DOUBLE NOT NULL,
    rank INTEGER NOT NULL
);
COMMENT ON TABLE keywords IS 'One row per (article, keyword) for English articles; key (article_id, rank).';
COMMENT ON COLUMN keywords.article_id IS 'Article; joins articles.article_id.';
COMMENT ON COLUMN keywords.keyword IS 'Keyphrase of 1-3 words (a name or a noun phrase; never a verb, an adverb or a function word alone), spelled as the article writes it mid-sentence (a common word it writes only at the start of sentences in lower case).';
COMMENT ON COLUMN keywords.score IS 'YAKE-style score: lower is more relevant.';
COMMENT ON COLUMN keywords.rank IS 'Rank within the article from 1 (best).';
