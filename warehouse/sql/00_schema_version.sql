-- schema_version: one row, the hash of the warehouse/sql/ files last applied to this file.
CREATE TABLE IF NOT EXISTS schema_version (version VARCHAR NOT NULL);
COMMENT ON TABLE schema_version IS 'One row: the hash of the DDL files (warehouse/sql/) last applied; the loader re-applies them when it differs.';
COMMENT ON COLUMN schema_version.version IS 'SHA-256 of the DDL files, in the order they are applied.';
