-- The plan settings: one row. Times are local HH:MM, dates ISO, lists comma-separated.
CREATE TABLE plan_settings (
    id                  INTEGER PRIMARY KEY CHECK (id = 1),
    time_zone           TEXT    NOT NULL,
    work_days           TEXT    NOT NULL,
    work_start          TEXT    NOT NULL,
    work_end            TEXT    NOT NULL,
    lunch_start         TEXT,
    lunch_end           TEXT,
    morning             TEXT    NOT NULL,
    evening             TEXT    NOT NULL,
    break_every_minutes INTEGER NOT NULL,
    quiet_days          TEXT    NOT NULL,
    level               TEXT    NOT NULL,
    relaxation_start    TEXT
);

-- Every reminder and what became of it, in order: the ground truth for adherence.
CREATE TABLE reminder_log (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_day    TEXT    NOT NULL,
    event_at     TEXT    NOT NULL,
    event_at_ms  BIGINT  NOT NULL,
    kind         TEXT    NOT NULL,
    routine      TEXT    NOT NULL,
    level        TEXT    NOT NULL,
    minutes      INTEGER NOT NULL,
    outcome      TEXT    NOT NULL,
    at_ms        BIGINT  NOT NULL,
    detail       TEXT    NOT NULL
);

CREATE INDEX reminder_log_event_at ON reminder_log (event_at_ms);

-- Reminders are silent until this instant; no row means not paused.
CREATE TABLE reminder_pause (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    until_ms BIGINT  NOT NULL
);
