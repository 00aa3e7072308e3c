-- quarantine: one row per refused raw file version, with the stage and a stable reason code.
CREATE TABLE IF NOT EXISTS quarantine (
    raw_path VARCHAR NOT NULL,
    raw_sha256 VARCHAR NOT NULL,
    stage VARCHAR NOT NULL,
    reason_code VARCHAR NOT NULL,
    reason_detail VARCHAR NOT NULL,
    kept_at VARCHAR,
    run_id VARCHAR NOT NULL,
    quarantined_at TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE quarantine IS 'One row per refused raw file version; key (raw_path, raw_sha256), joins files on both.';
COMMENT ON COLUMN quarantine.raw_path IS 'Path of the refused raw file; joins files.raw_path.';
COMMENT ON COLUMN quarantine.raw_sha256 IS 'SHA-256 of the refused bytes; joins files.raw_sha256.';
COMMENT ON COLUMN quarantine.stage IS 'Stage that refused the file: discover, decode, parse, normalize, validate, process (its batch task), or the enrichment step that raised (entities, keywords, ...).';
COMMENT ON COLUMN quarantine.reason_code IS 'Stable reason: empty, not_text, too_large, no_body, no_header, bad_timestamp, implausible_date, unsupported_format, validation_failed, unreadable, symlink, transform_error (a transform raised: a bug), batch_failed (its batch task failed even alone), timed_out (processing it ran past the time limit).';
COMMENT ON COLUMN quarantine.reason_detail IS 'Readable explanation (for validation_failed, the expectation that failed).';
COMMENT ON COLUMN quarantine.kept_at IS 'Where the refused bytes are kept, under warehouse/quarantine/ by hash; NULL when they were not kept (e.g. a symlink, which is never followed).';
COMMENT ON COLUMN quarantine.run_id IS 'Run that refused the file; joins runs.run_id.';
COMMENT ON COLUMN quarantine.quarantined_at IS 'When that run loaded its results (UTC).';
