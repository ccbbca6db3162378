-- Every answer to a programme proposal, with the whole proposal it answers (health data: never
-- logged). Times are UTC epoch milliseconds; levels, kinds and answers are keys (gentle,
-- step-down, confirmed). A step up keeps its ten days and their figures in the steady_* columns
-- (the pain means cover the 7 days ending steady_from and steady_to); a step down keeps its one
-- flare-up, and a check its flare-ups, as rows of programme_flare_up in time order.
CREATE TABLE programme_decision (
    proposal       TEXT    PRIMARY KEY,
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
    decided_at_ms  INTEGER NOT NULL
);

CREATE INDEX programme_decision_decided ON programme_decision (decided_at_ms);

CREATE TABLE programme_flare_up (
    proposal         TEXT    NOT NULL REFERENCES programme_decision (proposal) ON DELETE CASCADE,
    position         INTEGER NOT NULL CHECK (position >= 1),
    kind             TEXT    NOT NULL CHECK (kind IN ('stopped-for-pain', 'pain-above-mean')),
    at_ms            INTEGER NOT NULL,
    routine          TEXT,
    pain             INTEGER CHECK (pain BETWEEN 0 AND 10),
    earlier_entries  INTEGER,
    earlier_total    INTEGER,
    PRIMARY KEY (proposal, position)
);
