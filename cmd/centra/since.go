package main

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// sinceUsage is what every --since mistake says.
const sinceUsage = "the start (--since) takes 30d, 2w or a date like 2026-10-01"

// maxSinceDays is the furthest back a relative --since may reach (about
// a hundred years): anything longer is a typo.
const maxSinceDays = 36600

// parseSince reads --since: a number of days or weeks back counted in
// whole calendar days including today ("7d" is today and the six days
// before it, "2w" the same as "14d"), or a date (YYYY-MM-DD, from the
// start of that day). The result is a local midnight in now's location.
func parseSince(s string, now time.Time) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, usagef("%s", sinceUsage)
	}
	if strings.Count(s, "-") == 2 {
		d, err := time.ParseInLocation("2006-01-02", s, now.Location())
		if err != nil {
			return time.Time{}, usagef("%s: %q is not a date", sinceUsage, s)
		}
		if d.After(now) {
			return time.Time{}, usagef("%s: %s is in the future", sinceUsage, s)
		}
		return d, nil
	}
	unit := s[len(s)-1]
	n, err := strconv.Atoi(s[:len(s)-1])
	if err != nil || n < 1 || s[0] == '+' || (unit != 'd' && unit != 'w') {
		return time.Time{}, usagef("%s: got %q", sinceUsage, s)
	}
	days := n
	if unit == 'w' {
		if n > maxSinceDays/7 {
			return time.Time{}, usagef("%s: %q is too far back", sinceUsage, s)
		}
		days = 7 * n
	}
	if days > maxSinceDays {
		return time.Time{}, usagef("%s: %q is too far back", sinceUsage, s)
	}
	y, m, d := now.Date()
	return time.Date(y, m, d-days+1, 0, 0, 0, 0, now.Location()), nil
}

// parseUntil reads --until: a date (YYYY-MM-DD), included whole; the
// result is the midnight that ends it.
func parseUntil(s string, now time.Time) (time.Time, error) {
	d, err := time.ParseInLocation("2006-01-02", strings.TrimSpace(s), now.Location())
	if err != nil {
		return time.Time{}, usagef("the end (--until) takes a date like 2026-10-31, got %q", s)
	}
	return d.AddDate(0, 0, 1), nil
}

// describeRange says a range in words for a table's heading.
func describeRange(since, until time.Time) string {
	switch {
	case since.IsZero() && until.IsZero():
		return "all dates"
	case until.IsZero():
		return "since " + since.Format("Mon 2 Jan 2006")
	case since.IsZero():
		return "until " + until.AddDate(0, 0, -1).Format("Mon 2 Jan 2006")
	}
	return fmt.Sprintf("%s to %s", since.Format("Mon 2 Jan 2006"), until.AddDate(0, 0, -1).Format("Mon 2 Jan 2006"))
}
