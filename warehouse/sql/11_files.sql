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
COMMENT ON TABLE files IS 'Manifest: one row per raw file version ever seen; key (raw_path, raw_sha256). Every file is loaded, duplicate or quarantined.';
COMMENT ON COLUMN files.raw_path IS 'Path of the raw file as discovered.';
COMMENT ON COLUMN files.raw_sha256 IS 'SHA-256 of the file''s bytes; a changed file is a new version (new row).';
COMMENT ON COLUMN files.size_bytes IS 'File size in bytes.';
COMMENT ON COLUMN files.status IS 'loaded (its article is in articles), duplicate (of article_id) or quarantined (see quarantine).';
COMMENT ON COLUMN files.article_id IS 'Article loaded from or duplicated by the file; joins articles.article_id. NULL when quarantined.';
COMMENT ON COLUMN files.reason IS 'Quarantine reason code (as quarantine.reason_code); NULL otherwise.';
COMMENT ON COLUMN files.first_seen_at IS 'When the run that recorded this version loaded it (UTC).';
COMMENT ON COLUMN files.run_id IS 'Run that recorded the file; joins runs.run_id.';
