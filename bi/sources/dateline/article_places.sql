-- article_places mart: one row per (article, located place), dateline places flagged.
select
    article_id,
    published_date,
    source,
    entity_id,
    name,
    place_kind,
    country_code,
    admin1,
    latitude,
    longitude,
    is_dateline,
    mentions::bigint as mentions
from article_places
order by published_date, article_id, name
