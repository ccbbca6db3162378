-- Every played session, with how far each exercise got. Times are UTC epoch milliseconds.
CREATE TABLE session_log (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    routine       TEXT    NOT NULL,
    level         TEXT    NOT NULL,
    started_at_ms INTEGER NOT NULL,
    ended_at_ms   INTEGER NOT NULL,
    outcome       TEXT    NOT NULL
);

CREATE INDEX session_log_started_at ON session_log (started_at_ms);

CREATE TABLE session_exercise (
    session_id INTEGER NOT NULL REFERENCES session_log (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    exercise   TEXT    NOT NULL,
    status     TEXT    NOT NULL,
    PRIMARY KEY (session_id, position)
);
