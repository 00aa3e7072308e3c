-- curation: one row per rule in force in the curation file (<warehouse>/curation.csv), with what the last load did with it.
CREATE TABLE IF NOT EXISTS curation (
    line INTEGER NOT NULL,
    action VARCHAR NOT NULL,
    entity_id VARCHAR NOT NULL,
    value VARCHAR NOT NULL,
    note VARCHAR,
    status VARCHAR NOT NULL,
    rows_changed INTEGER NOT NULL,
    applied_at TIMESTAMPTZ,
    run_id VARCHAR NOT NULL
);
COMMENT ON TABLE curation IS 'Entity curation: one row per rule of the curation file as of the last load; key (action, entity_id). Every load applies every rule to entities, mentions and quotes; the lake keeps what the extractor found. Not in the lake.';
COMMENT ON COLUMN curation.line IS 'Line of the rule in the curation file.';
COMMENT ON COLUMN curation.action IS 'merge (entity_id becomes value: its mentions and quote speakers move, its name and aliases become the target''s aliases, its row goes), rename (name becomes value, the old name an alias) or type (type becomes value).';
COMMENT ON COLUMN curation.entity_id IS 'Entity the rule changes; joins entities.entity_id, except for a merged entity, whose row is gone.';
COMMENT ON COLUMN curation.value IS 'merge: the target entity_id (a chain of merges ends at the last one); rename: the new canonical name; type: PERSON, ORG, PLACE, EVENT, WORK or OTHER.';
COMMENT ON COLUMN curation.note IS 'Why, as the curator wrote it; NULL when empty.';
COMMENT ON COLUMN curation.status IS 'applied; entity missing or target missing (a merge''s target): skipped, and applied by the load that brings the entity.';
COMMENT ON COLUMN curation.rows_changed IS 'Rows the last load changed: mentions and quotes moved plus the merged row removed, or the entities row renamed or retyped; 0 when already in force.';
COMMENT ON COLUMN curation.applied_at IS 'When the last load applied the rule (UTC); NULL when skipped.';
COMMENT ON COLUMN curation.run_id IS 'Run whose load last read the rule; joins runs.run_id.';
