-- quote_speakers: one row per quote, with the speaker's canonical name when resolved.
CREATE OR REPLACE VIEW quote_speakers AS
SELECT q.article_id, a.published_at, a.source, q.quote_index, q.text, q.verb, q.speaker_text,
       q.speaker_entity_id, e.name AS speaker_name
FROM quotes AS q
JOIN articles AS a USING (article_id)
LEFT JOIN entities AS e ON e.entity_id = q.speaker_entity_id;
