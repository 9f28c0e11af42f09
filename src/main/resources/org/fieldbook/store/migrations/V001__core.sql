-- Core schema: settings, cities, visits, stakeholders, meetings, notes, attachments.
-- Every user record carries change tracking (see Tracker): id (UUID), created_hlc, updated_hlc,
-- author, device, revision, deleted (tombstone) and stamps (per-field clock, JSON).
-- n is an explicit rowid so full-text indexes can refer to rows stably.

CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE index_area (
  id        TEXT PRIMARY KEY,
  ord       INTEGER NOT NULL,
  title_en  TEXT NOT NULL,
  title_fr  TEXT NOT NULL,
  grp       TEXT,
  optional  INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE city (
  n INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  created_hlc TEXT NOT NULL, updated_hlc TEXT NOT NULL, author TEXT NOT NULL, device TEXT NOT NULL,
  revision INTEGER NOT NULL DEFAULT 1, deleted INTEGER NOT NULL DEFAULT 0, stamps TEXT NOT NULL DEFAULT '{}',
  name TEXT NOT NULL,
  country TEXT NOT NULL DEFAULT '',
  population INTEGER,
  foreign_born_pct REAL,
  foreign_residents_pct REAL,
  minorities_pct REAL,
  languages TEXT NOT NULL DEFAULT '',
  context TEXT NOT NULL DEFAULT ''
);

CREATE TABLE visit (
  n INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  created_hlc TEXT NOT NULL, updated_hlc TEXT NOT NULL, author TEXT NOT NULL, device TEXT NOT NULL,
  revision INTEGER NOT NULL DEFAULT 1, deleted INTEGER NOT NULL DEFAULT 0, stamps TEXT NOT NULL DEFAULT '{}',
  city_id TEXT NOT NULL REFERENCES city(id),
  start_date TEXT NOT NULL,
  end_date TEXT NOT NULL,
  mode TEXT NOT NULL DEFAULT 'in_person' CHECK (mode IN ('in_person','online')),
  status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned','under_way','done')),
  team TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX visit_city ON visit(city_id);

CREATE TABLE stakeholder (
  n INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  created_hlc TEXT NOT NULL, updated_hlc TEXT NOT NULL, author TEXT NOT NULL, device TEXT NOT NULL,
  revision INTEGER NOT NULL DEFAULT 1, deleted INTEGER NOT NULL DEFAULT 0, stamps TEXT NOT NULL DEFAULT '{}',
  city_id TEXT NOT NULL REFERENCES city(id),
  person TEXT NOT NULL DEFAULT '',
  organisation TEXT NOT NULL DEFAULT '',
  role TEXT NOT NULL DEFAULT '',
  category TEXT NOT NULL DEFAULT 'other',
  email TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  named_consent INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX stakeholder_city ON stakeholder(city_id);

CREATE TABLE meeting (
  n INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  created_hlc TEXT NOT NULL, updated_hlc TEXT NOT NULL, author TEXT NOT NULL, device TEXT NOT NULL,
  revision INTEGER NOT NULL DEFAULT 1, deleted INTEGER NOT NULL DEFAULT 0, stamps TEXT NOT NULL DEFAULT '{}',
  visit_id TEXT NOT NULL REFERENCES visit(id),
  day TEXT NOT NULL,
  start_time TEXT NOT NULL,
  end_time TEXT NOT NULL,
  title TEXT NOT NULL DEFAULT '',
  place TEXT NOT NULL DEFAULT '',
  format TEXT NOT NULL DEFAULT 'meeting'
);
CREATE INDEX meeting_visit ON meeting(visit_id, day, start_time);

-- Attendee links have a deterministic id (name-based UUID of meeting and stakeholder) so the same link
-- made on two laptops is one record after sync.
CREATE TABLE meeting_attendee (
  n INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  created_hlc TEXT NOT NULL, updated_hlc TEXT NOT NULL, author TEXT NOT NULL, device TEXT NOT NULL,
  revision INTEGER NOT NULL DEFAULT 1, deleted INTEGER NOT NULL DEFAULT 0, stamps TEXT NOT NULL DEFAULT '{}',
  meeting_id TEXT NOT NULL REFERENCES meeting(id),
  stakeholder_id TEXT NOT NULL REFERENCES stakeholder(id)
);
CREATE INDEX attendee_meeting ON meeting_attendee(meeting_id);
CREATE INDEX attendee_stakeholder ON meeting_attendee(stakeholder_id);

CREATE TABLE note (
  n INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  created_hlc TEXT NOT NULL, updated_hlc TEXT NOT NULL, author TEXT NOT NULL, device TEXT NOT NULL,
  revision INTEGER NOT NULL DEFAULT 1, deleted INTEGER NOT NULL DEFAULT 0, stamps TEXT NOT NULL DEFAULT '{}',
  visit_id TEXT NOT NULL REFERENCES visit(id),
  meeting_id TEXT REFERENCES meeting(id),
  kind TEXT NOT NULL DEFAULT 'observation',
  text TEXT NOT NULL DEFAULT '',
  speaker_id TEXT REFERENCES stakeholder(id),
  speaker_name TEXT NOT NULL DEFAULT '',
  areas TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX note_visit ON note(visit_id, deleted);
CREATE INDEX note_meeting ON note(meeting_id);

CREATE TABLE attachment (
  n INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  created_hlc TEXT NOT NULL, updated_hlc TEXT NOT NULL, author TEXT NOT NULL, device TEXT NOT NULL,
  revision INTEGER NOT NULL DEFAULT 1, deleted INTEGER NOT NULL DEFAULT 0, stamps TEXT NOT NULL DEFAULT '{}',
  note_id TEXT NOT NULL REFERENCES note(id),
  sha256 TEXT NOT NULL,
  file_name TEXT NOT NULL,
  media_type TEXT NOT NULL DEFAULT 'application/octet-stream',
  size INTEGER NOT NULL
);
CREATE INDEX attachment_note ON attachment(note_id);
