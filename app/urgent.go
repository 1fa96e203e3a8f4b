package app

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/centra-app/centra/routines/coach"
)

// UrgentSymptoms are the symptoms "!" lists during a check-in: the coach's
// own list, so that its rules read the ones picked by id.
var UrgentSymptoms = coach.CheckInWarnings()

// UrgentQuestion asks which of the urgent symptoms the person has now.
const UrgentQuestion = "Do you have any of these now?"

// UrgentName names an urgent symptom in a list: its short form when it
// has one.
func UrgentName(q coach.Question) string {
	if q.Short != "" {
		return q.Short
	}
	return q.Text
}

// UrgentList is the checklist "!" opens: the symptoms ticked so far, by
// number from 1. The screens tick one at a time; the line mode takes the
// numbers typed on one line.
type UrgentList struct {
	ticked map[int]bool
}

// Toggle ticks symptom n (from 1), or unticks it; it reports whether n is
// on the list.
func (u *UrgentList) Toggle(n int) bool {
	if n < 1 || n > len(UrgentSymptoms) {
		return false
	}
	if u.ticked == nil {
		u.ticked = map[int]bool{}
	}
	u.ticked[n] = !u.ticked[n]
	return true
}

// Ticked reports whether symptom n (from 1) is ticked.
func (u *UrgentList) Ticked(n int) bool { return u.ticked[n] }

// Picked is the ids of the symptoms ticked, in the list's order; nil when
// none is.
func (u *UrgentList) Picked() []string {
	var ids []string
	for i, q := range UrgentSymptoms {
		if u.ticked[i+1] {
			ids = append(ids, q.ID)
		}
	}
	return ids
}

// Answer takes the numbers typed on one line, separated by spaces or
// commas, as the symptoms ticked (Enter alone: none). It returns a hint
// to show when the line is not such numbers, and then ticks nothing.
func (u *UrgentList) Answer(in string) (hint string) {
	u.ticked = nil
	var ns []int
	for _, f := range strings.FieldsFunc(in, func(r rune) bool { return r == ' ' || r == ',' }) {
		n, err := strconv.Atoi(f)
		if err != nil || n < 1 || n > len(UrgentSymptoms) {
			return fmt.Sprintf("Please type numbers from 1 to %d, separated by spaces, or Enter alone.", len(UrgentSymptoms))
		}
		ns = append(ns, n)
	}
	for _, n := range ns {
		if !u.Ticked(n) {
			u.Toggle(n)
		}
	}
	return ""
}
