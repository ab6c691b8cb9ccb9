-- What a conference's schedule lists of a topic beyond what Gavel runs it by (frab's and pretalx's
-- subtitle, description, language, type, page, numeric id, links and people's ids), kept so that
-- an export gives back what an import took in.
ALTER TABLE topic ADD COLUMN subtitle TEXT;
ALTER TABLE topic ADD COLUMN description TEXT;
ALTER TABLE topic ADD COLUMN language TEXT;
ALTER TABLE topic ADD COLUMN type TEXT;
ALTER TABLE topic ADD COLUMN url TEXT;
ALTER TABLE topic ADD COLUMN number INTEGER;
ALTER TABLE topic_presenter ADD COLUMN source_id TEXT;

CREATE TABLE topic_link (
  topic_id INTEGER NOT NULL REFERENCES topic (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  url      TEXT    NOT NULL,
  title    TEXT,
  PRIMARY KEY (topic_id, position)
);
