-- story_signatures: one MinHash signature per article, kept to cluster later stories with it.
CREATE TABLE IF NOT EXISTS story_signatures (
    article_id VARCHAR NOT NULL,
    story_id VARCHAR NOT NULL,
    signature BLOB NOT NULL
);
COMMENT ON TABLE story_signatures IS 'One MinHash signature per article, kept so later runs can join their articles to earlier stories; key article_id. Internal to story assignment.';
COMMENT ON COLUMN story_signatures.article_id IS 'Article; joins articles.article_id.';
COMMENT ON COLUMN story_signatures.story_id IS 'Story the article was assigned to; equals articles.story_id.';
COMMENT ON COLUMN story_signatures.signature IS 'MinHash signature: 128 permutations over word 5-shingles, packed little-endian uint32.';
