-- Visits (locatiebezoeken): one visit to one provider location in one area of a study, with its
-- inspectors, its status and every status change (who, when).
CREATE TABLE visit (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  version       BIGINT       NOT NULL DEFAULT 0,
  study_id      BIGINT       NOT NULL,
  study_area_id BIGINT       NOT NULL,
  location_id   BIGINT       NOT NULL,
  visit_date    DATE         NOT NULL,
  status        VARCHAR(20)  NOT NULL,
  created_at    TIMESTAMP(3) NOT NULL,
  created_by    VARCHAR(60)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_visit_study FOREIGN KEY (study_id) REFERENCES study (id),
  CONSTRAINT fk_visit_area FOREIGN KEY (study_area_id) REFERENCES study_area (id),
  CONSTRAINT fk_visit_location FOREIGN KEY (location_id) REFERENCES provider_location (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_visit_study_date ON visit (study_id, visit_date);

CREATE TABLE visit_inspector (
  visit_id BIGINT NOT NULL,
  user_id  BIGINT NOT NULL,
  PRIMARY KEY (visit_id, user_id),
  CONSTRAINT fk_visit_inspector_visit FOREIGN KEY (visit_id) REFERENCES visit (id),
  CONSTRAINT fk_visit_inspector_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE visit_transition (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  visit_id    BIGINT       NOT NULL,
  from_status VARCHAR(20),
  to_status   VARCHAR(20)  NOT NULL,
  changed_at  TIMESTAMP(3) NOT NULL,
  changed_by  VARCHAR(60)  NOT NULL,
  role        VARCHAR(20)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_visit_transition_visit FOREIGN KEY (visit_id) REFERENCES visit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
