-- The topic and session a topicStarted event started, in columns of their own: whether a topic or
-- a session has run (and so owns notes and a log) is then a question of the log's rows, not of
-- its JSON. Events logged before this migration get them from their payload once, here.
ALTER TABLE room_event ADD COLUMN topic_id INTEGER;
ALTER TABLE room_event ADD COLUMN session_id INTEGER;
UPDATE room_event
   SET topic_id = json_extract(payload, '$.topic.id'),
       session_id = json_extract(payload, '$.topic.session')
 WHERE type = 'topicStarted';
CREATE INDEX room_event_topic ON room_event (topic_id) WHERE topic_id IS NOT NULL;
CREATE INDEX room_event_session ON room_event (session_id) WHERE session_id IS NOT NULL;
