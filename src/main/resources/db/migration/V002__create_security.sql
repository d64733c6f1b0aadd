-- Care provider organisations (the minimal record accounts need; fieldwork adds locations and areas).
CREATE TABLE care_provider (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  version     BIGINT       NOT NULL DEFAULT 0,
  name        VARCHAR(200) NOT NULL,
  kind        VARCHAR(30)  NOT NULL,
  agb_code    CHAR(8),
  kvk_number  CHAR(8),
  demo        BOOLEAN      NOT NULL DEFAULT FALSE,
  PRIMARY KEY (id),
  CONSTRAINT uk_care_provider_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Accounts. A provider account belongs to exactly one organisation (checked below).
CREATE TABLE app_user (
  id                   BIGINT       NOT NULL AUTO_INCREMENT,
  version              BIGINT       NOT NULL DEFAULT 0,
  username             VARCHAR(60)  NOT NULL,
  display_name         VARCHAR(120) NOT NULL,
  role                 VARCHAR(20)  NOT NULL,
  provider_id          BIGINT,
  password_hash        VARCHAR(400) NOT NULL,
  must_change_password BOOLEAN      NOT NULL DEFAULT FALSE,
  enabled              BOOLEAN      NOT NULL DEFAULT TRUE,
  demo                 BOOLEAN      NOT NULL DEFAULT FALSE,
  failed_logins        INT          NOT NULL DEFAULT 0,
  locked_until         TIMESTAMP(3) NULL,
  last_login_at        TIMESTAMP(3) NULL,
  created_at           TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_app_user_username UNIQUE (username),
  CONSTRAINT fk_app_user_provider FOREIGN KEY (provider_id) REFERENCES care_provider (id),
  CONSTRAINT ck_app_user_provider CHECK ((role = 'PROVIDER') = (provider_id IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Settings an administrator may change (retention of the access log, ...).
CREATE TABLE app_setting (
  name       VARCHAR(60)  NOT NULL,
  value      VARCHAR(200) NOT NULL,
  changed_at TIMESTAMP(3) NOT NULL,
  changed_by VARCHAR(60)  NOT NULL,
  PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO app_setting (name, value, changed_at, changed_by)
VALUES ('access_log.retention_days', '1825', CURRENT_TIMESTAMP(3), 'installation');

-- NEN 7513-style access log: who did what to which object, when, from where, with what outcome.
-- It records the fact, never the content.
CREATE TABLE access_log (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  occurred_at TIMESTAMP(3) NOT NULL,
  user_id     BIGINT,
  username    VARCHAR(60)  NOT NULL,
  role        VARCHAR(20)  NOT NULL,
  action      VARCHAR(20)  NOT NULL,
  object_type VARCHAR(40)  NOT NULL,
  object_id   VARCHAR(60),
  provider_id BIGINT,
  area_code   VARCHAR(20),
  address     VARCHAR(64)  NOT NULL,
  outcome     VARCHAR(10)  NOT NULL,
  detail      VARCHAR(200),
  PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_access_log_time ON access_log (occurred_at);
CREATE INDEX ix_access_log_user ON access_log (username, occurred_at);
CREATE INDEX ix_access_log_object ON access_log (object_type, object_id);
CREATE INDEX ix_access_log_provider ON access_log (provider_id, occurred_at);

-- Append-only: the application's own database user cannot change an entry, and can delete one only
-- once it is past the retention period (the retention job).
CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'access_log is append-only';

DELIMITER //
CREATE TRIGGER access_log_delete_only_expired BEFORE DELETE ON access_log FOR EACH ROW
BEGIN
  IF OLD.occurred_at >= CURRENT_TIMESTAMP(3) - INTERVAL
      (SELECT CAST(value AS UNSIGNED) FROM app_setting WHERE name = 'access_log.retention_days') DAY THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'access_log entries are kept for the retention period';
  END IF;
END//
DELIMITER ;
