-- change_log: one row per key each write to the warehouse changed, by change number.
CREATE TABLE IF NOT EXISTS change_log (
    change_no BIGINT NOT NULL,
    kind VARCHAR NOT NULL,
    key VARCHAR
);
COMMENT ON TABLE change_log IS 'Loader bookkeeping, not for analysis: the keys each write changed (grain: change_no, kind, key), so the loader brings its other DuckDB file up to date with the rows of the last runs instead of copying the warehouse. The newest 100 changes are kept.';
COMMENT ON COLUMN change_log.change_no IS 'Number of the write, counting from 1; the highest is the state this file is in.';
COMMENT ON COLUMN change_log.kind IS 'What the key names: article (article_id, in every per-article table), entity (entity_id), file (raw_path, in files and quarantine), run (run_id), or * (a write that named no keys: its whole file is copied).';
COMMENT ON COLUMN change_log.key IS 'The changed key; NULL for kind *.';
