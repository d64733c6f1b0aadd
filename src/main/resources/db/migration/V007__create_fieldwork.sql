-- Fieldwork: tracers (one frail older person's care network followed through an area), interviews
-- (per visit or tracer, one pseudonymised respondent in one role) with their answers, and findings
-- (a rating per norm at visit, tracer or area level) with the providers concerned and the evidence.
-- No names of older people or carers are stored anywhere: a generated pseudonym, a role and an age band.
CREATE TABLE tracer (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  version       BIGINT        NOT NULL DEFAULT 0,
  study_id      BIGINT        NOT NULL,
  study_area_id BIGINT        NOT NULL,
  pseudonym     VARCHAR(40)   NOT NULL,
  age_band      VARCHAR(20)   NOT NULL,
  profile       VARCHAR(1000) NOT NULL DEFAULT '',
  created_at    TIMESTAMP(3)  NOT NULL,
  created_by    VARCHAR(60)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_tracer_pseudonym UNIQUE (study_id, pseudonym),
  CONSTRAINT fk_tracer_study FOREIGN KEY (study_id) REFERENCES study (id),
  CONSTRAINT fk_tracer_area FOREIGN KEY (study_area_id) REFERENCES study_area (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE tracer_provider (
  tracer_id   BIGINT NOT NULL,
  provider_id BIGINT NOT NULL,
  PRIMARY KEY (tracer_id, provider_id),
  CONSTRAINT fk_tracer_provider_tracer FOREIGN KEY (tracer_id) REFERENCES tracer (id) ON DELETE CASCADE,
  CONSTRAINT fk_tracer_provider_provider FOREIGN KEY (provider_id) REFERENCES care_provider (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE interview (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  version         BIGINT       NOT NULL DEFAULT 0,
  study_id        BIGINT       NOT NULL,
  visit_id        BIGINT,
  tracer_id       BIGINT,
  respondent_role VARCHAR(40)  NOT NULL,
  pseudonym       VARCHAR(40)  NOT NULL,
  age_band        VARCHAR(20),
  held_on         DATE         NOT NULL,
  completed       BOOLEAN      NOT NULL DEFAULT FALSE,
  created_at      TIMESTAMP(3) NOT NULL,
  created_by      VARCHAR(60)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_interview_pseudonym UNIQUE (study_id, pseudonym),
  CONSTRAINT fk_interview_study FOREIGN KEY (study_id) REFERENCES study (id),
  CONSTRAINT fk_interview_visit FOREIGN KEY (visit_id) REFERENCES visit (id),
  CONSTRAINT fk_interview_tracer FOREIGN KEY (tracer_id) REFERENCES tracer (id),
  CONSTRAINT ck_interview_subject CHECK ((visit_id IS NULL) <> (tracer_id IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One answer per question: a structured value (yes/no, option codes, a number) and/or a note.
-- Each answer has its own version, so two inspectors typing in one interview only clash on one answer.
CREATE TABLE interview_answer (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  version      BIGINT       NOT NULL DEFAULT 0,
  interview_id BIGINT       NOT NULL,
  question_id  BIGINT       NOT NULL,
  answer_value VARCHAR(400),
  note         TEXT,
  updated_at   TIMESTAMP(3) NOT NULL,
  updated_by   VARCHAR(60)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_interview_answer UNIQUE (interview_id, question_id),
  CONSTRAINT fk_interview_answer_interview FOREIGN KEY (interview_id) REFERENCES interview (id),
  CONSTRAINT fk_interview_answer_question FOREIGN KEY (question_id) REFERENCES framework_question (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A finding rates one norm for one scope: a visit, a tracer or a whole study area. scope_key
-- ('V12', 'T3', 'A7') makes "one finding per norm per scope" a plain unique key.
CREATE TABLE finding (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  version         BIGINT       NOT NULL DEFAULT 0,
  study_id        BIGINT       NOT NULL,
  study_area_id   BIGINT       NOT NULL,
  visit_id        BIGINT,
  tracer_id       BIGINT,
  scope_key       VARCHAR(24)  NOT NULL,
  norm_id         BIGINT       NOT NULL,
  rating_level_id BIGINT       NOT NULL,
  motivation      TEXT         NOT NULL,
  updated_at      TIMESTAMP(3) NOT NULL,
  updated_by      VARCHAR(60)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_finding_scope_norm UNIQUE (scope_key, norm_id),
  CONSTRAINT fk_finding_study FOREIGN KEY (study_id) REFERENCES study (id),
  CONSTRAINT fk_finding_area FOREIGN KEY (study_area_id) REFERENCES study_area (id),
  CONSTRAINT fk_finding_visit FOREIGN KEY (visit_id) REFERENCES visit (id),
  CONSTRAINT fk_finding_tracer FOREIGN KEY (tracer_id) REFERENCES tracer (id),
  CONSTRAINT fk_finding_norm FOREIGN KEY (norm_id) REFERENCES framework_norm (id),
  CONSTRAINT fk_finding_rating FOREIGN KEY (rating_level_id) REFERENCES framework_rating_level (id),
  CONSTRAINT ck_finding_scope CHECK (visit_id IS NULL OR tracer_id IS NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE finding_provider (
  finding_id  BIGINT NOT NULL,
  provider_id BIGINT NOT NULL,
  PRIMARY KEY (finding_id, provider_id),
  CONSTRAINT fk_finding_provider_finding FOREIGN KEY (finding_id) REFERENCES finding (id) ON DELETE CASCADE,
  CONSTRAINT fk_finding_provider_provider FOREIGN KEY (provider_id) REFERENCES care_provider (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Evidence: an interview answer, an observation or a document, with a short description.
CREATE TABLE finding_evidence (
  id          BIGINT        NOT NULL AUTO_INCREMENT,
  finding_id  BIGINT        NOT NULL,
  position    INT           NOT NULL,
  kind        VARCHAR(20)   NOT NULL,
  answer_id   BIGINT,
  description VARCHAR(2000) NOT NULL DEFAULT '',
  PRIMARY KEY (id),
  CONSTRAINT fk_finding_evidence_finding FOREIGN KEY (finding_id) REFERENCES finding (id) ON DELETE CASCADE,
  CONSTRAINT fk_finding_evidence_answer FOREIGN KEY (answer_id) REFERENCES interview_answer (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
