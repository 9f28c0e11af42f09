-- The office's groups of similar cities and its mapping of comparable areas between editions (issue 13) are office
-- data: like the results, every bundle carries them, so a laptop groups and maps exactly as the office does.
-- One record per group (id = the group's id, ord = its place in the list) and one per mapped area of a pair of
-- editions (to_area NULL: the area has no counterpart). With no record at all, Fieldbook's defaults apply.
CREATE TABLE index_sample_group (
  n INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  created_hlc TEXT NOT NULL, updated_hlc TEXT NOT NULL, author TEXT NOT NULL, device TEXT NOT NULL,
  revision INTEGER NOT NULL DEFAULT 1, deleted INTEGER NOT NULL DEFAULT 0, stamps TEXT NOT NULL DEFAULT '{}',
  ord INTEGER NOT NULL DEFAULT 0,
  dimension TEXT NOT NULL,
  over_value REAL,
  up_to REAL,
  countries TEXT NOT NULL DEFAULT '',
  label TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE index_area_mapping (
  n INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  created_hlc TEXT NOT NULL, updated_hlc TEXT NOT NULL, author TEXT NOT NULL, device TEXT NOT NULL,
  revision INTEGER NOT NULL DEFAULT 1, deleted INTEGER NOT NULL DEFAULT 0, stamps TEXT NOT NULL DEFAULT '{}',
  from_questionnaire TEXT NOT NULL,
  to_questionnaire TEXT NOT NULL,
  from_area TEXT NOT NULL,
  to_area TEXT
);
