-- Reports and publishing (issue 16, docs/reports.md and docs/open-data.md).

-- Small-cell protection: on public pages, published PDFs and open data a figure resting on fewer
-- than this many providers or respondents is suppressed and marked (internal pages mark it only).
ALTER TABLE study ADD COLUMN min_cell_size INT NOT NULL DEFAULT 5;
ALTER TABLE study ADD CONSTRAINT ck_study_min_cell_size CHECK (min_cell_size BETWEEN 1 AND 100);

-- The coordinator's conclusions, for the whole study (scope 'study') or one area ('area:<id>'),
-- written in a small Markdown subset (paragraphs, lists, bold, italic); shown escaped.
CREATE TABLE report_conclusion (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  version       BIGINT        NOT NULL DEFAULT 0,
  study_id      BIGINT        NOT NULL,
  study_area_id BIGINT        NULL,
  scope         VARCHAR(30)   NOT NULL,
  body          TEXT          NOT NULL,
  updated_at    DATETIME(3)   NOT NULL,
  updated_by    VARCHAR(60)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_report_conclusion UNIQUE (study_id, scope),
  CONSTRAINT fk_report_conclusion_study FOREIGN KEY (study_id) REFERENCES study (id) ON DELETE CASCADE,
  CONSTRAINT fk_report_conclusion_area FOREIGN KEY (study_area_id) REFERENCES study_area (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Background generation of a report PDF (national or one area). One row per request; the result
-- file is kept per data fingerprint, so an unchanged study is not generated twice. A restart marks
-- a QUEUED or RUNNING row of the stopped instance FAILED ("interrupted").
CREATE TABLE report_job (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  version       BIGINT        NOT NULL DEFAULT 0,
  study_id      BIGINT        NOT NULL,
  study_area_id BIGINT        NULL,
  scope         VARCHAR(30)   NOT NULL,
  purpose       VARCHAR(20)   NOT NULL,
  status        VARCHAR(20)   NOT NULL,
  fingerprint   VARCHAR(100)  NOT NULL,
  progress      INT           NOT NULL DEFAULT 0,
  total         INT           NOT NULL DEFAULT 0,
  result_file   VARCHAR(100)  NULL,
  result_sha256 CHAR(64)      NULL,
  result_bytes  BIGINT        NULL,
  pages         INT           NULL,
  error         VARCHAR(500)  NULL,
  instance      VARCHAR(60)   NOT NULL,
  requested_at  DATETIME(3)   NOT NULL,
  requested_by  VARCHAR(60)   NOT NULL,
  started_at    DATETIME(3)   NULL,
  finished_at   DATETIME(3)   NULL,
  PRIMARY KEY (id),
  KEY ix_report_job_scope (study_id, scope, status),
  CONSTRAINT fk_report_job_study FOREIGN KEY (study_id) REFERENCES study (id) ON DELETE CASCADE,
  CONSTRAINT fk_report_job_area FOREIGN KEY (study_area_id) REFERENCES study_area (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A published report version: frozen. The PDF is a file under $WIJKZICHT_HOME/publications named
-- by a random UUID; the snapshot is the JSON of every figure the PDF and the public pages show.
-- Both carry a SHA-256; a mismatch is shown and the file not served. A later publication of the
-- same scope supersedes this one (superseded_by_id); withdrawing needs a reason and leaves a notice.
CREATE TABLE report_publication (
  id               BIGINT        NOT NULL AUTO_INCREMENT,
  version          BIGINT        NOT NULL DEFAULT 0,
  study_id         BIGINT        NOT NULL,
  study_area_id    BIGINT        NULL,
  scope            VARCHAR(30)   NOT NULL,
  number           INT           NOT NULL,
  status           VARCHAR(20)   NOT NULL,
  title            VARCHAR(300)  NOT NULL,
  fingerprint      VARCHAR(100)  NOT NULL,
  min_cell_size    INT           NOT NULL,
  pdf_file         VARCHAR(100)  NOT NULL,
  pdf_sha256       CHAR(64)      NOT NULL,
  pdf_bytes        BIGINT        NOT NULL,
  pdf_pages        INT           NOT NULL,
  snapshot         LONGTEXT      NOT NULL,
  snapshot_sha256  CHAR(64)      NOT NULL,
  published_at     DATETIME(3)   NOT NULL,
  published_by     VARCHAR(60)   NOT NULL,
  superseded_by_id BIGINT        NULL,
  withdrawn_at     DATETIME(3)   NULL,
  withdrawn_by     VARCHAR(60)   NULL,
  withdraw_reason  VARCHAR(2000) NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_report_publication UNIQUE (study_id, scope, number),
  KEY ix_report_publication_status (status, published_at),
  CONSTRAINT fk_report_publication_study FOREIGN KEY (study_id) REFERENCES study (id),
  CONSTRAINT fk_report_publication_area FOREIGN KEY (study_area_id) REFERENCES study_area (id),
  CONSTRAINT fk_report_publication_successor FOREIGN KEY (superseded_by_id) REFERENCES report_publication (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
