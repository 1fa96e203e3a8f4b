-- Schema v5: the sets a session planned after the coach changed it.

-- sets_planned stays the routine's own count, as the session started;
-- sets_coach is the count once the coach cut or added sets during the
-- session (a movement stopped, a step down, sliders added), NULL when the
-- coach changed nothing. The history says "3 of 3 sets done, cut from 5 by
-- the coach" rather than "3 of 5" or "3/1".
ALTER TABLE sessions ADD COLUMN sets_coach INTEGER CHECK (sets_coach >= 0);
