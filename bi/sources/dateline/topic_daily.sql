-- topic_daily mart: one row per (day, IPTC Media Topic).
select
    day,
    topic_code,
    topic_name,
    articles::bigint as articles,
    avg_tone
from topic_daily
order by day, topic_code
