-- Every PSFS answer (health data: never logged). Times are UTC epoch milliseconds; each answer rates
-- one to three activities, kept in the person's order by position (1 to 3).
CREATE TABLE psfs_answer (
    id    INTEGER PRIMARY KEY AUTOINCREMENT,
    at_ms INTEGER NOT NULL
);

CREATE INDEX psfs_answer_at ON psfs_answer (at_ms);

CREATE TABLE psfs_rating (
    answer_id INTEGER NOT NULL REFERENCES psfs_answer (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL CHECK (position BETWEEN 1 AND 3),
    activity  TEXT    NOT NULL,
    score     INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10),
    PRIMARY KEY (answer_id, position)
);
