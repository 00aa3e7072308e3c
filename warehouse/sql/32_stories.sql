-- stories: one row per story_id (a cluster of near-duplicate articles across sources and runs).
CREATE OR REPLACE VIEW stories AS
WITH story_entities AS (
    SELECT a.story_id, e.name, count(*) AS mentions
    FROM mentions AS m
    JOIN articles AS a USING (article_id)
    JOIN entities AS e USING (entity_id)
    GROUP BY a.story_id, e.name
),
top_entities AS (
    -- Five a story, most mentioned first; names break ties so the list is deterministic.
    SELECT story_id, list(name ORDER BY mentions DESC, name) AS names
    FROM (
        SELECT *, row_number() OVER (PARTITION BY story_id ORDER BY mentions DESC, name) AS n
        FROM story_entities
    )
    WHERE n <= 5
    GROUP BY story_id
)
SELECT a.story_id,
       min(a.published_at) AS first_published_at,
       max(a.published_at) AS last_published_at,
       count(*) AS articles,
       list_sort(list_distinct(list(a.source))) AS sources,
       -- Much wire copy has no title line: the first lead stands in for a headline then.
       coalesce(arg_min(a.title, (a.published_at, a.article_id)) FILTER (WHERE a.title IS NOT NULL),
                arg_min(a.lead, (a.published_at, a.article_id))) AS headline,
       coalesce(any_value(t.names), []) AS top_entities
FROM articles AS a
LEFT JOIN top_entities AS t USING (story_id)
GROUP BY a.story_id;
COMMENT ON VIEW stories IS 'Mart: one row per story_id: when the story ran, how widely, under what headline, about whom.';
COMMENT ON COLUMN stories.story_id IS 'Story; joins articles.story_id (the article_id of its first article).';
COMMENT ON COLUMN stories.first_published_at IS 'Earliest publication instant of its articles (UTC).';
COMMENT ON COLUMN stories.last_published_at IS 'Latest publication instant of its articles (UTC).';
COMMENT ON COLUMN stories.articles IS 'Distinct articles in the story.';
COMMENT ON COLUMN stories.sources IS 'Distinct publishers that ran it, sorted.';
COMMENT ON COLUMN stories.headline IS 'Title of its earliest titled article; when none has a title (common in wire copy), the lead paragraph of its earliest article.';
COMMENT ON COLUMN stories.top_entities IS 'Up to five entity names most mentioned across its articles, most first (ties by name); empty when none.';
