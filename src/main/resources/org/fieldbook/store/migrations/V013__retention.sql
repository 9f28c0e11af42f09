-- The retention rule for personal data, set by the office and sent to every laptop in bundles (one record, id
-- 'retention'): contact details of the people met are removed once the city's last visit has been closed for more
-- than `years` years. Without a record the default applies (see person.Retention).
CREATE TABLE retention_policy (
  n INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  created_hlc TEXT NOT NULL, updated_hlc TEXT NOT NULL, author TEXT NOT NULL, device TEXT NOT NULL,
  revision INTEGER NOT NULL DEFAULT 1, deleted INTEGER NOT NULL DEFAULT 0, stamps TEXT NOT NULL DEFAULT '{}',
  years INTEGER NOT NULL
);
