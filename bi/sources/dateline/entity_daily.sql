-- entity_daily mart: one row per (day, entity, source).
select
    day,
    entity_id,
    name,
    type,
    source,
    mentions::bigint as mentions,
    articles::bigint as articles,
    avg_tone
from entity_daily
order by day, entity_id, source
