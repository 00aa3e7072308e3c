-- mentioned_dates: one row per date expression in a body, resolved against the dateline day.
CREATE TABLE IF NOT EXISTS mentioned_dates (
    article_id VARCHAR NOT NULL,
    text VARCHAR NOT NULL,
    resolved_date DATE NOT NULL,
    resolution VARCHAR NOT NULL,
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL,
    -- Added after the first release: nullable so that 19_lake_columns.sql can add them to
    -- existing warehouses (their older rows hold NULL) and both paths give one schema;
    -- their comments are in 19_lake_columns.sql, after the columns surely exist.
    paragraph_index INTEGER,
    period VARCHAR,
    reference_date DATE
);
COMMENT ON TABLE mentioned_dates IS 'One row per date expression in a body (weekdays, Nov. 9, last year...), resolved against the article''s reference day; key (article_id, char_start).';
COMMENT ON COLUMN mentioned_dates.article_id IS 'Article; joins articles.article_id.';
COMMENT ON COLUMN mentioned_dates.text IS 'The expression as written: articles.body[char_start:char_end].';
COMMENT ON COLUMN mentioned_dates.resolved_date IS 'First day of the period meant (a month resolves to its 1st, a year to Jan 1, a week to its Monday).';
COMMENT ON COLUMN mentioned_dates.resolution IS 'Precision of resolved_date: day, month or year.';
COMMENT ON COLUMN mentioned_dates.char_start IS 'Character offset (inclusive) of the expression in articles.body.';
COMMENT ON COLUMN mentioned_dates.char_end IS 'Character offset (exclusive) of the expression''s end in articles.body.';
