-- Schema v3: what the person can do, measured weekly (routines/function).

-- One weekly measure. psfs is the Patient-Specific Functional Scale as a
-- JSON array of {"activity": name, "score": 0-10}, at most three, validated
-- in Go like the other enumerations. The tolerances are minutes before the
-- leg pain starts, NULL when the person did not answer.
CREATE TABLE function_measures (
    id           INTEGER PRIMARY KEY,
    at           INTEGER NOT NULL,
    psfs         TEXT    NOT NULL DEFAULT '[]',
    sitting_min  INTEGER CHECK (sitting_min >= 0),
    walking_min  INTEGER CHECK (walking_min >= 0)
) STRICT;

CREATE INDEX function_measures_by_time ON function_measures (at);
