-- stories mart: one row per story_id. The list columns are flattened to text
-- (Evidence's parquet cache keeps scalar columns only).
select
    story_id,
    first_published_at,
    last_published_at,
    articles::bigint as articles,
    len(sources)::bigint as source_count,
    array_to_string(sources, ', ') as sources,
    headline,
    array_to_string(top_entities, ', ') as top_entities
from stories
order by first_published_at, story_id
