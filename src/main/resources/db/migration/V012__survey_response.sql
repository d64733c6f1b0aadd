-- Survey responses (issue 14): a questionnaire study (framework rule count) collects one response per
-- network or organisation within one of the study's areas. A response is an interview that hangs on
-- a study area instead of a visit or a tracer, so the interview form, its autosave and the answer
-- storage (interview_answer) stay the one way answers are entered. response_ref is the network's or
-- organisation's code in the survey (e.g. NW-017 or an export's record id; never a person's name),
-- unique within the study; interviews at a visit or tracer have none.
ALTER TABLE interview
  ADD COLUMN study_area_id BIGINT NULL AFTER tracer_id,
  ADD COLUMN response_ref VARCHAR(40) NULL AFTER pseudonym,
  ADD CONSTRAINT fk_interview_area FOREIGN KEY (study_area_id) REFERENCES study_area (id),
  ADD CONSTRAINT uk_interview_response_ref UNIQUE (study_id, response_ref);

-- Exactly one subject: a visit, a tracer or (a survey response) a study area; a reference only on a
-- survey response, and always on one.
ALTER TABLE interview DROP CONSTRAINT ck_interview_subject;
ALTER TABLE interview
  ADD CONSTRAINT ck_interview_subject CHECK (
    (visit_id IS NOT NULL) + (tracer_id IS NOT NULL) + (study_area_id IS NOT NULL) = 1
    AND (study_area_id IS NULL) = (response_ref IS NULL));
