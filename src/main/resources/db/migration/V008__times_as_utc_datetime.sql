-- Every point in time becomes DATETIME(3) holding UTC (issue 12). TIMESTAMP ends in January 2038,
-- and its value depends on the session time zone (ambiguous in the hour the clocks go back).
--
-- Until now the application wrote java.sql.Timestamp through MariaDB Connector/J with its
-- defaults: the driver rendered the instant in the JVM's time zone and the server read that text in
-- the session time zone (the server's SYSTEM zone), storing UTC inside the TIMESTAMP. With the JVM
-- and the database server in the same zone (the supported set-up) the stored TIMESTAMPs are the
-- right instants. Converting a TIMESTAMP column to DATETIME renders it in the session time zone,
-- so the session zone is UTC for this migration: each value becomes the UTC wall-clock time of the
-- same instant. From now on the driver is told to use UTC (database.UtcMariaDbDataSource).
SET @wijkzicht_time_zone = @@session.time_zone;
SET time_zone = '+00:00';

ALTER TABLE municipal_division
  MODIFY loaded_at DATETIME(3) NOT NULL;

ALTER TABLE app_user
  MODIFY locked_until DATETIME(3) NULL,
  MODIFY last_login_at DATETIME(3) NULL,
  MODIFY created_at DATETIME(3) NOT NULL;

ALTER TABLE app_setting
  MODIFY changed_at DATETIME(3) NOT NULL;

ALTER TABLE access_log
  MODIFY occurred_at DATETIME(3) NOT NULL;

ALTER TABLE framework_version
  MODIFY imported_at DATETIME(3) NOT NULL;

ALTER TABLE study
  MODIFY created_at DATETIME(3) NOT NULL;

ALTER TABLE visit
  MODIFY created_at DATETIME(3) NOT NULL;

ALTER TABLE visit_transition
  MODIFY changed_at DATETIME(3) NOT NULL;

ALTER TABLE tracer
  MODIFY created_at DATETIME(3) NOT NULL;

ALTER TABLE interview
  MODIFY created_at DATETIME(3) NOT NULL;

ALTER TABLE interview_answer
  MODIFY updated_at DATETIME(3) NOT NULL;

ALTER TABLE finding
  MODIFY updated_at DATETIME(3) NOT NULL;

-- The retention trigger compared with CURRENT_TIMESTAMP (session time zone); the column is UTC now.
DROP TRIGGER access_log_delete_only_expired;

DELIMITER //
CREATE TRIGGER access_log_delete_only_expired BEFORE DELETE ON access_log FOR EACH ROW
BEGIN
  IF OLD.occurred_at >= UTC_TIMESTAMP(3) - INTERVAL
      (SELECT CAST(value AS UNSIGNED) FROM app_setting WHERE name = 'access_log.retention_days') DAY THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'access_log entries are kept for the retention period';
  END IF;
END//
DELIMITER ;

SET time_zone = @wijkzicht_time_zone;
