-- daily_articles: one row per (publication day, source): how much each publisher filed.
CREATE OR REPLACE VIEW daily_articles AS
SELECT published_date, source, count(*) AS articles, sum(word_count) AS words, avg(tone) AS avg_tone
FROM articles
GROUP BY published_date, source;
