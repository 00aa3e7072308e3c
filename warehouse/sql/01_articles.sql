-- articles: one row per distinct article (deterministic article_id from the normalized content).
CREATE TABLE IF NOT EXISTS articles (
    article_id VARCHAR NOT NULL,
    source VARCHAR NOT NULL,
    editor VARCHAR,
    title VARCHAR,
    authors VARCHAR[] NOT NULL,
    published_at TIMESTAMPTZ NOT NULL,
    published_local TIMESTAMP NOT NULL,
    published_date DATE NOT NULL,
    source_timezone VARCHAR NOT NULL,
    dateline_place VARCHAR,
    dateline_date DATE,
    dateline_country_code VARCHAR,
    dateline_admin1 VARCHAR,
    dateline_latitude DOUBLE,
    dateline_longitude DOUBLE,
    dateline_geonames_id BIGINT,
    agency VARCHAR,
    lead VARCHAR NOT NULL,
    body VARCHAR NOT NULL,
    language VARCHAR NOT NULL,
    word_count INTEGER NOT NULL,
    paragraph_count INTEGER NOT NULL,
    tone DOUBLE,
    positive_score DOUBLE,
    negative_score DOUBLE,
    polarity DOUBLE,
    story_id VARCHAR,
    encoding VARCHAR NOT NULL,
    mojibake_repaired BOOLEAN NOT NULL,
    raw_path VARCHAR NOT NULL,
    raw_sha256 VARCHAR NOT NULL,
    pipeline_version VARCHAR NOT NULL,
    run_id VARCHAR NOT NULL
);
COMMENT ON TABLE articles IS 'One row per distinct article; key article_id. The hub every other article table joins to on article_id.';
COMMENT ON COLUMN articles.article_id IS 'Key: hash of the normalized content (source, local time, title, dateline, body), stable across runs; a re-filed identical article gets the same id.';
COMMENT ON COLUMN articles.source IS 'Publisher as named in the header (Xinhua, China Daily, AP, Reuters, AFP...).';
COMMENT ON COLUMN articles.editor IS 'Editor named in the header; NULL when none.';
COMMENT ON COLUMN articles.title IS 'Headline; NULL when the file has none.';
COMMENT ON COLUMN articles.authors IS 'Bylined authors in order; empty list when unbylined.';
COMMENT ON COLUMN articles.published_at IS 'Publication instant in UTC (header time read in source_timezone).';
COMMENT ON COLUMN articles.published_local IS 'Publication wall-clock time as printed in the header, in source_timezone.';
COMMENT ON COLUMN articles.published_date IS 'UTC calendar day of published_at; the lake partition key.';
COMMENT ON COLUMN articles.source_timezone IS 'IANA time zone the header time was read in (publisher table or DATELINE_DEFAULT_TIMEZONE).';
COMMENT ON COLUMN articles.dateline_place IS 'Place named in the dateline as written (e.g. HANGZHOU normalized to Hangzhou); NULL when no dateline.';
COMMENT ON COLUMN articles.dateline_date IS 'Date written in the dateline; NULL when the dateline has none.';
COMMENT ON COLUMN articles.dateline_country_code IS 'ISO 3166-1 alpha-2 country of the geocoded dateline place; NULL when unknown or not in a country (United Nations).';
COMMENT ON COLUMN articles.dateline_admin1 IS 'First-level region (province, state) of the dateline place; NULL for countries or when unknown.';
COMMENT ON COLUMN articles.dateline_latitude IS 'Latitude (WGS84 degrees) of the dateline place; countries sit at their capital. NULL when not geocoded.';
COMMENT ON COLUMN articles.dateline_longitude IS 'Longitude (WGS84 degrees) of the dateline place. NULL when not geocoded.';
COMMENT ON COLUMN articles.agency IS 'News agency credited in the dateline (e.g. Xinhua); never counted as a body entity.';
COMMENT ON COLUMN articles.lead IS 'First body paragraph.';
COMMENT ON COLUMN articles.body IS 'Normalized body text: paragraphs joined by blank lines; mention, quote and date offsets index into it.';
COMMENT ON COLUMN articles.language IS 'Detected language, ISO 639-1 (en, fr, es...). Tone, keywords and topics are computed for en only.';
COMMENT ON COLUMN articles.word_count IS 'Words in the body.';
COMMENT ON COLUMN articles.paragraph_count IS 'Body paragraphs (rows in paragraphs).';
COMMENT ON COLUMN articles.tone IS 'GDELT-style tone: positive_score minus negative_score; NULL when not English.';
COMMENT ON COLUMN articles.positive_score IS 'Percent of words with positive VADER valence (>= 1, negation flips); NULL when not English.';
COMMENT ON COLUMN articles.negative_score IS 'Percent of words with negative VADER valence; NULL when not English.';
COMMENT ON COLUMN articles.polarity IS 'positive_score plus negative_score: how emotive the text is; NULL when not English.';
COMMENT ON COLUMN articles.story_id IS 'Story cluster (MinHash near-duplicates, Jaccard >= 0.5): the article_id of the story''s first article.';
COMMENT ON COLUMN articles.encoding IS 'Encoding the raw bytes were decoded from (utf-8, cp1252, utf-16...).';
COMMENT ON COLUMN articles.mojibake_repaired IS 'True when mis-decoded text (mojibake) was repaired.';
COMMENT ON COLUMN articles.raw_path IS 'Path of the raw file the article was read from; joins files.raw_path.';
COMMENT ON COLUMN articles.raw_sha256 IS 'SHA-256 of the raw file''s bytes; with raw_path joins files.';
COMMENT ON COLUMN articles.pipeline_version IS 'Code that produced the row: the dateline version and a fingerprint of its transforms; dateline reprocess replaces rows of other versions.';
COMMENT ON COLUMN articles.run_id IS 'Run that loaded the article; joins runs.run_id.';
