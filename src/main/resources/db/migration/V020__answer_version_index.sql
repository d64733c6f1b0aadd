-- The report's data version (ReportBuilder.fingerprint) reads the id and version of every answer
-- of a study's interviews. With this index that read stays in the index (InnoDB keeps the primary
-- key in every secondary index): on the generated national study (368,605 answers) 0.59 s became
-- 0.18 s, and every report job, publish and "PDF maken" computes it (docs/performance.md).
CREATE INDEX ix_interview_answer_version ON interview_answer (interview_id, version);
