-- Each room's note-taker link carries a secret of its own, apart from the moderator's.
-- Rooms made before this migration get theirs when the server next starts.
ALTER TABLE room ADD COLUMN notes_secret TEXT;
