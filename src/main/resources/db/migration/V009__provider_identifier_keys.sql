-- An AGB code and a KvK number each identify one care provider (issue 12): unique keys, so a
-- duplicate is refused by the database even when two users save at the same moment. NULL (not
-- given) may occur any number of times.
--
-- The codes are 8 digits (ProviderRules), so they are compared byte for byte (ascii_bin): case and
-- accents have no meaning in a code, and Java compares them with String.equals, exactly like the
-- database now. Names stay utf8mb4_unicode_ci (case- and accent-insensitive); see
-- docs/architecture.md, "Text comparison".
--
-- Before this version the CSV import did not compare codes with other providers, so a database may
-- hold a code twice. Then this migration stops with a message instead of choosing which provider
-- keeps the code: an operator corrects the providers (docs/deployment.md) and restarts.
-- An empty text was never valid (ProviderRules stores null), but make sure it cannot collide.
UPDATE care_provider SET agb_code = NULL WHERE TRIM(agb_code) = '';
UPDATE care_provider SET kvk_number = NULL WHERE TRIM(kvk_number) = '';

DELIMITER //
BEGIN NOT ATOMIC
  IF EXISTS (SELECT agb_code FROM care_provider WHERE agb_code IS NOT NULL
             GROUP BY agb_code HAVING COUNT(*) > 1) THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT =
      'care_provider: an AGB code is used by more than one provider; correct them first (docs/deployment.md)';
  END IF;
  IF EXISTS (SELECT kvk_number FROM care_provider WHERE kvk_number IS NOT NULL
             GROUP BY kvk_number HAVING COUNT(*) > 1) THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT =
      'care_provider: a KvK number is used by more than one provider; correct them first (docs/deployment.md)';
  END IF;
END//
DELIMITER ;

ALTER TABLE care_provider
  MODIFY agb_code CHAR(8) CHARACTER SET ascii COLLATE ascii_bin NULL,
  MODIFY kvk_number CHAR(8) CHARACTER SET ascii COLLATE ascii_bin NULL,
  ADD CONSTRAINT uk_care_provider_agb UNIQUE (agb_code),
  ADD CONSTRAINT uk_care_provider_kvk UNIQUE (kvk_number);
