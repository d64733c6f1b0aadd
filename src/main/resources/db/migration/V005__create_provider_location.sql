-- Locations of care providers (a GP practice's premises, a home-care team's base) and the
-- municipalities a provider serves.
CREATE TABLE provider_location (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  version         BIGINT       NOT NULL DEFAULT 0,
  provider_id     BIGINT       NOT NULL,
  name            VARCHAR(200) NOT NULL,
  street          VARCHAR(200),
  postcode        CHAR(6),
  city            VARCHAR(100),
  municipality_id BIGINT       NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_provider_location UNIQUE (provider_id, name),
  CONSTRAINT fk_provider_location_provider FOREIGN KEY (provider_id) REFERENCES care_provider (id),
  CONSTRAINT fk_provider_location_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE provider_area (
  provider_id     BIGINT NOT NULL,
  municipality_id BIGINT NOT NULL,
  PRIMARY KEY (provider_id, municipality_id),
  CONSTRAINT fk_provider_area_provider FOREIGN KEY (provider_id) REFERENCES care_provider (id),
  CONSTRAINT fk_provider_area_municipality FOREIGN KEY (municipality_id) REFERENCES municipality (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
