-- runs: one row per pipeline run, with its counts and validation outcome.
CREATE TABLE IF NOT EXISTS runs (
    run_id VARCHAR NOT NULL,
    flow_run_id VARCHAR,
    started_at TIMESTAMPTZ NOT NULL,
    finished_at TIMESTAMPTZ NOT NULL,
    status VARCHAR NOT NULL,
    files_seen INTEGER NOT NULL,
    files_new INTEGER NOT NULL,
    articles_loaded INTEGER NOT NULL,
    duplicates INTEGER NOT NULL,
    quarantined INTEGER NOT NULL,
    validation_success BOOLEAN,
    message VARCHAR,
    pipeline_version VARCHAR NOT NULL
);
COMMENT ON TABLE runs IS 'One row per pipeline run; key run_id. files_new = articles_loaded + duplicates + quarantined.';
COMMENT ON COLUMN runs.run_id IS 'Key: the run''s id; its report is warehouse/docs/runs/<run_id>.json.';
COMMENT ON COLUMN runs.flow_run_id IS 'Prefect flow-run id, to find the run in the Prefect UI; NULL outside Prefect.';
COMMENT ON COLUMN runs.started_at IS 'When the run started (UTC).';
COMMENT ON COLUMN runs.finished_at IS 'When the run finished (UTC).';
COMMENT ON COLUMN runs.status IS 'completed (quarantined files included) or failed (nothing published; see message).';
COMMENT ON COLUMN runs.files_seen IS 'Raw files found by discovery.';
COMMENT ON COLUMN runs.files_new IS 'Files not seen before with the same hash: the ones this run processed.';
COMMENT ON COLUMN runs.articles_loaded IS 'New files loaded as articles.';
COMMENT ON COLUMN runs.duplicates IS 'New files whose article was already loaded (or loaded twice in the run).';
COMMENT ON COLUMN runs.quarantined IS 'New files refused (rows in quarantine).';
COMMENT ON COLUMN runs.validation_success IS 'True when every expectation passed; NULL when validation did not run.';
COMMENT ON COLUMN runs.message IS 'Why a failed run failed (expectation and observed value); NULL otherwise.';
COMMENT ON COLUMN runs.pipeline_version IS 'Code of the run: the dateline version and a fingerprint of its transforms.';
