-- daily_articles: one row per (publication day, source): how much each publisher filed.
CREATE OR REPLACE VIEW daily_articles AS
SELECT published_date, source, count(*) AS articles, sum(word_count) AS words, avg(tone) AS avg_tone
FROM articles
GROUP BY published_date, source;
COMMENT ON VIEW daily_articles IS 'One row per (published_date, source): articles filed, words and mean tone.';
COMMENT ON COLUMN daily_articles.published_date IS 'UTC publication day (articles.published_date).';
COMMENT ON COLUMN daily_articles.source IS 'Publisher (articles.source).';
COMMENT ON COLUMN daily_articles.articles IS 'Distinct articles published that day by the source.';
COMMENT ON COLUMN daily_articles.words IS 'Sum of their word counts.';
COMMENT ON COLUMN daily_articles.avg_tone IS 'Mean tone of their English articles; NULL when none is English.';
