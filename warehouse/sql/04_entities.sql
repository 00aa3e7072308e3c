-- entities: one row per distinct real-world entity (entity_id from type and canonical name).
CREATE TABLE IF NOT EXISTS entities (
    entity_id VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    type VARCHAR NOT NULL,
    aliases VARCHAR[] NOT NULL,
    country_code VARCHAR,
    admin1 VARCHAR,
    latitude DOUBLE,
    longitude DOUBLE,
    geonames_id BIGINT
);
COMMENT ON TABLE entities IS 'One row per distinct person, organization, place, event, work or other named thing; key entity_id. Places carry gazetteer (GeoNames) coordinates.';
COMMENT ON COLUMN entities.entity_id IS 'Key: hash of type and canonical name (plus country and admin1 for located places), stable across articles and runs.';
COMMENT ON COLUMN entities.name IS 'Canonical name; the first one loaded stays.';
COMMENT ON COLUMN entities.type IS 'PERSON, ORG, PLACE, EVENT, WORK or OTHER (nationalities, laws, products, languages).';
COMMENT ON COLUMN entities.aliases IS 'Other written forms seen (acronyms, surnames, spellings), accumulated across runs, sorted.';
COMMENT ON COLUMN entities.country_code IS 'Places: ISO 3166-1 alpha-2 country; NULL for other types, continents, sites and unresolved places.';
COMMENT ON COLUMN entities.admin1 IS 'Places: first-level region name (province, state); the region''s own name for a region; NULL for countries.';
COMMENT ON COLUMN entities.latitude IS 'Places: latitude (WGS84 degrees); countries sit at their capital, regions at the mean of their towns. NULL otherwise.';
COMMENT ON COLUMN entities.longitude IS 'Places: longitude (WGS84 degrees). NULL otherwise.';
