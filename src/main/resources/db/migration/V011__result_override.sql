-- Professional judgement (docs/scoring.md, "Overrides"): a coordinator sets an area's result, or
-- one theme's result in an area, by hand with a reason. The computed result stays visible beside
-- it. result_override holds what is in force; result_override_event keeps every change (who,
-- when, before, after, the computed level at that moment, the reason), also when it is removed.

CREATE TABLE result_override (
  id             BIGINT        NOT NULL AUTO_INCREMENT,
  version        BIGINT        NOT NULL DEFAULT 0,
  study_id       BIGINT        NOT NULL,
  study_area_id  BIGINT        NOT NULL,
  theme_id       BIGINT,
  -- 'area' or 'theme:<id>': one override per result (a NULL theme_id cannot be unique).
  target         VARCHAR(30)   NOT NULL,
  level_code     VARCHAR(40)   NOT NULL,
  reason         VARCHAR(2000) NOT NULL,
  set_at         DATETIME(3)   NOT NULL,
  set_by         VARCHAR(60)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_result_override UNIQUE (study_area_id, target),
  CONSTRAINT fk_result_override_study FOREIGN KEY (study_id) REFERENCES study (id),
  CONSTRAINT fk_result_override_area FOREIGN KEY (study_area_id) REFERENCES study_area (id),
  CONSTRAINT fk_result_override_theme FOREIGN KEY (theme_id) REFERENCES framework_theme (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_result_override_study ON result_override (study_id);

CREATE TABLE result_override_event (
  id                  BIGINT        NOT NULL AUTO_INCREMENT,
  study_id            BIGINT        NOT NULL,
  study_area_id       BIGINT        NOT NULL,
  theme_id            BIGINT,
  target              VARCHAR(30)   NOT NULL,
  before_level_code   VARCHAR(40),
  after_level_code    VARCHAR(40),
  computed_level_code VARCHAR(40),
  reason              VARCHAR(2000) NOT NULL,
  changed_at          DATETIME(3)   NOT NULL,
  changed_by          VARCHAR(60)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_result_override_event_study FOREIGN KEY (study_id) REFERENCES study (id),
  CONSTRAINT fk_result_override_event_area FOREIGN KEY (study_area_id) REFERENCES study_area (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_result_override_event_target ON result_override_event (study_area_id, target);
