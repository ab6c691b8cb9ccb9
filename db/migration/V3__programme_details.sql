-- What imported programmes carry: each topic's id in its source file (so a second import of the
-- same file updates rather than duplicates) and its planned start.
ALTER TABLE topic ADD COLUMN source_key TEXT;
ALTER TABLE topic ADD COLUMN starts_at TEXT;
CREATE UNIQUE INDEX topic_source_key ON topic (session_id, source_key) WHERE source_key IS NOT NULL;
