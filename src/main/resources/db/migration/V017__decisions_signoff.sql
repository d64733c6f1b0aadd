-- Decisions on the provider's reply, the history of findings after the reply, and the sign-off
-- (issue 15; docs/reply-decisions.md).

-- The sign-off before a visit becomes final: a coordinator who was not on the visit's team.
ALTER TABLE visit
  ADD COLUMN signed_off_at    DATETIME(3)   NULL,
  ADD COLUMN signed_off_by    VARCHAR(60)   NULL,
  ADD COLUMN signed_off_by_id BIGINT        NULL,
  ADD COLUMN signoff_note     VARCHAR(1000) NULL,
  ADD CONSTRAINT fk_visit_signed_off_by FOREIGN KEY (signed_off_by_id) REFERENCES app_user (id),
  ADD CONSTRAINT ck_visit_signed_off CHECK ((signed_off_at IS NULL) = (signed_off_by IS NULL));

-- Every change of a finding after its visit was sent for reply, one row per changed field, written
-- in the transaction of the change. remark_id: the reply remark the change answers (accepted).
CREATE TABLE finding_change (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  finding_id   BIGINT       NOT NULL,
  field        VARCHAR(20)  NOT NULL,
  before_value TEXT         NULL,
  after_value  TEXT         NULL,
  changed_at   DATETIME(3)  NOT NULL,
  changed_by   VARCHAR(60)  NOT NULL,
  remark_id    BIGINT       NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_finding_change_finding FOREIGN KEY (finding_id) REFERENCES finding (id),
  CONSTRAINT ck_finding_change_field CHECK (field IN ('RATING', 'MOTIVATION', 'EVIDENCE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_finding_change_finding ON finding_change (finding_id, id);

ALTER TABLE finding_change
  ADD CONSTRAINT fk_finding_change_remark FOREIGN KEY (remark_id) REFERENCES reply_remark (id);

-- The inspector's decision on one remark of a submitted reply: accepted (the finding was changed:
-- finding_change_id is the first row of that change) or not accepted with a reason. One per remark
-- (a second inspector deciding at the same moment meets the unique key); the version guards a
-- change of the decision.
CREATE TABLE remark_decision (
  id                BIGINT       NOT NULL AUTO_INCREMENT,
  version           BIGINT       NOT NULL DEFAULT 0,
  remark_id         BIGINT       NOT NULL,
  outcome           VARCHAR(20)  NOT NULL,
  reason            TEXT         NULL,
  finding_change_id BIGINT       NULL,
  decided_at        DATETIME(3)  NOT NULL,
  decided_by        VARCHAR(60)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_remark_decision_remark UNIQUE (remark_id),
  CONSTRAINT fk_remark_decision_remark FOREIGN KEY (remark_id) REFERENCES reply_remark (id),
  CONSTRAINT fk_remark_decision_change FOREIGN KEY (finding_change_id) REFERENCES finding_change (id),
  CONSTRAINT ck_remark_decision_outcome CHECK (outcome IN ('ACCEPTED', 'NOT_ACCEPTED')),
  CONSTRAINT ck_remark_decision_accepted CHECK (outcome <> 'ACCEPTED' OR finding_change_id IS NOT NULL),
  CONSTRAINT ck_remark_decision_reason CHECK (outcome <> 'NOT_ACCEPTED' OR CHAR_LENGTH(reason) >= 10)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
