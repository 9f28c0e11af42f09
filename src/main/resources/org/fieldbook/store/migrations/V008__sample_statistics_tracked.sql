-- Sample statistics travel in sync bundles (the office sends them to experts): they move from the untracked
-- index_sample table into a tracked one. Rows already loaded keep their content, with stamps from the migration.
CREATE TABLE sample_statistics (
  n INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  created_hlc TEXT NOT NULL, updated_hlc TEXT NOT NULL, author TEXT NOT NULL, device TEXT NOT NULL,
  revision INTEGER NOT NULL DEFAULT 1, deleted INTEGER NOT NULL DEFAULT 0, stamps TEXT NOT NULL DEFAULT '{}',
  loaded_at TEXT NOT NULL,
  body TEXT NOT NULL
);
INSERT INTO sample_statistics (id, created_hlc, updated_hlc, author, device, revision, deleted, stamps, loaded_at, body)
  SELECT id, '000000000000000-00000-migrated', '000000000000000-00000-migrated', '', 'migration', 1, 0,
         json_object('body', '000000000000000-00000-migrated', 'deleted', '000000000000000-00000-migrated',
                     'loaded_at', '000000000000000-00000-migrated'),
         loaded_at, body
  FROM index_sample;
DROP TABLE index_sample;
