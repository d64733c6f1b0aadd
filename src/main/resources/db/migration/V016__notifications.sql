-- Notifications (issue 15, docs/notifications.md). What awaits a user in the application is computed
-- from the visits when a page asks for it and never stored; only e-mail needs tables.

-- An account's e-mail address, for notification mails; optional (no address: no mail, the in-app
-- list still shows everything).
ALTER TABLE app_user ADD COLUMN email VARCHAR(254) NULL;

-- The outbox: a mail is written here in the transaction of the change it reports (so it exists if
-- and only if the change committed) and sent after that transaction by a background task, holding no
-- database connection or lock while it talks SMTP. A sender claims rows by setting claimed_by and
-- claimed_until (one UPDATE), so two instances never send the same row at the same time; a claim of an
-- instance that died runs out and the row is sent again.
CREATE TABLE mail_outbox (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  kind            VARCHAR(30)   NOT NULL,
  visit_id        BIGINT        NULL,
  user_id         BIGINT        NULL,
  recipient       VARCHAR(254)  NOT NULL,
  subject         VARCHAR(200)  NOT NULL,
  body            TEXT          NOT NULL,
  created_at      DATETIME(3)   NOT NULL,
  next_attempt_at DATETIME(3)   NOT NULL,
  attempts        INT           NOT NULL DEFAULT 0,
  claimed_by      VARCHAR(60)   NULL,
  claimed_until   DATETIME(3)   NULL,
  sent_at         DATETIME(3)   NULL,
  failed_at       DATETIME(3)   NULL,
  last_error      VARCHAR(500)  NULL,
  PRIMARY KEY (id),
  KEY ix_mail_outbox_due (sent_at, failed_at, next_attempt_at),
  KEY ix_mail_outbox_claim (claimed_by),
  CONSTRAINT fk_mail_outbox_visit FOREIGN KEY (visit_id) REFERENCES visit (id) ON DELETE SET NULL,
  CONSTRAINT fk_mail_outbox_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Once-only work shared by all instances (the reminder job): whoever inserts the row for
-- (kind, visit, deadline) first does the work; the unique key refuses every other instance's insert.
CREATE TABLE notification_claim (
  id         BIGINT       NOT NULL AUTO_INCREMENT,
  kind       VARCHAR(30)  NOT NULL,
  visit_id   BIGINT       NOT NULL,
  deadline   DATE         NOT NULL,
  claimed_at DATETIME(3)  NOT NULL,
  claimed_by VARCHAR(60)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_notification_claim UNIQUE (kind, visit_id, deadline),
  CONSTRAINT fk_notification_claim_visit FOREIGN KEY (visit_id) REFERENCES visit (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The in-app lists group visits by status and provider or deadline.
CREATE INDEX ix_visit_status_deadline ON visit (status, reply_deadline);
