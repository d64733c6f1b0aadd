-- Right of reply (wederhoor, issue 15; docs/reply.md). The inspector marks which evidence a care
-- provider may read; the provider answers a visit's findings with one reply: a general text and
-- remarks per finding, with attachments kept as files outside the web root.

-- Nothing is shared by default: the inspector ticks each piece of evidence on the finding page.
ALTER TABLE finding_evidence ADD COLUMN shareable BOOLEAN NOT NULL DEFAULT FALSE;

-- One reply per visit and provider: a draft until submitted, then read-only. The version guards the
-- submit (two tabs submitting at once: one wins) and every draft save.
CREATE TABLE reply (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  version      BIGINT       NOT NULL DEFAULT 0,
  visit_id     BIGINT       NOT NULL,
  provider_id  BIGINT       NOT NULL,
  status       VARCHAR(20)  NOT NULL,
  general_text TEXT         NOT NULL,
  created_at   DATETIME(3)  NOT NULL,
  created_by   VARCHAR(60)  NOT NULL,
  updated_at   DATETIME(3)  NOT NULL,
  updated_by   VARCHAR(60)  NOT NULL,
  submitted_at DATETIME(3)  NULL,
  submitted_by VARCHAR(60)  NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_reply_visit_provider UNIQUE (visit_id, provider_id),
  CONSTRAINT fk_reply_visit FOREIGN KEY (visit_id) REFERENCES visit (id),
  CONSTRAINT fk_reply_provider FOREIGN KEY (provider_id) REFERENCES care_provider (id),
  CONSTRAINT ck_reply_status CHECK (status IN ('DRAFT', 'SUBMITTED')),
  CONSTRAINT ck_reply_submitted CHECK ((status = 'SUBMITTED') = (submitted_at IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A remark on one finding of the reply's visit: a factual error, something incomplete, or
-- disagreement with the judgement. Several remarks per finding are allowed.
CREATE TABLE reply_remark (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  version     BIGINT       NOT NULL DEFAULT 0,
  reply_id    BIGINT       NOT NULL,
  finding_id  BIGINT       NOT NULL,
  kind        VARCHAR(20)  NOT NULL,
  remark_text TEXT         NOT NULL,
  created_at  DATETIME(3)  NOT NULL,
  updated_at  DATETIME(3)  NOT NULL,
  updated_by  VARCHAR(60)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_reply_remark_reply FOREIGN KEY (reply_id) REFERENCES reply (id),
  CONSTRAINT fk_reply_remark_finding FOREIGN KEY (finding_id) REFERENCES finding (id),
  CONSTRAINT ck_reply_remark_kind CHECK (kind IN ('FACTUAL_ERROR', 'INCOMPLETE', 'DISAGREE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_reply_remark_finding ON reply_remark (finding_id);

-- A file the provider attached to the reply or to one remark. The file lives under
-- $WIJKZICHT_HOME/attachments with a random UUID as its name; type detected from the content.
CREATE TABLE reply_attachment (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  reply_id      BIGINT        NOT NULL,
  remark_id     BIGINT        NULL,
  original_name VARCHAR(255)  NOT NULL,
  stored_name   CHAR(36)      CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  content_type  VARCHAR(40)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  size_bytes    BIGINT        NOT NULL,
  sha256        CHAR(64)      CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  uploaded_at   DATETIME(3)   NOT NULL,
  uploaded_by   VARCHAR(60)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_reply_attachment_stored UNIQUE (stored_name),
  CONSTRAINT fk_reply_attachment_reply FOREIGN KEY (reply_id) REFERENCES reply (id),
  CONSTRAINT fk_reply_attachment_remark FOREIGN KEY (remark_id) REFERENCES reply_remark (id),
  CONSTRAINT ck_reply_attachment_type CHECK (content_type IN ('application/pdf', 'image/png', 'image/jpeg'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A coordinator reopened replying after the deadline: the old and new deadline, why, who, when.
CREATE TABLE reply_reopening (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  visit_id     BIGINT       NOT NULL,
  old_deadline DATE         NULL,
  new_deadline DATE         NOT NULL,
  reason       VARCHAR(500) NOT NULL,
  reopened_at  DATETIME(3)  NOT NULL,
  reopened_by  VARCHAR(60)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_reply_reopening_visit FOREIGN KEY (visit_id) REFERENCES visit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
