-- entities: one row per distinct real-world entity (entity_id from type and canonical name).
CREATE TABLE IF NOT EXISTS entities (
    entity_id VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    type VARCHAR NOT NULL,
    aliases VARCHAR[] NOT NULL,
    country_code VARCHAR,
    admin1 VARCHAR,
    latitude DOUBLE,
    longitude DOUBLE
);
