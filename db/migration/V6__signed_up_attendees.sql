-- Attendees who added themselves to a session, apart from the people the organiser asked for:
-- they are on the session's list, but the projector does not announce them.
ALTER TABLE stakeholder ADD COLUMN signed_up INTEGER NOT NULL DEFAULT 0 CHECK (signed_up IN (0, 1));
