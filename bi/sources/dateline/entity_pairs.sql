-- entity_pairs mart: one row per (day, entity_a, entity_b), entity_a < entity_b.
select
    day,
    entity_a,
    name_a,
    entity_b,
    name_b,
    articles::bigint as articles,
    mentions::bigint as mentions
from entity_pairs
order by day, entity_a, entity_b
