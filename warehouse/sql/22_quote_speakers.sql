-- quote_speakers: one row per quote, with the speaker's canonical name when resolved.
CREATE OR REPLACE VIEW quote_speakers AS
SELECT q.article_id, a.published_at, a.source, q.quote_index, q.text, q.verb, q.speaker_text,
       q.speaker_entity_id, e.name AS speaker_name
FROM quotes AS q
JOIN articles AS a USING (article_id)
LEFT JOIN entities AS e ON e.entity_id = q.speaker_entity_id;
COMMENT ON VIEW quote_speakers IS 'One row per quote with its article''s time and source and the speaker''s canonical name when resolved.';
COMMENT ON COLUMN quote_speakers.article_id IS 'Article; joins articles.article_id.';
COMMENT ON COLUMN quote_speakers.published_at IS 'Article publication instant (UTC).';
COMMENT ON COLUMN quote_speakers.source IS 'Article publisher.';
COMMENT ON COLUMN quote_speakers.quote_index IS 'Position among the article''s quotations, from 0.';
COMMENT ON COLUMN quote_speakers.text IS 'Words inside the quotation marks.';
COMMENT ON COLUMN quote_speakers.verb IS 'Speech verb as written.';
COMMENT ON COLUMN quote_speakers.speaker_text IS 'The words that name the speaker, as written.';
COMMENT ON COLUMN quote_speakers.speaker_entity_id IS 'Speaker entity; joins entities.entity_id. NULL when unresolved.';
COMMENT ON COLUMN quote_speakers.speaker_name IS 'Speaker entity canonical name; NULL when unresolved.';
