-- The programme's people and plans: the event's time zone and whether it is published, the
-- sessions' ids in imported files, stakeholders, topic proposals and "no overlap" priorities.
ALTER TABLE event ADD COLUMN time_zone TEXT NOT NULL DEFAULT 'UTC';
ALTER TABLE event ADD COLUMN published INTEGER NOT NULL DEFAULT 1 CHECK (published IN (0, 1));

ALTER TABLE session ADD COLUMN source_key TEXT;
CREATE UNIQUE INDEX session_source_key ON session (room_id, source_key) WHERE source_key IS NOT NULL;

-- Who a session or a topic asks to be in the room (exactly one of the two), and their answer.
-- Attendees who add themselves to a session are confirmed stakeholders of it.
CREATE TABLE stakeholder (
  id         INTEGER PRIMARY KEY,
  session_id INTEGER REFERENCES session (id) ON DELETE CASCADE,
  topic_id   INTEGER REFERENCES topic (id) ON DELETE CASCADE,
  name       TEXT    NOT NULL,
  area       TEXT,
  state      TEXT    NOT NULL CHECK (state IN ('requested', 'confirmed', 'declined')),
  CHECK ((session_id IS NULL) <> (topic_id IS NULL))
);
CREATE UNIQUE INDEX stakeholder_of_session ON stakeholder (session_id, name) WHERE session_id IS NOT NULL;
CREATE UNIQUE INDEX stakeholder_of_topic ON stakeholder (topic_id, name) WHERE topic_id IS NOT NULL;

-- A topic proposed through the public form, waiting for the organiser.
CREATE TABLE proposal (
  id           INTEGER PRIMARY KEY,
  session_id   INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
  title        TEXT    NOT NULL,
  presenters   TEXT    NOT NULL,
  abstract     TEXT,
  category     TEXT,
  submitted_at TEXT    NOT NULL,
  state        TEXT    NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'accepted', 'declined')),
  topic_id     INTEGER REFERENCES topic (id) ON DELETE SET NULL
);

CREATE TABLE no_overlap (
  event_id INTEGER NOT NULL REFERENCES event (id) ON DELETE CASCADE,
  kind     TEXT    NOT NULL CHECK (kind IN ('category', 'stakeholder')),
  name     TEXT    NOT NULL,
  PRIMARY KEY (event_id, kind, name)
);
