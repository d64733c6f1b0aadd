-- The provider's reply deadline (issue 15): a number of working days set per study (default 10,
-- Dutch public holidays excluded), counted from when the provider was notified, i.e. when the visit
-- was sent for reply. The deadline is stored as a date so a later change of the study's setting or
-- of the holiday rules never moves a deadline a provider has already been told.
ALTER TABLE study ADD COLUMN reply_working_days INT NOT NULL DEFAULT 10;
ALTER TABLE visit ADD COLUMN reply_notified_at DATETIME(3) NULL;
ALTER TABLE visit ADD COLUMN reply_deadline DATE NULL;
