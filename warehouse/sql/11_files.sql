-- files: one row per raw file version ever seen (path and content hash), with its final status.
CREATE TABLE IF NOT EXISTS files (
    raw_path VARCHAR NOT NULL,
    raw_sha256 VARCHAR NOT NULL,
    size_bytes BIGINT NOT NULL,
    status VARCHAR NOT NULL,
    article_id VARCHAR,
    reason VARCHAR,
    first_seen_at TIMESTAMPTZ NOT NULL,
    run_id VARCHAR NOT NULL
);
