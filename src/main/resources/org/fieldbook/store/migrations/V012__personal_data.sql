-- Personal data of the people met (see the person package). An erasure is a synced record: it travels in the city's
-- bundles and every workspace that receives it erases the same way, then says so with an acknowledgement record that
-- travels back. name_hashes holds SHA-256 hashes of the erased person's normalised name, e-mail and phone (never the
-- text), so a workspace can find and remove them in texts that arrive later.
CREATE TABLE erasure (
  n INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  created_hlc TEXT NOT NULL, updated_hlc TEXT NOT NULL, author TEXT NOT NULL, device TEXT NOT NULL,
  revision INTEGER NOT NULL DEFAULT 1, deleted INTEGER NOT NULL DEFAULT 0, stamps TEXT NOT NULL DEFAULT '{}',
  stakeholder_id TEXT NOT NULL,
  city_id TEXT NOT NULL REFERENCES city(id),
  erased_at TEXT NOT NULL,
  reason TEXT NOT NULL DEFAULT '',
  remove_quotes INTEGER NOT NULL DEFAULT 0,
  name_hashes TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX erasure_city ON erasure(city_id);

CREATE TABLE erasure_ack (
  n INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  created_hlc TEXT NOT NULL, updated_hlc TEXT NOT NULL, author TEXT NOT NULL, device TEXT NOT NULL,
  revision INTEGER NOT NULL DEFAULT 1, deleted INTEGER NOT NULL DEFAULT 0, stamps TEXT NOT NULL DEFAULT '{}',
  erasure_id TEXT NOT NULL,
  workspace TEXT NOT NULL,
  applied_at TEXT NOT NULL
);
CREATE INDEX erasure_ack_erasure ON erasure_ack(erasure_id);

-- Every erasure this workspace has applied, kept locally so that no merge, resent bundle or undone import can
-- bring the data back (undoing the import that brought an erasure does not remove it from here).
CREATE TABLE erasure_local (
  erasure_id     TEXT PRIMARY KEY,
  stakeholder_id TEXT NOT NULL,
  remove_quotes  INTEGER NOT NULL,
  name_hashes    TEXT NOT NULL,
  applied_at     TEXT NOT NULL
);

-- Deleted full-text entries are removed from the index's pages at once (FTS5 secure-delete), not at the next merge.
INSERT INTO note_fts(note_fts, rank) VALUES ('secure-delete', 1);
INSERT INTO meeting_fts(meeting_fts, rank) VALUES ('secure-delete', 1);
INSERT INTO stakeholder_fts(stakeholder_fts, rank) VALUES ('secure-delete', 1);
