-- Schema v2: the trigger log, and indexes for the history screens at ten
-- years of data (about 30,000 sessions and 300,000 check-ins).

-- What made the pain worse, logged from the home screen. kind is one of
-- routines.TriggerKinds, validated in Go; note is the person's own words.
CREATE TABLE triggers (
    id    INTEGER PRIMARY KEY,
    at    INTEGER NOT NULL,
    kind  TEXT    NOT NULL,
    note  TEXT    NOT NULL DEFAULT ''
) STRICT;

-- Listing newest first and counting per day walk this index.
CREATE INDEX triggers_by_time ON triggers (at);

-- The chart's per-day pain: a range of check-ins by time, read from the
-- index alone.
CREATE INDEX check_ins_pain_by_time ON check_ins (at, reach, leg_pain);
-- The few check-ins with an urgent symptom, for the clinician summary.
CREATE INDEX check_ins_urgent ON check_ins (at) WHERE urgent <> '[]';
-- "Sessions with at least one set done" (adherence, the streak) probes this.
CREATE INDEX sets_done_by_session ON sets (session_id) WHERE completed = 1;
