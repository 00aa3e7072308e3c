-- daily_articles view: one row per (UTC publication day, source).
select
    published_date,
    source,
    articles::bigint as articles,
    words::double as words,
    avg_tone
from daily_articles
order by published_date, source
