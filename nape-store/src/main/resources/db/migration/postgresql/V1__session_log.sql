-- Every played session, with how far each exercise got. Times are UTC epoch milliseconds,
-- the same as in SQLite, so one set of queries serves both.
CREATE TABLE session_log (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    routine       TEXT   NOT NULL,
    level         TEXT   NOT NULL,
    started_at_ms BIGINT NOT NULL,
    ended_at_ms   BIGINT NOT NULL,
    outcome       TEXT   NOT NULL
);

CREATE INDEX session_log_started_at ON session_log (started_at_ms);

CREATE TABLE session_exercise (
    session_id BIGINT  NOT NULL REFERENCES session_log (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    exercise   TEXT    NOT NULL,
    status     TEXT    NOT NULL,
    PRIMARY KEY (session_id, position)
);
