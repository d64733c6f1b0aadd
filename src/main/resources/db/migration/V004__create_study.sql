-- Studies (onderzoeken): a title, a period, one framework version, the areas it covers and the
-- inspectors assigned to it.
CREATE TABLE study (
  id                   BIGINT       NOT NULL AUTO_INCREMENT,
  version              BIGINT       NOT NULL DEFAULT 0,
  title                VARCHAR(200) NOT NULL,
  starts_on            DATE         NOT NULL,
  ends_on              DATE         NOT NULL,
  framework_version_id BIGINT       NOT NULL,
  demo                 BOOLEAN      NOT NULL DEFAULT FALSE,
  created_at           TIMESTAMP(3) NOT NULL,
  created_by           VARCHAR(60)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_study_title UNIQUE (title),
  CONSTRAINT fk_study_framework_version FOREIGN KEY (framework_version_id) REFERENCES framework_version (id),
  CONSTRAINT ck_study_period CHECK (ends_on >= starts_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An area is a municipality, or one district (wijk, CBS code WKxxxxxx) within it; '' = whole municipality.
CREATE TABLE study_area (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  study_id        BIGINT       NOT NULL,
  municipality_id BIGINT       NOT NULL,
  district_code   VARCHAR(10)  NOT NULL DEFAULT '',
  district_name   VARCHAR(100) NOT NULL DEFAULT '',
  PRIMARY KEY (id),
  CONSTRAINT uk_study_area UNIQUE (study_id, municipality_id, district_code),
  CONSTRAINT fk_study_area_study FOREIGN KEY (study_id) REFERENCES study (id) ON DELETE CASCADE,
  CONSTRAINT fk_study_area_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE study_inspector (
  study_id BIGINT NOT NULL,
  user_id  BIGINT NOT NULL,
  PRIMARY KEY (study_id, user_id),
  CONSTRAINT fk_study_inspector_study FOREIGN KEY (study_id) REFERENCES study (id) ON DELETE CASCADE,
  CONSTRAINT fk_study_inspector_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
