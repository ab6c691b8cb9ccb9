-- How an event paces its rooms: a called speaker's turn, and the timer's attention thresholds
-- (seconds left when it warns and when it shows danger). A threshold left NULL follows the level
-- above: a topic's its event's, an event's the server's.
ALTER TABLE event ADD COLUMN turn_seconds INTEGER NOT NULL DEFAULT 120
  CHECK (turn_seconds BETWEEN 15 AND 1800);
ALTER TABLE event ADD COLUMN warning_seconds INTEGER CHECK (warning_seconds BETWEEN 0 AND 3600);
ALTER TABLE event ADD COLUMN danger_seconds INTEGER CHECK (danger_seconds BETWEEN 0 AND 3600);
ALTER TABLE topic ADD COLUMN warning_seconds INTEGER CHECK (warning_seconds BETWEEN 0 AND 3600);
ALTER TABLE topic ADD COLUMN danger_seconds INTEGER CHECK (danger_seconds BETWEEN 0 AND 3600);
