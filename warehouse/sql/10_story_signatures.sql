-- story_signatures: one MinHash signature per article, kept to cluster later stories with it.
CREATE TABLE IF NOT EXISTS story_signatures (
    article_id VARCHAR NOT NULL,
    story_id VARCHAR NOT NULL,
    signature BLOB NOT NULL
);
