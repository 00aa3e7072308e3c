-- mentioned_dates: one row per date expression in a body, resolved against the dateline day.
CREATE TABLE IF NOT EXISTS mentioned_dates (
    article_id VARCHAR NOT NULL,
    text VARCHAR NOT NULL,
    resolved_date DATE NOT NULL,
    resolution VARCHAR NOT NULL,
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL
);
