-- Every pain entry (health data: never logged). Times are UTC epoch milliseconds; areas and
-- characters are comma-separated ids; stiffness not given is NULL; no note is ''.
CREATE TABLE pain_entry (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at_ms      BIGINT  NOT NULL,
    pain       INTEGER NOT NULL CHECK (pain BETWEEN 0 AND 10),
    areas      TEXT    NOT NULL,
    characters TEXT    NOT NULL,
    stiffness  INTEGER CHECK (stiffness BETWEEN 0 AND 10),
    note       TEXT    NOT NULL
);

CREATE INDEX pain_entry_at ON pain_entry (at_ms);
