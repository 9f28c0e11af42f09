-- Full-text search over notes, meetings and stakeholders (FTS5, accents folded).
-- Kept in step by triggers; deleted records leave the index and come back when restored.

CREATE VIRTUAL TABLE note_fts USING fts5(text, speaker, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE meeting_fts USING fts5(title, place, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE stakeholder_fts USING fts5(person, organisation, role, tokenize = 'unicode61 remove_diacritics 2');

CREATE TRIGGER note_fts_ins AFTER INSERT ON note WHEN new.deleted = 0
BEGIN
  INSERT INTO note_fts(rowid, text, speaker) VALUES (new.n, new.text, new.speaker_name);
END;
CREATE TRIGGER note_fts_upd AFTER UPDATE OF text, speaker_name, deleted ON note
BEGIN
  DELETE FROM note_fts WHERE rowid = old.n;
  INSERT INTO note_fts(rowid, text, speaker) SELECT new.n, new.text, new.speaker_name WHERE new.deleted = 0;
END;

CREATE TRIGGER meeting_fts_ins AFTER INSERT ON meeting WHEN new.deleted = 0
BEGIN
  INSERT INTO meeting_fts(rowid, title, place) VALUES (new.n, new.title, new.place);
END;
CREATE TRIGGER meeting_fts_upd AFTER UPDATE OF title, place, deleted ON meeting
BEGIN
  DELETE FROM meeting_fts WHERE rowid = old.n;
  INSERT INTO meeting_fts(rowid, title, place) SELECT new.n, new.title, new.place WHERE new.deleted = 0;
END;

CREATE TRIGGER stakeholder_fts_ins AFTER INSERT ON stakeholder WHEN new.deleted = 0
BEGIN
  INSERT INTO stakeholder_fts(rowid, person, organisation, role) VALUES (new.n, new.person, new.organisation, new.role);
END;
CREATE TRIGGER stakeholder_fts_upd AFTER UPDATE OF person, organisation, role, deleted ON stakeholder
BEGIN
  DELETE FROM stakeholder_fts WHERE rowid = old.n;
  INSERT INTO stakeholder_fts(rowid, person, organisation, role) SELECT new.n, new.person, new.organisation, new.role WHERE new.deleted = 0;
END;
