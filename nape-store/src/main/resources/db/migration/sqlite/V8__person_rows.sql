-- Every row belongs to a person (person_id, the id of io.nape.core.person.PersonId). Rows written
-- before belong to the one local person, 'local'; the default keeps it so for anything that still
-- writes without naming a person (the local program has that one person only). What was unique in
-- the database is now unique per person, and every index starts with the person.
--
-- SQLite cannot change a table's keys in place, so each table is built anew beside the old one, its
-- rows copied, the old one dropped and the new one renamed. A child table is copied before its
-- parent is dropped, and dropped before it, so that no ON DELETE CASCADE fires; renaming a parent
-- rewrites the foreign keys that name it. An AUTOINCREMENT table keeps its counter, so that no id is
-- ever given twice.

-- Sessions and their exercises.
CREATE TABLE session_log_v8 (
    person_id     TEXT    NOT NULL DEFAULT 'local',
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    routine       TEXT    NOT NULL,
    level         TEXT    NOT NULL,
    started_at_ms INTEGER NOT NULL,
    ended_at_ms   INTEGER NOT NULL,
    outcome       TEXT    NOT NULL,
    UNIQUE (person_id, id)
);

INSERT INTO session_log_v8 (person_id, id, routine, level, started_at_ms, ended_at_ms, outcome)
    SELECT 'local', id, routine, level, started_at_ms, ended_at_ms, outcome FROM session_log;

CREATE TABLE session_exercise_v8 (
    person_id  TEXT    NOT NULL DEFAULT 'local',
    session_id INTEGER NOT NULL,
    position   INTEGER NOT NULL,
    exercise   TEXT    NOT NULL,
    status     TEXT    NOT NULL,
    PRIMARY KEY (person_id, session_id, position),
    FOREIGN KEY (person_id, session_id) REFERENCES session_log_v8 (person_id, id) ON DELETE CASCADE
);

INSERT INTO session_exercise_v8 (person_id, session_id, position, exercise, status)
    SELECT 'local', session_id, position, exercise, status FROM session_exercise;

-- Screenings and their reasons.
CREATE TABLE screening_v8 (
    person_id         TEXT    NOT NULL DEFAULT 'local',
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    at_ms             INTEGER NOT NULL,
    age               INTEGER,
    pain_level        INTEGER,
    days_since_onset  REAL,
    worsening         INTEGER,
    onset             TEXT    NOT NULL,
    signs             TEXT    NOT NULL,
    conditions        TEXT    NOT NULL,
    level             TEXT    NOT NULL,
    exercise          TEXT    NOT NULL,
    UNIQUE (person_id, id)
);

INSERT INTO screening_v8 (person_id, id, at_ms, age, pain_level, days_since_onset, worsening, onset, signs,
        conditions, level, exercise)
    SELECT 'local', id, at_ms, age, pain_level, days_since_onset, worsening, onset, signs, conditions, level,
        exercise FROM screening;

CREATE TABLE screening_reason_v8 (
    person_id    TEXT    NOT NULL DEFAULT 'local',
    screening_id INTEGER NOT NULL,
    position     INTEGER NOT NULL,
    rule         TEXT    NOT NULL,
    level        TEXT    NOT NULL,
    exercise     TEXT    NOT NULL,
    says         TEXT    NOT NULL,
    source       TEXT    NOT NULL,
    PRIMARY KEY (person_id, screening_id, position),
    FOREIGN KEY (person_id, screening_id) REFERENCES screening_v8 (person_id, id) ON DELETE CASCADE
);

INSERT INTO screening_reason_v8 (person_id, screening_id, position, rule, level, exercise, says, source)
    SELECT 'local', screening_id, position, rule, level, exercise, says, source FROM screening_reason;

-- PSFS answers and their ratings.
CREATE TABLE psfs_answer_v8 (
    person_id TEXT    NOT NULL DEFAULT 'local',
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    at_ms     INTEGER NOT NULL,
    UNIQUE (person_id, id)
);

INSERT INTO psfs_answer_v8 (person_id, id, at_ms) SELECT 'local', id, at_ms FROM psfs_answer;

CREATE TABLE psfs_rating_v8 (
    person_id TEXT    NOT NULL DEFAULT 'local',
    answer_id INTEGER NOT NULL,
    position  INTEGER NOT NULL CHECK (position BETWEEN 1 AND 3),
    activity  TEXT    NOT NULL,
    score     INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10),
    PRIMARY KEY (person_id, answer_id, position),
    FOREIGN KEY (person_id, answer_id) REFERENCES psfs_answer_v8 (person_id, id) ON DELETE CASCADE
);

