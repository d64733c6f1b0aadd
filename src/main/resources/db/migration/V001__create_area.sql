-- Reference data about places: municipal divisions per year, municipalities, regions.
CREATE TABLE municipal_division (
  division_year      SMALLINT     NOT NULL,
  source             VARCHAR(200) NOT NULL,
  municipality_count INT          NOT NULL,
  loaded_at          TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (division_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE municipality (
  id                 BIGINT       NOT NULL AUTO_INCREMENT,
  cbs_code           CHAR(6)      NOT NULL,
  name               VARCHAR(100) NOT NULL,
  official_name      VARCHAR(100) NOT NULL,
  province           VARCHAR(40)  NOT NULL,
  safety_region_code VARCHAR(4),
  safety_region_name VARCHAR(100),
  division_year      SMALLINT     NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_municipality_code_year UNIQUE (cbs_code, division_year),
  CONSTRAINT fk_municipality_division FOREIGN KEY (division_year)
    REFERENCES municipal_division (division_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_municipality_year_name ON municipality (division_year, name);

CREATE TABLE region (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  version     BIGINT       NOT NULL DEFAULT 0,
  name        VARCHAR(120) NOT NULL,
  kind        VARCHAR(20)  NOT NULL,
  description VARCHAR(500),
  demo        BOOLEAN      NOT NULL DEFAULT FALSE,
  PRIMARY KEY (id),
  CONSTRAINT uk_region_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE region_municipality (
  region_id       BIGINT NOT NULL,
  municipality_id BIGINT NOT NULL,
  PRIMARY KEY (region_id, municipality_id),
  CONSTRAINT fk_region_municipality_region FOREIGN KEY (region_id) REFERENCES region (id)
    ON DELETE CASCADE,
  CONSTRAINT fk_region_municipality_municipality FOREIGN KEY (municipality_id)
    REFERENCES municipality (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
