-- Sync bundles: trusted signer keys, what was sent to whom, the import log with undo data,
-- per-record "seen" version vectors, text versions (merge bases) and conflicts for a person to resolve.
-- None of these tables is tracked: they describe this workspace's view of the exchange.

CREATE TABLE sync_trusted_key (
  fingerprint TEXT PRIMARY KEY,
  public_key  TEXT NOT NULL,
  label       TEXT NOT NULL DEFAULT '',
  added_at    TEXT NOT NULL
);

CREATE TABLE sync_sent (
  recipient   TEXT PRIMARY KEY,
  sequence    INTEGER NOT NULL,
  last_hlc    TEXT NOT NULL,
  last_bundle TEXT NOT NULL
);

CREATE TABLE sync_import (
  n                INTEGER PRIMARY KEY,
  bundle_id        TEXT NOT NULL,
  status           TEXT NOT NULL DEFAULT 'applied' CHECK (status IN ('applied','undone')),
  signer           TEXT NOT NULL,
  author           TEXT NOT NULL,
  source_workspace TEXT NOT NULL,
  source_device    TEXT NOT NULL,
  sequence         INTEGER NOT NULL,
  scope            TEXT NOT NULL,
  created          TEXT NOT NULL,
  imported_at      TEXT NOT NULL,
  imported_hlc     TEXT NOT NULL,
  file_name        TEXT NOT NULL,
  inserted         INTEGER NOT NULL,
  updated          INTEGER NOT NULL,
  deleted          INTEGER NOT NULL,
  conflicts        INTEGER NOT NULL,
  backup           TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sync_import_bundle ON sync_import(bundle_id, status);

CREATE TABLE sync_undo (
  import_n   INTEGER NOT NULL REFERENCES sync_import(n),
  ord        INTEGER NOT NULL,
  tbl        TEXT NOT NULL,
  id         TEXT NOT NULL,
  before     TEXT,
  after_hlc  TEXT NOT NULL,
  seen_before TEXT,
  PRIMARY KEY (import_n, ord)
);

CREATE TABLE sync_seen (
  tbl       TEXT NOT NULL,
  id        TEXT NOT NULL,
  seen      TEXT NOT NULL,
  local_hlc TEXT NOT NULL,
  PRIMARY KEY (tbl, id)
);
CREATE INDEX sync_seen_local ON sync_seen(local_hlc);

CREATE TABLE sync_version (
  tbl      TEXT NOT NULL,
  id       TEXT NOT NULL,
  field    TEXT NOT NULL,
  stamp    TEXT NOT NULL,
  text     TEXT,
  import_n INTEGER,
  PRIMARY KEY (tbl, id, field, stamp)
);

CREATE TABLE sync_conflict (
  n           INTEGER PRIMARY KEY,
  tbl         TEXT NOT NULL,
  id          TEXT NOT NULL,
  field       TEXT NOT NULL,
  kind        TEXT NOT NULL CHECK (kind IN ('text','field','delete')),
  local       TEXT,
  remote      TEXT,
  base        TEXT,
  kept        TEXT,
  status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','resolved')),
  import_n    INTEGER,
  created_hlc TEXT NOT NULL
);
CREATE INDEX sync_conflict_open ON sync_conflict(status, tbl, id);
