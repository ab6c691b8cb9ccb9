-- The session log: every room event, in order. A room's live state is a fold of these rows.
CREATE TABLE room_event (
  room_id    INTEGER NOT NULL REFERENCES room (id) ON DELETE CASCADE,
  seq        INTEGER NOT NULL CHECK (seq > 0),
  type       TEXT    NOT NULL,
  payload    TEXT    NOT NULL,
  at         TEXT    NOT NULL,
  command_id TEXT,
  PRIMARY KEY (room_id, seq)
);

-- Every answered command, so that a retry with the same id gets the same answer and takes effect once.
CREATE TABLE room_command (
  room_id    INTEGER NOT NULL REFERENCES room (id) ON DELETE CASCADE,
  command_id TEXT    NOT NULL,
  seq        INTEGER NOT NULL,
  refusal    TEXT,
  answered   TEXT    NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (room_id, command_id)
);
