-- topic_daily: one row per (day, IPTC Media Topic): articles assigned the topic and their tone.
CREATE OR REPLACE VIEW topic_daily AS
SELECT a.published_date AS day, t.topic_code, t.topic_label AS topic_name,
       count(*) AS articles, avg(a.tone) AS avg_tone
FROM topics AS t
JOIN articles AS a USING (article_id)
GROUP BY a.published_date, t.topic_code, t.topic_label;
COMMENT ON VIEW topic_daily IS 'Mart: one row per (day, topic_code): English articles assigned each IPTC Media Topic (an article has up to 3) and their mean tone.';
COMMENT ON COLUMN topic_daily.day IS 'UTC publication day of the articles.';
COMMENT ON COLUMN topic_daily.topic_code IS 'IPTC Media Topic code (e.g. medtop:04000000).';
COMMENT ON COLUMN topic_daily.topic_name IS 'IPTC Media Topic English label.';
COMMENT ON COLUMN topic_daily.articles IS 'Articles that day assigned the topic.';
COMMENT ON COLUMN topic_daily.avg_tone IS 'Mean tone of those articles.';
