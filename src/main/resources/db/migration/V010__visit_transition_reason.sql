-- Why a visit was cancelled or moved back a step: asked in a confirmation dialog, shown in the
-- visit's history (issue 13). Forward steps have no reason.
ALTER TABLE visit_transition ADD COLUMN reason VARCHAR(500) NULL;