INSERT INTO psfs_rating_v8 (person_id, answer_id, position, activity, score)
    SELECT 'local', answer_id, position, activity, score FROM psfs_rating;

-- Programme decisions and the flare-ups they name: a proposal is answered once per person.
CREATE TABLE programme_decision_v8 (
    person_id      TEXT    NOT NULL DEFAULT 'local',
    proposal       TEXT    NOT NULL,
    at_ms          INTEGER NOT NULL,
    kind           TEXT    NOT NULL CHECK (kind IN ('step-up', 'step-down', 'check')),
    from_level     TEXT    NOT NULL CHECK (from_level IN ('gentle', 'standard', 'full')),
    to_level       TEXT    NOT NULL CHECK (to_level IN ('gentle', 'standard', 'full')),
    reason         TEXT    NOT NULL,
    steady_from    TEXT,
    steady_to      TEXT,
    planned        INTEGER,
    due            INTEGER,
    done           INTEGER,
    start_entries  INTEGER,
    start_total    INTEGER,
    end_entries    INTEGER,
    end_total      INTEGER,
    answer         TEXT    NOT NULL CHECK (answer IN ('confirmed', 'declined')),
    decided_at_ms  INTEGER NOT NULL,
    PRIMARY KEY (person_id, proposal)
);

INSERT INTO programme_decision_v8 (person_id, proposal, at_ms, kind, from_level, to_level, reason, steady_from,
        steady_to, planned, due, done, start_entries, start_total, end_entries, end_total, answer, decided_at_ms)
    SELECT 'local', proposal, at_ms, kind, from_level, to_level, reason, steady_from, steady_to, planned, due, done,
        start_entries, start_total, end_entries, end_total, answer, decided_at_ms FROM programme_decision;

CREATE TABLE programme_flare_up_v8 (
    person_id        TEXT    NOT NULL DEFAULT 'local',
    proposal         TEXT    NOT NULL,
    position         INTEGER NOT NULL CHECK (position >= 1),
    kind             TEXT    NOT NULL CHECK (kind IN ('stopped-for-pain', 'pain-above-mean')),
    at_ms            INTEGER NOT NULL,
    routine          TEXT,
    pain             INTEGER CHECK (pain BETWEEN 0 AND 10),
    earlier_entries  INTEGER,
    earlier_total    INTEGER,
    PRIMARY KEY (person_id, proposal, position),
    FOREIGN KEY (person_id, proposal) REFERENCES programme_decision_v8 (person_id, proposal) ON DELETE CASCADE
);

INSERT INTO programme_flare_up_v8 (person_id, proposal, position, kind, at_ms, routine, pain, earlier_entries,
        earlier_total)
    SELECT 'local', proposal, position, kind, at_ms, routine, pain, earlier_entries, earlier_total
    FROM programme_flare_up;

-- Pain entries.
CREATE TABLE pain_entry_v8 (
    person_id  TEXT    NOT NULL DEFAULT 'local',
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    at_ms      INTEGER NOT NULL,
    pain       INTEGER NOT NULL CHECK (pain BETWEEN 0 AND 10),
    areas      TEXT    NOT NULL,
    characters TEXT    NOT NULL,
    stiffness  INTEGER CHECK (stiffness BETWEEN 0 AND 10),
    note       TEXT    NOT NULL,
    UNIQUE (person_id, id)
);

INSERT INTO pain_entry_v8 (person_id, id, at_ms, pain, areas, characters, stiffness, note)
    SELECT 'local', id, at_ms, pain, areas, characters, stiffness, note FROM pain_entry;

-- Reminder records.
CREATE TABLE reminder_log_v8 (
    person_id    TEXT    NOT NULL DEFAULT 'local',
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    event_day    TEXT    NOT NULL,
    event_at     TEXT    NOT NULL,
    event_at_ms  INTEGER NOT NULL,
    kind         TEXT    NOT NULL,
    routine      TEXT    NOT NULL,
    level        TEXT    NOT NULL,
    minutes      INTEGER NOT NULL,
    outcome      TEXT    NOT NULL,
    at_ms        INTEGER NOT NULL,
    detail       TEXT    NOT NULL,
    UNIQUE (person_id, id)
);

INSERT INTO reminder_log_v8 (person_id, id, event_day, event_at, event_at_ms, kind, routine, level, minutes, outcome,
        at_ms, detail)
    SELECT 'local', id, event_day, event_at, event_at_ms, kind, routine, level, minutes, outcome, at_ms, detail
    FROM reminder_log;

