-- Second factor (issue 15): TOTP secrets (AES-GCM encrypted by the application; see docs/security.md)
-- and one-time recovery codes (password hashes). One second factor per account; an admin reset
-- deletes it (and its codes) so the user enrols again at the next login.

-- An account an administrator (or a test) marked as needing a second factor whatever its role.
ALTER TABLE app_user ADD COLUMN second_factor_required BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE second_factor (
  user_id        BIGINT       NOT NULL,
  version        BIGINT       NOT NULL DEFAULT 0,
  -- v1:<key id>:<base64 nonce + ciphertext + tag>
  secret         VARCHAR(200) NOT NULL,
  enrolled_at    DATETIME(3)  NOT NULL,
  -- The last 30-second step whose code was accepted: that code and older ones are refused (replay).
  last_used_step BIGINT       NOT NULL DEFAULT 0,
  -- Wrong codes in a row (lock-out as for passwords) and until when the code step is refused.
  failures       INT          NOT NULL DEFAULT 0,
  locked_until   DATETIME(3)  NULL,
  PRIMARY KEY (user_id),
  CONSTRAINT fk_second_factor_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE recovery_code (
  id        BIGINT       NOT NULL AUTO_INCREMENT,
  user_id   BIGINT       NOT NULL,
  code_hash VARCHAR(400) NOT NULL,
  used_at   DATETIME(3)  NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_recovery_code_factor FOREIGN KEY (user_id) REFERENCES second_factor (user_id)
    ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_recovery_code_user ON recovery_code (user_id);
