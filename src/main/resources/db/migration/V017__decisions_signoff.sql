-- Decisions on the provider's reply, the history of findings after the reply, and the sign-off
-- (issue 15; docs/reply-decisions.md).

-- The sign-off before a visit becomes final: a coordinator who was not on the visit's team.
ALTER TABLE visit
  ADD COLUMN signed_off_at    DATETIME(6)   NULL,
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
  changed_at   DATETIME(6)  NOT NULL,
  changed_by   VARCHAR(60)  NOT NULL,
  remark_id    BIGINT       NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_finding_change_finding FOREIGN KEY (finding_id) REFERENCES finding (id),
  CONSTRAINT ck_finding_change_field CHECK (field IN ('RATING', 'MOTIVATION', 'EVIDENCE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_finding_change_finding ON finding_change (finding_id, id);
