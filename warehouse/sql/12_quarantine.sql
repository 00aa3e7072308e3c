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
