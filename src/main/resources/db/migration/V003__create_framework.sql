-- Audit frameworks (toetsingskaders) loaded from audit-frameworks/: one row per framework, one per
-- version with its source text and hash, and the tree of that version (rating scale, bands, themes,
-- norms, questions) that studies will refer to. A version is never changed after import.
CREATE TABLE framework (
  id   BIGINT      NOT NULL AUTO_INCREMENT,
  code VARCHAR(40) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_framework_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE framework_version (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  framework_id   BIGINT       NOT NULL,
  version        VARCHAR(20)  NOT NULL,
  sort_key       VARCHAR(60)  NOT NULL,
  title_nl       VARCHAR(300) NOT NULL,
  title_en       VARCHAR(300),
  roll_up_rule   VARCHAR(30)  NOT NULL,
  theme_count    INT          NOT NULL,
  norm_count     INT          NOT NULL,
  question_count INT          NOT NULL,
  source_file    VARCHAR(200) NOT NULL,
  content_hash   CHAR(64)     NOT NULL,
  content        MEDIUMTEXT   NOT NULL,
  in_use         BOOLEAN      NOT NULL DEFAULT FALSE,
  imported_at    TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_framework_version UNIQUE (framework_id, version),
  CONSTRAINT fk_framework_version_framework FOREIGN KEY (framework_id) REFERENCES framework (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE framework_rating_level (
  id                   BIGINT       NOT NULL AUTO_INCREMENT,
  framework_version_id BIGINT       NOT NULL,
  position             INT          NOT NULL,
  code                 VARCHAR(40)  NOT NULL,
  label_nl             VARCHAR(300) NOT NULL,
  label_en             VARCHAR(300),
  colour               CHAR(7)      NOT NULL,
  score                INT,
  not_assessed         BOOLEAN      NOT NULL DEFAULT FALSE,
  PRIMARY KEY (id),
  CONSTRAINT uk_framework_rating_level_code UNIQUE (framework_version_id, code),
  CONSTRAINT fk_framework_rating_level_version FOREIGN KEY (framework_version_id)
    REFERENCES framework_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE framework_rating_band (
  id                   BIGINT      NOT NULL AUTO_INCREMENT,
  framework_version_id BIGINT      NOT NULL,
  position             INT         NOT NULL,
  from_percentage      INT         NOT NULL,
  to_percentage        INT         NOT NULL,
  level_code           VARCHAR(40) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_framework_rating_band_version FOREIGN KEY (framework_version_id)
    REFERENCES framework_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE framework_theme (
  id                   BIGINT       NOT NULL AUTO_INCREMENT,
  framework_version_id BIGINT       NOT NULL,
  position             INT          NOT NULL,
  code                 VARCHAR(40)  NOT NULL,
  title_nl             VARCHAR(300) NOT NULL,
  title_en             VARCHAR(300),
  description_nl       TEXT,
  description_en       TEXT,
  PRIMARY KEY (id),
  CONSTRAINT uk_framework_theme_code UNIQUE (framework_version_id, code),
  CONSTRAINT fk_framework_theme_version FOREIGN KEY (framework_version_id)
    REFERENCES framework_version (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE framework_norm (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  theme_id    BIGINT       NOT NULL,
  position    INT          NOT NULL,
  code        VARCHAR(40)  NOT NULL,
  title_nl    VARCHAR(300) NOT NULL,
  title_en    VARCHAR(300),
  guidance_nl TEXT,
  guidance_en TEXT,
  norm_level  VARCHAR(10)  NOT NULL,
  weight      INT,
  PRIMARY KEY (id),
  CONSTRAINT fk_framework_norm_theme FOREIGN KEY (theme_id) REFERENCES framework_theme (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE framework_question (
  id          BIGINT      NOT NULL AUTO_INCREMENT,
  norm_id     BIGINT      NOT NULL,
  position    INT         NOT NULL,
  code        VARCHAR(40) NOT NULL,
  text_nl     TEXT        NOT NULL,
  text_en     TEXT,
  answer_type VARCHAR(20) NOT NULL,
  scale_min   INT,
  scale_max   INT,
  PRIMARY KEY (id),
  CONSTRAINT fk_framework_question_norm FOREIGN KEY (norm_id) REFERENCES framework_norm (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE framework_question_role (
  question_id BIGINT      NOT NULL,
  role        VARCHAR(40) NOT NULL,
  PRIMARY KEY (question_id, role),
  CONSTRAINT fk_framework_question_role_question FOREIGN KEY (question_id)
    REFERENCES framework_question (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE framework_question_option (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  question_id BIGINT       NOT NULL,
  position    INT          NOT NULL,
  code        VARCHAR(40)  NOT NULL,
  label_nl    VARCHAR(300) NOT NULL,
  label_en    VARCHAR(300),
  PRIMARY KEY (id),
  CONSTRAINT uk_framework_question_option_code UNIQUE (question_id, code),
  CONSTRAINT fk_framework_question_option_question FOREIGN KEY (question_id)
    REFERENCES framework_question (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
