-- The programme: an event has rooms, a room has sessions, a session has ordered topics.
CREATE TABLE event (
  id          INTEGER PRIMARY KEY,
  slug        TEXT    NOT NULL UNIQUE,
  title       TEXT    NOT NULL,
  slide_limit INTEGER NOT NULL DEFAULT 3 CHECK (slide_limit BETWEEN 1 AND 99)
);

CREATE TABLE room (
  id               INTEGER PRIMARY KEY,
  event_id         INTEGER NOT NULL REFERENCES event (id) ON DELETE CASCADE,
  slug             TEXT    NOT NULL UNIQUE,
  name             TEXT    NOT NULL,
  moderator_secret TEXT    NOT NULL
);

CREATE TABLE session (
  id        INTEGER PRIMARY KEY,
  room_id   INTEGER NOT NULL REFERENCES room (id) ON DELETE CASCADE,
  position  INTEGER NOT NULL,
  title     TEXT    NOT NULL,
  starts_at TEXT,
  ends_at   TEXT,
  moderator TEXT,
  UNIQUE (room_id, position)
);

CREATE TABLE topic (
  id                   INTEGER PRIMARY KEY,
  session_id           INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
  position             INTEGER NOT NULL,
  title                TEXT    NOT NULL,
  category             TEXT,
  budget_seconds       INTEGER NOT NULL CHECK (budget_seconds > 0),
  presentation_seconds INTEGER NOT NULL CHECK (presentation_seconds > 0),
  slide_limit          INTEGER CHECK (slide_limit BETWEEN 1 AND 99),
  abstract             TEXT,
  UNIQUE (session_id, position)
);

CREATE TABLE topic_presenter (
  topic_id INTEGER NOT NULL REFERENCES topic (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name     TEXT    NOT NULL,
  PRIMARY KEY (topic_id, position)
);

-- Server-wide settings that must survive a restart (the organiser's generated secret, say).
CREATE TABLE setting (
  name  TEXT NOT NULL PRIMARY KEY,
  value TEXT NOT NULL
);
