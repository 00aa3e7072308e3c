-- article_places: one row per (article, place): the located places a body names, plus its dateline place.
CREATE OR REPLACE VIEW article_places AS
WITH body AS (
    SELECT m.article_id, m.entity_id, e.name, e.country_code, e.admin1, e.latitude, e.longitude,
           e.geonames_id, count(*) AS mentions
    FROM mentions AS m
    JOIN entities AS e USING (entity_id)
    -- Map-ready: places the gazetteer could not place (e.g. Silk Road) have no point.
    WHERE e.type = 'PLACE' AND e.latitude IS NOT NULL
    GROUP BY m.article_id, m.entity_id, e.name, e.country_code, e.admin1, e.latitude, e.longitude,
             e.geonames_id
),
dateline AS (
    SELECT article_id, dateline_place AS name, dateline_country_code AS country_code,
           dateline_admin1 AS admin1, dateline_latitude AS latitude,
           dateline_longitude AS longitude, dateline_geonames_id AS geonames_id
    FROM articles
    WHERE dateline_latitude IS NOT NULL
),
places AS (
    -- The dateline place joins the body's mention of the same place (name and country),
    -- so an article has one row per place either way.
    SELECT coalesce(b.article_id, d.article_id) AS article_id, b.entity_id,
           coalesce(b.name, d.name) AS name,
           coalesce(b.country_code, d.country_code) AS country_code,
           coalesce(b.admin1, d.admin1) AS admin1,
           coalesce(b.latitude, d.latitude) AS latitude,
           coalesce(b.longitude, d.longitude) AS longitude,
           coalesce(b.geonames_id, d.geonames_id) AS geonames_id,
           d.article_id IS NOT NULL AS is_dateline,
           coalesce(b.mentions, 0) AS mentions
    FROM body AS b
    FULL JOIN dateline AS d
      ON d.article_id = b.article_id AND d.name = b.name
     AND d.country_code IS NOT DISTINCT FROM b.country_code
)
SELECT p.article_id, a.published_date, a.source, p.entity_id, p.name,
       -- Entities keep no gazetteer kind, so it is read from the columns the gazetteer
       -- fills: a country has no admin1, a region is its own admin1 (as is a city named
       -- like its region: Beijing, Nairobi), only continents and sites have no country.
       CASE
           WHEN p.country_code IS NULL AND p.entity_id IS NULL THEN 'site'
           WHEN p.country_code IS NULL THEN 'continent'
           WHEN p.admin1 IS NULL THEN 'country'
           WHEN p.admin1 = p.name THEN 'region_or_city'
           ELSE 'city'
       END AS place_kind,
       p.country_code, p.admin1, p.latitude, p.longitude, p.geonames_id, p.is_dateline, p.mentions
FROM places AS p
JOIN articles AS a USING (article_id);
COMMENT ON VIEW article_places IS 'Mart, map-ready: one row per (article_id, name, country_code) located place: each place entity its body names, and its geocoded dateline place (is_dateline). GeoNames ids where the place has one.';
COMMENT ON COLUMN article_places.article_id IS 'Article; joins articles.article_id.';
COMMENT ON COLUMN article_places.published_date IS 'UTC publication day of the article.';
COMMENT ON COLUMN article_places.source IS 'Publisher of the article.';
COMMENT ON COLUMN article_places.entity_id IS 'Place entity; joins entities.entity_id. NULL for a dateline place the body does not name.';
COMMENT ON COLUMN article_places.name IS 'Place name: the entity''s canonical name, or the dateline place as written.';
COMMENT ON COLUMN article_places.place_kind IS 'Derived from the gazetteer columns: country (no admin1), city (admin1 differs from name: a city, a town or a county such as Kent), region_or_city (name equals its admin1: Zhejiang, or Beijing), continent (no country), site (a dateline with no country: United Nations).';
COMMENT ON COLUMN article_places.country_code IS 'ISO 3166-1 alpha-2 country; NULL for continents and sites.';
COMMENT ON COLUMN article_places.admin1 IS 'First-level region name; NULL for countries, continents and sites.';
COMMENT ON COLUMN article_places.latitude IS 'Latitude, WGS84 degrees (countries at their capital, regions at the mean of their towns).';
COMMENT ON COLUMN article_places.longitude IS 'Longitude, WGS84 degrees.';
COMMENT ON COLUMN article_places.geonames_id IS 'GeoNames id of a continent, country or city of 15,000+ people (https://www.geonames.org/<id>); NULL for regions, smaller towns and sites.';
COMMENT ON COLUMN article_places.is_dateline IS 'True for the article''s dateline place.';
COMMENT ON COLUMN article_places.mentions IS 'Mentions of the place in the body; 0 for a dateline place the body does not name.';
