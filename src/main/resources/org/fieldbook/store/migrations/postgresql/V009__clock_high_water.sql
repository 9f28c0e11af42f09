-- As ../V009__clock_high_water.sql, with PostgreSQL's strpos and jsonb_each_text for SQLite's instr and json_each.
-- Clock high-water mark (see HighWater): the highest clock stamp the workspace holds, kept in meta and raised by
-- every write that stores a stamp. This migration seeds it from what an existing workspace already holds, so the
-- first process after the update never issues a stamp lower than a version it has seen.
INSERT INTO meta(key, value)
SELECT 'clock.high_water', CASE WHEN strpos(m, '~') > 0 THEN substr(m, 1, strpos(m, '~') - 1) ELSE m END
FROM (SELECT MAX(h) AS m FROM (
  SELECT MAX(updated_hlc) AS h FROM city
  UNION ALL
  SELECT MAX(updated_hlc) AS h FROM visit
  UNION ALL
  SELECT MAX(updated_hlc) AS h FROM stakeholder
  UNION ALL
  SELECT MAX(updated_hlc) AS h FROM meeting
  UNION ALL
  SELECT MAX(updated_hlc) AS h FROM meeting_attendee
  UNION ALL
  SELECT MAX(updated_hlc) AS h FROM note
  UNION ALL
  SELECT MAX(updated_hlc) AS h FROM attachment
  UNION ALL
  SELECT MAX(updated_hlc) AS h FROM questionnaire
  UNION ALL
  SELECT MAX(updated_hlc) AS h FROM index_assessment
  UNION ALL
  SELECT MAX(updated_hlc) AS h FROM index_answer
  UNION ALL
  SELECT MAX(updated_hlc) AS h FROM index_verification
  UNION ALL
  SELECT MAX(updated_hlc) AS h FROM index_evidence_link
  UNION ALL
  SELECT MAX(updated_hlc) AS h FROM profile_section
  UNION ALL
  SELECT MAX(updated_hlc) AS h FROM profile_revision
  UNION ALL
  SELECT MAX(updated_hlc) AS h FROM profile_source
  UNION ALL
  SELECT MAX(updated_hlc) AS h FROM profile_recommendation
  UNION ALL
  SELECT MAX(updated_hlc) AS h FROM sample_statistics
  UNION ALL
  SELECT MAX(j.value COLLATE "C") FROM sync_seen, jsonb_each_text(CAST(sync_seen.seen AS jsonb)) j
) u) t WHERE m IS NOT NULL
ON CONFLICT(key) DO UPDATE SET value = excluded.value WHERE excluded.value > meta.value;
