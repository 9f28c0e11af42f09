-- Intercultural profile: sections (one record each, so two people editing different sections never touch
-- the same row), their append-only revisions, links from paragraphs to the notes they came from, and
-- the recommendations list. Section ids are name-based UUIDs of visit and key, so the same structure
-- created on two laptops is one set of records after sync.

CREATE TABLE profile_section (
  n INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  created_hlc TEXT NOT NULL, updated_hlc TEXT NOT NULL, author TEXT NOT NULL, device TEXT NOT NULL,
  revision INTEGER NOT NULL DEFAULT 1, deleted INTEGER NOT NULL DEFAULT 0, stamps TEXT NOT NULL DEFAULT '{}',
  visit_id TEXT NOT NULL REFERENCES visit(id),
  key TEXT NOT NULL,
  ord INTEGER NOT NULL,
  level INTEGER NOT NULL DEFAULT 1,
  kind TEXT NOT NULL DEFAULT 'text',
  area_id TEXT,
  title_en TEXT NOT NULL DEFAULT '',
  title_fr TEXT NOT NULL DEFAULT '',
  body TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'to_write' CHECK (status IN ('to_write','draft','ready_for_review','approved')),
  owner TEXT NOT NULL DEFAULT ''
);
CREATE INDEX profile_section_visit ON profile_section(visit_id, ord);

-- Never updated after insert: every save of a section body adds one.
CREATE TABLE profile_revision (
  n INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  created_hlc TEXT NOT NULL, updated_hlc TEXT NOT NULL, author TEXT NOT NULL, device TEXT NOT NULL,
  revision INTEGER NOT NULL DEFAULT 1, deleted INTEGER NOT NULL DEFAULT 0, stamps TEXT NOT NULL DEFAULT '{}',
  visit_id TEXT NOT NULL REFERENCES visit(id),
  section_id TEXT NOT NULL REFERENCES profile_section(id),
  saved_at TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  body TEXT NOT NULL DEFAULT ''
);
CREATE INDEX profile_revision_section ON profile_revision(section_id, created_hlc);

CREATE TABLE profile_source (
  n INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  created_hlc TEXT NOT NULL, updated_hlc TEXT NOT NULL, author TEXT NOT NULL, device TEXT NOT NULL,
  revision INTEGER NOT NULL DEFAULT 1, deleted INTEGER NOT NULL DEFAULT 0, stamps TEXT NOT NULL DEFAULT '{}',
  visit_id TEXT NOT NULL REFERENCES visit(id),
  section_id TEXT NOT NULL REFERENCES profile_section(id),
  note_id TEXT NOT NULL REFERENCES note(id),
  anchor TEXT NOT NULL
);
CREATE INDEX profile_source_section ON profile_source(section_id);

CREATE TABLE profile_recommendation (
  n INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  created_hlc TEXT NOT NULL, updated_hlc TEXT NOT NULL, author TEXT NOT NULL, device TEXT NOT NULL,
  revision INTEGER NOT NULL DEFAULT 1, deleted INTEGER NOT NULL DEFAULT 0, stamps TEXT NOT NULL DEFAULT '{}',
  visit_id TEXT NOT NULL REFERENCES visit(id),
  ord INTEGER NOT NULL,
  text TEXT NOT NULL DEFAULT '',
  priority TEXT NOT NULL DEFAULT 'medium' CHECK (priority IN ('high','medium','low')),
  area_id TEXT
);
CREATE INDEX profile_recommendation_visit ON profile_recommendation(visit_id, ord);
