-- INDEX: questionnaire definitions (immutable once loaded), each visit's assessment, the city's answers,
-- the expert's verification with evidence links, and the office's sample statistics.
-- Answer, verification and link ids are name-based UUIDs (see IndexIds) so the same record made on two
-- laptops is one record after sync.

CREATE TABLE questionnaire (
  n INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  created_hlc TEXT NOT NULL, updated_hlc TEXT NOT NULL, author TEXT NOT NULL, device TEXT NOT NULL,
  revision INTEGER NOT NULL DEFAULT 1, deleted INTEGER NOT NULL DEFAULT 0, stamps TEXT NOT NULL DEFAULT '{}',
  edition TEXT NOT NULL DEFAULT '',
  sha256 TEXT NOT NULL,
  definition TEXT NOT NULL
);

CREATE TABLE index_assessment (
  n INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  created_hlc TEXT NOT NULL, updated_hlc TEXT NOT NULL, author TEXT NOT NULL, device TEXT NOT NULL,
  revision INTEGER NOT NULL DEFAULT 1, deleted INTEGER NOT NULL DEFAULT 0, stamps TEXT NOT NULL DEFAULT '{}',
  visit_id TEXT NOT NULL REFERENCES visit(id),
  questionnaire_id TEXT NOT NULL REFERENCES questionnaire(id),
  source TEXT NOT NULL DEFAULT ''
);
CREATE INDEX index_assessment_visit ON index_assessment(visit_id);

CREATE TABLE index_answer (
  n INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  created_hlc TEXT NOT NULL, updated_hlc TEXT NOT NULL, author TEXT NOT NULL, device TEXT NOT NULL,
  revision INTEGER NOT NULL DEFAULT 1, deleted INTEGER NOT NULL DEFAULT 0, stamps TEXT NOT NULL DEFAULT '{}',
  visit_id TEXT NOT NULL REFERENCES visit(id),
  questionnaire_id TEXT NOT NULL REFERENCES questionnaire(id),
  question_id TEXT NOT NULL,
  value TEXT,
  evidence TEXT NOT NULL DEFAULT ''
);
CREATE INDEX index_answer_visit ON index_answer(visit_id, questionnaire_id);

CREATE TABLE index_verification (
  n INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  created_hlc TEXT NOT NULL, updated_hlc TEXT NOT NULL, author TEXT NOT NULL, device TEXT NOT NULL,
  revision INTEGER NOT NULL DEFAULT 1, deleted INTEGER NOT NULL DEFAULT 0, stamps TEXT NOT NULL DEFAULT '{}',
  visit_id TEXT NOT NULL REFERENCES visit(id),
  questionnaire_id TEXT NOT NULL REFERENCES questionnaire(id),
  question_id TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'not_checked'
    CHECK (status IN ('not_checked','confirmed','corrected','could_not_verify')),
  verified_value TEXT,
  rationale TEXT NOT NULL DEFAULT ''
);
CREATE INDEX index_verification_visit ON index_verification(visit_id, questionnaire_id);

CREATE TABLE index_evidence_link (
  n INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  created_hlc TEXT NOT NULL, updated_hlc TEXT NOT NULL, author TEXT NOT NULL, device TEXT NOT NULL,
  revision INTEGER NOT NULL DEFAULT 1, deleted INTEGER NOT NULL DEFAULT 0, stamps TEXT NOT NULL DEFAULT '{}',
  verification_id TEXT NOT NULL REFERENCES index_verification(id),
  target_type TEXT NOT NULL CHECK (target_type IN ('note','attachment')),
  target_id TEXT NOT NULL
);
CREATE INDEX index_evidence_link_verification ON index_evidence_link(verification_id);

-- Sample statistics are reference data supplied by the office (not user records): the latest loaded wins.
CREATE TABLE index_sample (
  id TEXT PRIMARY KEY,
  loaded_at TEXT NOT NULL,
  body TEXT NOT NULL
);
