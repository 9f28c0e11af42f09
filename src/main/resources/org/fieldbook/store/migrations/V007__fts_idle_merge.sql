-- Full-text index upkeep moves off the save path: FTS5's automatic merging could fold a large segment into a
-- save every 64 notes (about 80 ms on a 200,000-note workspace). Merging now runs when the writer is idle
-- (SearchService registers it with Database.whenIdle); a crisis merge still bounds the segments per level.
INSERT INTO note_fts(note_fts, rank) VALUES ('automerge', 0);
INSERT INTO note_fts(note_fts, rank) VALUES ('crisismerge', 64);
INSERT INTO meeting_fts(meeting_fts, rank) VALUES ('automerge', 0);
INSERT INTO meeting_fts(meeting_fts, rank) VALUES ('crisismerge', 64);
INSERT INTO stakeholder_fts(stakeholder_fts, rank) VALUES ('automerge', 0);
INSERT INTO stakeholder_fts(stakeholder_fts, rank) VALUES ('crisismerge', 64);
