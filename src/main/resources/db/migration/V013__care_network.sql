-- Care-network maps (docs/fieldwork.md "Care-network maps and who does what").
-- What a map can derive (the tracer's providers, the interviews around it, its client-level findings)
-- is never stored here; only what an inspector must add by hand.

-- Per tracer: who coordinates the older person's care (a professional role, optionally at one of the
-- providers; the carer; the older person; nobody) and the inspector's judgement of single links.
CREATE TABLE tracer_network (
  id                      BIGINT        NOT NULL AUTO_INCREMENT,
  version                 BIGINT        NOT NULL DEFAULT 0,
  tracer_id               BIGINT        NOT NULL,
  coordination            VARCHAR(20)   NOT NULL,
  coordinator_role        VARCHAR(40),
  coordinator_provider_id BIGINT,
  updated_at              DATETIME(3)   NOT NULL,
  updated_by              VARCHAR(60)   NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_tracer_network UNIQUE (tracer_id),
  CONSTRAINT fk_tracer_network_tracer FOREIGN KEY (tracer_id) REFERENCES tracer (id) ON DELETE CASCADE,
  CONSTRAINT fk_tracer_network_provider FOREIGN KEY (coordinator_provider_id) REFERENCES care_provider (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A link between two members of the map, named by node keys ('client', 'carer:MZ-05', 'provider:12',
-- 'role:CASEMANAGER'), stored with the smaller key first: strong, weak or absent, with a note.
CREATE TABLE tracer_network_link (
  tracer_network_id BIGINT       NOT NULL,
  node_a            VARCHAR(60)  NOT NULL,
  node_b            VARCHAR(60)  NOT NULL,
  strength          VARCHAR(20)  NOT NULL,
  note              VARCHAR(500) NOT NULL DEFAULT '',
  PRIMARY KEY (tracer_network_id, node_a, node_b),
  CONSTRAINT fk_tracer_network_link FOREIGN KEY (tracer_network_id) REFERENCES tracer_network (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Per study area: "who does what" (which provider fills which role) and which agreements exist.
-- One row per area carries the version that guards the whole set against lost updates.
CREATE TABLE area_network (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  version       BIGINT       NOT NULL DEFAULT 0,
  study_area_id BIGINT       NOT NULL,
  updated_at    DATETIME(3)  NOT NULL,
  updated_by    VARCHAR(60)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_area_network UNIQUE (study_area_id),
  CONSTRAINT fk_area_network_area FOREIGN KEY (study_area_id) REFERENCES study_area (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE area_network_role (
  area_network_id BIGINT      NOT NULL,
  care_role       VARCHAR(40) NOT NULL,
  provider_id     BIGINT      NOT NULL,
  PRIMARY KEY (area_network_id, care_role, provider_id),
  CONSTRAINT fk_area_network_role FOREIGN KEY (area_network_id) REFERENCES area_network (id) ON DELETE CASCADE,
  CONSTRAINT fk_area_network_role_provider FOREIGN KEY (provider_id) REFERENCES care_provider (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE area_network_agreement (
  area_network_id BIGINT       NOT NULL,
  kind            VARCHAR(40)  NOT NULL,
  status          VARCHAR(20)  NOT NULL,
  status_on       DATE,
  note            VARCHAR(500) NOT NULL DEFAULT '',
  PRIMARY KEY (area_network_id, kind),
  CONSTRAINT fk_area_network_agreement FOREIGN KEY (area_network_id) REFERENCES area_network (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
