-- One row for each import of a schedule, written with the import's first chunk and brought up to
-- date with each later one. An import writes a large file in several short transactions so that
-- live rooms get the database between them; a row without finished_at is an import that stopped
-- part way (a failure, or a crash), and says how far it got until an import of the event completes.
CREATE TABLE import_run (
  id               INTEGER PRIMARY KEY,
  event_slug       TEXT    NOT NULL,
  started_at       TEXT    NOT NULL DEFAULT CURRENT_TIMESTAMP,
  sessions         INTEGER NOT NULL,
  topics           INTEGER NOT NULL,
  written_sessions INTEGER NOT NULL DEFAULT 0,
  written_topics   INTEGER NOT NULL DEFAULT 0,
  -- the import made the event and publishes it once complete: until then it stays a draft
  publish          INTEGER NOT NULL DEFAULT 0,
  finished_at      TEXT
);

CREATE INDEX import_run_unfinished ON import_run (event_slug) WHERE finished_at IS NULL;