-- The settings: one row per person.
CREATE TABLE plan_settings_v8 (
    person_id             TEXT    NOT NULL DEFAULT 'local' PRIMARY KEY,
    time_zone             TEXT    NOT NULL,
    work_days             TEXT    NOT NULL,
    work_start            TEXT    NOT NULL,
    work_end              TEXT    NOT NULL,
    lunch_start           TEXT,
    lunch_end             TEXT,
    morning               TEXT    NOT NULL,
    evening               TEXT    NOT NULL,
    break_every_minutes   INTEGER NOT NULL,
    quiet_days            TEXT    NOT NULL,
    level                 TEXT    NOT NULL,
    relaxation_start      TEXT,
    micro_break_minutes   INTEGER NOT NULL DEFAULT 2,
    natural_break_minutes INTEGER NOT NULL DEFAULT 5,
    max_postpone_minutes  INTEGER NOT NULL DEFAULT 30,
    call_detection        INTEGER NOT NULL DEFAULT 1,
    yoga_days             TEXT    NOT NULL DEFAULT 'MONDAY,WEDNESDAY,FRIDAY',
    yoga_time             TEXT,
    lunch_session         INTEGER NOT NULL DEFAULT 0
);

INSERT INTO plan_settings_v8 (person_id, time_zone, work_days, work_start, work_end, lunch_start, lunch_end, morning,
        evening, break_every_minutes, quiet_days, level, relaxation_start, micro_break_minutes, natural_break_minutes,
        max_postpone_minutes, call_detection, yoga_days, yoga_time, lunch_session)
    SELECT 'local', time_zone, work_days, work_start, work_end, lunch_start, lunch_end, morning, evening,
        break_every_minutes, quiet_days, level, relaxation_start, micro_break_minutes, natural_break_minutes,
        max_postpone_minutes, call_detection, yoga_days, yoga_time, lunch_session
    FROM plan_settings WHERE id = 1;

-- The pause: at most one per person.
CREATE TABLE reminder_pause_v8 (
    person_id TEXT    NOT NULL DEFAULT 'local' PRIMARY KEY,
    until_ms  INTEGER NOT NULL
);

INSERT INTO reminder_pause_v8 (person_id, until_ms) SELECT 'local', until_ms FROM reminder_pause WHERE id = 1;

-- Each AUTOINCREMENT counter carries over (it may be past the largest id kept, after a delete).
DELETE FROM sqlite_sequence
    WHERE name IN ('session_log_v8', 'screening_v8', 'psfs_answer_v8', 'pain_entry_v8', 'reminder_log_v8');
INSERT INTO sqlite_sequence (name, seq)
    SELECT name || '_v8', seq FROM sqlite_sequence
    WHERE name IN ('session_log', 'screening', 'psfs_answer', 'pain_entry', 'reminder_log');

-- Children before their parents, so that dropping a parent finds no row to cascade to.
DROP TABLE session_exercise;
DROP TABLE session_log;
DROP TABLE screening_reason;
DROP TABLE screening;
DROP TABLE psfs_rating;
DROP TABLE psfs_answer;
DROP TABLE programme_flare_up;
DROP TABLE programme_decision;
DROP TABLE pain_entry;
DROP TABLE reminder_log;
DROP TABLE plan_settings;
DROP TABLE reminder_pause;

ALTER TABLE session_log_v8 RENAME TO session_log;
ALTER TABLE session_exercise_v8 RENAME TO session_exercise;
ALTER TABLE screening_v8 RENAME TO screening;
ALTER TABLE screening_reason_v8 RENAME TO screening_reason;
ALTER TABLE psfs_answer_v8 RENAME TO psfs_answer;
ALTER TABLE psfs_rating_v8 RENAME TO psfs_rating;
ALTER TABLE programme_decision_v8 RENAME TO programme_decision;
ALTER TABLE programme_flare_up_v8 RENAME TO programme_flare_up;
ALTER TABLE pain_entry_v8 RENAME TO pain_entry;
ALTER TABLE reminder_log_v8 RENAME TO reminder_log;
ALTER TABLE plan_settings_v8 RENAME TO plan_settings;
ALTER TABLE reminder_pause_v8 RENAME TO reminder_pause;

CREATE INDEX session_log_started_at ON session_log (person_id, started_at_ms);
CREATE INDEX screening_at ON screening (person_id, at_ms);
CREATE INDEX psfs_answer_at ON psfs_answer (person_id, at_ms);
CREATE INDEX programme_decision_decided ON programme_decision (person_id, decided_at_ms);
CREATE INDEX pain_entry_at ON pain_entry (person_id, at_ms);
CREATE INDEX reminder_log_event_at ON reminder_log (person_id, event_at_ms);
