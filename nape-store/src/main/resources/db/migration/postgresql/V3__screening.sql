-- Every check: the answers given (health data: never logged) and the advice it gave.
-- Lists are comma-separated ids; an answer not given is NULL.
CREATE TABLE screening (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at_ms             BIGINT  NOT NULL,
    age               INTEGER,
    pain_level        INTEGER,
    days_since_onset  DOUBLE PRECISION,
    worsening         BOOLEAN,
    onset             TEXT    NOT NULL,
    signs             TEXT    NOT NULL,
    conditions        TEXT    NOT NULL,
    level             TEXT    NOT NULL,
    exercise          TEXT    NOT NULL
);

CREATE INDEX screening_at ON screening (at_ms);

-- The rules that fired for a check, most severe first, as they read at the time.
CREATE TABLE screening_reason (
    screening_id BIGINT  NOT NULL REFERENCES screening (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    rule         TEXT    NOT NULL,
    level        TEXT    NOT NULL,
    exercise     TEXT    NOT NULL,
    says         TEXT    NOT NULL,
    source       TEXT    NOT NULL,
    PRIMARY KEY (screening_id, position)
);
