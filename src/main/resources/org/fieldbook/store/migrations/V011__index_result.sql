-- The office's INDEX database: one result per city and assessment (from a visit, or imported for past years).
-- Area rates are JSON maps area id -> percent; the city facts used for grouping are kept with the result
-- (as they were when the result was made), so results of cities the workspace holds no visit for still group.
-- No foreign key to city: every bundle carries every result, but only its visit's city.
CREATE TABLE index_result (
  n INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  created_hlc TEXT NOT NULL, updated_hlc TEXT NOT NULL, author TEXT NOT NULL, device TEXT NOT NULL,
  revision INTEGER NOT NULL DEFAULT 1, deleted INTEGER NOT NULL DEFAULT 0, stamps TEXT NOT NULL DEFAULT '{}',
  city_id TEXT NOT NULL,
  city_name TEXT NOT NULL DEFAULT '',
  country TEXT NOT NULL DEFAULT '',
  population INTEGER,
  foreign_born_pct REAL,
  questionnaire_id TEXT NOT NULL,
  result_date TEXT NOT NULL,
  visit_id TEXT,
  source TEXT NOT NULL DEFAULT '',
  self_rates TEXT NOT NULL DEFAULT '{}',
  verified_rates TEXT NOT NULL DEFAULT '{}',
  overall_self REAL,
  overall_verified REAL,
  lens_self REAL,
  lens_verified REAL
);
CREATE INDEX index_result_edition ON index_result(questionnaire_id, city_id, result_date);
CREATE INDEX index_result_city ON index_result(city_id, result_date);
