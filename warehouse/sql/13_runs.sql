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
