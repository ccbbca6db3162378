-- How long a micro-break lasts and how presence bends the reminders; yoga days and the lunch routine.
-- Rows written before these settings existed take the defaults.
ALTER TABLE plan_settings ADD COLUMN micro_break_minutes   INTEGER NOT NULL DEFAULT 2;
ALTER TABLE plan_settings ADD COLUMN natural_break_minutes INTEGER NOT NULL DEFAULT 5;
ALTER TABLE plan_settings ADD COLUMN max_postpone_minutes  INTEGER NOT NULL DEFAULT 30;
ALTER TABLE plan_settings ADD COLUMN call_detection        INTEGER NOT NULL DEFAULT 1;
ALTER TABLE plan_settings ADD COLUMN yoga_days             TEXT    NOT NULL DEFAULT 'MONDAY,WEDNESDAY,FRIDAY';
ALTER TABLE plan_settings ADD COLUMN yoga_time             TEXT;
ALTER TABLE plan_settings ADD COLUMN lunch_session         INTEGER NOT NULL DEFAULT 0;
