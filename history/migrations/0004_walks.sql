-- Schema v4: walks logged from home (CLINICAL.md sections 9 and 10).

-- One walk: when it was logged, how many minutes it lasted and how the leg
-- felt after it (feel is one of routines.WalkFeels, validated in Go like
-- the other enumerations). Walks are general activity, kept apart from the
-- sessions: they never count as relief sets.
CREATE TABLE walks (
    id       INTEGER PRIMARY KEY,
    at       INTEGER NOT NULL,
    minutes  INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 180),
    feel     TEXT    NOT NULL
) STRICT;

CREATE INDEX walks_by_time ON walks (at);
