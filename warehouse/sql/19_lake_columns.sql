-- lake columns: migrations that give warehouses created before them the lake's newer columns (no rows of its own).
-- The CREATE TABLEs above declare these columns, so on a new warehouse every statement
-- here is a no-op; on an older one they are added (NULL on existing rows; a reload from
-- the lake fills them) and described here, once they exist.
ALTER TABLE mentions ADD COLUMN IF NOT EXISTS entity_type VARCHAR;
ALTER TABLE mentions ADD COLUMN IF NOT EXISTS method VARCHAR;
ALTER TABLE quotes ADD COLUMN IF NOT EXISTS paragraph_end_index INTEGER;
ALTER TABLE quotes ADD COLUMN IF NOT EXISTS attribution VARCHAR;
ALTER TABLE quotes ADD COLUMN IF NOT EXISTS speaker_char_start INTEGER;
ALTER TABLE quotes ADD COLUMN IF NOT EXISTS speaker_char_end INTEGER;
ALTER TABLE mentioned_dates ADD COLUMN IF NOT EXISTS paragraph_index INTEGER;
ALTER TABLE mentioned_dates ADD COLUMN IF NOT EXISTS period VARCHAR;
ALTER TABLE mentioned_dates ADD COLUMN IF NOT EXISTS reference_date DATE;
ALTER TABLE entities ADD COLUMN IF NOT EXISTS geonames_id BIGINT;
ALTER TABLE articles ADD COLUMN IF NOT EXISTS dateline_geonames_id BIGINT;
COMMENT ON COLUMN mentions.entity_type IS 'Type the extractor gave this mention (PERSON, ORG, PLACE, EVENT, WORK, OTHER), as entities.type; NULL on rows loaded before the column existed.';
COMMENT ON COLUMN mentions.method IS 'How the mention was found: model (spaCy NER) or rule (wire-copy rules, gazetteer, acronyms); NULL on rows loaded before the column existed.';
COMMENT ON COLUMN quotes.paragraph_end_index IS 'Paragraph where the quotation ends (greater than paragraph_index when it continues across a break); NULL on rows loaded before the column existed.';
COMMENT ON COLUMN quotes.attribution IS 'Attribution shape: trailing ("...," X said), leading (X said: "..."), continued (takes the previous quote''s speaker); NULL on rows loaded before the column existed.';
COMMENT ON COLUMN quotes.speaker_char_start IS 'Character offset (inclusive) of speaker_text in articles.body; NULL on rows loaded before the column existed.';
COMMENT ON COLUMN quotes.speaker_char_end IS 'Character offset (exclusive) of speaker_text''s end in articles.body; NULL on rows loaded before the column existed.';
COMMENT ON COLUMN mentioned_dates.paragraph_index IS 'Paragraph holding the expression; joins paragraphs on (article_id, paragraph_index). NULL on rows loaded before the column existed.';
COMMENT ON COLUMN mentioned_dates.period IS 'Span the expression names: day, week, month or year (last week: week, resolution day). NULL on rows loaded before the column existed.';
COMMENT ON COLUMN mentioned_dates.reference_date IS 'Day relative expressions were resolved against: dateline_date, else the local publication day. NULL on rows loaded before the column existed.';
COMMENT ON COLUMN articles.dateline_geonames_id IS 'GeoNames id of the dateline place when it is a country or a city of 15,000+ people (https://www.geonames.org/<id>); NULL for regions, smaller towns, sites and ungeocoded places.';
COMMENT ON COLUMN entities.geonames_id IS 'Places: GeoNames id of a continent, country or city of 15,000+ people (https://www.geonames.org/<id>); NULL for regions, smaller towns, features and other types.';
