-- Schema v1: sessions with their sets, check-ins and coaching decisions, and
-- a small key/value table for state such as the plan.
--
-- Times are INTEGER milliseconds since the Unix epoch (UTC). Enumerations
-- (kind, status, unit, moved, leg) are validated in Go, not with CHECK
-- constraints, so a new value never needs a table rebuild; CHECKs hold only
-- what can never change (0/1 flags, 0-10 ratings, non-negative counts).
-- Rows are never deleted, so foreign keys have no ON DELETE action.

PRAGMA application_id = 1667591796; -- 'cent'

CREATE TABLE sessions (
    id            INTEGER PRIMARY KEY,
    kind          TEXT    NOT NULL,
    routine_id    TEXT    NOT NULL,
    routine_name  TEXT    NOT NULL,
    started_at    INTEGER NOT NULL,
    ended_at      INTEGER,                          -- NULL while in progress
    status        TEXT    NOT NULL,
    reason        TEXT    NOT NULL DEFAULT '',
    sets_planned  INTEGER CHECK (sets_planned >= 0), -- NULL when unknown
    owner_pid     INTEGER NOT NULL DEFAULT 0,       -- process that ran it; never exported
    owner_start   INTEGER NOT NULL DEFAULT 0        -- that process's start time, 0 if unknown
) STRICT;

-- Newest-first listing and date ranges walk this index (rowid is its tail,
-- so ORDER BY started_at DESC, id DESC needs no sort).
CREATE INDEX sessions_by_start ON sessions (started_at);
CREATE INDEX sessions_by_routine ON sessions (routine_id, started_at);
-- MarkInterrupted looks only at the few sessions still running.
CREATE INDEX sessions_in_progress ON sessions (id) WHERE status = 'in-progress';

CREATE TABLE sets (
    id           INTEGER PRIMARY KEY,
    session_id   INTEGER NOT NULL REFERENCES sessions (id),
    block        INTEGER NOT NULL CHECK (block >= 0),
    set_index    INTEGER NOT NULL CHECK (set_index >= 0),
    exercise_id  TEXT    NOT NULL,
    family       TEXT    NOT NULL,
    level        INTEGER NOT NULL,
    started_at   INTEGER NOT NULL,
    ended_at     INTEGER NOT NULL,
    unit         TEXT    NOT NULL,
    planned      INTEGER NOT NULL CHECK (planned >= 0),
    done         INTEGER NOT NULL CHECK (done >= 0),
    completed    INTEGER NOT NULL CHECK (completed IN (0, 1)),
    -- Lets check_ins reference a set of the same session, and serves
    -- per-session reads and counts.
    UNIQUE (session_id, id)
) STRICT;

CREATE TABLE check_ins (
    id              INTEGER PRIMARY KEY,
    session_id      INTEGER NOT NULL REFERENCES sessions (id),
    set_id          INTEGER,                       -- NULL for a baseline
    at              INTEGER NOT NULL,
    kind            TEXT    NOT NULL,
    moved           TEXT    NOT NULL DEFAULT '',
    reach           INTEGER NOT NULL CHECK (reach >= 0),
    leg             TEXT    NOT NULL,
    leg_pain        INTEGER NOT NULL CHECK (leg_pain BETWEEN 0 AND 10),
    back_pain       INTEGER NOT NULL CHECK (back_pain BETWEEN 0 AND 10),
    tingling        INTEGER NOT NULL CHECK (tingling IN (0, 1)),
    tingling_reach  INTEGER NOT NULL CHECK (tingling_reach >= 0),
    urgent          TEXT    NOT NULL DEFAULT '[]', -- JSON array of strings
    FOREIGN KEY (session_id, set_id) REFERENCES sets (session_id, id)
) STRICT;

CREATE INDEX check_ins_by_session ON check_ins (session_id, at);
-- LastCheckIn.
CREATE INDEX check_ins_by_time ON check_ins (at);

CREATE TABLE decisions (
    id          INTEGER PRIMARY KEY,
    session_id  INTEGER NOT NULL REFERENCES sessions (id),
    at          INTEGER NOT NULL,
    rule_id     TEXT    NOT NULL,
    action      TEXT    NOT NULL,
    reason      TEXT    NOT NULL
) STRICT;

CREATE INDEX decisions_by_session ON decisions (session_id, at);

CREATE TABLE state (
    key         TEXT    PRIMARY KEY,
    value       BLOB    NOT NULL,
    updated_at  INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
