-- Opening a visit lists its notes in the order they were taken: an index that serves that order directly.
CREATE INDEX note_visit_taken ON note(visit_id, deleted, created_hlc);
