-- As ../V008__sample_statistics_tracked.sql, with PostgreSQL's json_build_object for SQLite's json_object.
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
         CAST(json_build_object('body', '000000000000000-00000-migrated', 'deleted', '000000000000000-00000-migrated',
                     'loaded_at', '000000000000000-00000-migrated') AS text),
         loaded_at, body
  FROM index_sample;
DROP TABLE index_sample;
