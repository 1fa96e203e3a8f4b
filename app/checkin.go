package app

import (
	"strconv"
	"strings"

	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/flow"
)

// Field is one question of a check-in.
type Field int

// The questions of a check-in, in the order they are asked.
const (
	FieldMoved Field = iota
	FieldReach
	FieldLeg
	FieldLegPain
	FieldBackPain
	FieldTingling
	FieldTinglingReach
)

// CheckInForm is a check-in being answered: after a set, first the one
// question (did the pain move up, down, stay or go), then the details, each
// pre-filled with the last answer so that Enter keeps it. Both interfaces
// drive it: the screens key by key (Move, Change, Type, Back, Accept), the
// line mode an answer at a time (Answer). The pre-fill rules are
// routines.Prefill's, and a reach that cannot be right is refused with the
// hint of routines.PainReachHint or TinglingReachHint.
type CheckInForm struct {
	Title string
	Value routines.CheckIn
	// Step is the question in focus, an index into Fields.
	Step int
	// Err is why the last answer was not taken; "" when it was.
	Err string
	// digit remembers a typed "1" so that "1" then "0" makes 10.
	digit bool
	// At a recheck, before is the check-in before the set, which the
	// recheck compares with and starts from, and worse the answer that
	// asked for the recheck, which "still further down" starts from.
	before, worse routines.CheckIn
}

// NewCheckInForm starts a check-in of kind from the previous answers.
func NewCheckInForm(kind routines.CheckInKind, prev routines.CheckIn, title string) *CheckInForm {
	v := prev
	v.Kind, v.Moved, v.Urgent = kind, "", nil
	if v.Leg == "" {
		v.Leg = routines.LegNone
	}
	return &CheckInForm{Title: title, Value: v}
}

// NewCheckInFormFor starts the check-in a flow waits for: after a set,
// pre-filled with the last answer; at a recheck, with the answer before
// the set it compares with (R5, R6), so that "the same as before the set"
// and Enter keep it, and "still further down" brings back the worse
// answer given after the set.
func NewCheckInFormFor(fl *flow.Flow, title string) *CheckInForm {
	if fl.Need() != flow.NeedRecheck {
		return NewCheckInForm(routines.CheckInAfterSet, fl.Last(), title)
	}
	_, before := fl.Compared()
	f := NewCheckInForm(routines.CheckInRecheck, before, title)
	f.before, f.worse = f.Value, fl.Last()
	f.worse.Kind, f.worse.Moved, f.worse.Urgent = f.Value.Kind, "", nil
	return f
}

// Recheck reports whether this is the check-in after the rest that a
// worse answer asked for.
func (f *CheckInForm) Recheck() bool { return f.Value.Kind == routines.CheckInRecheck }

// Fields lists the questions, in order: the first only after a set, how
// far the tingling reaches only when there is tingling.
func (f *CheckInForm) Fields() []Field {
	var fs []Field
	if f.Value.Kind != routines.CheckInBaseline {
		fs = append(fs, FieldMoved)
	}
	fs = append(fs, FieldReach, FieldLeg, FieldLegPain, FieldBackPain, FieldTingling)
	if f.Value.Tingling {
		fs = append(fs, FieldTinglingReach)
	}
	return fs
}

// Current is the question in focus.
func (f *CheckInForm) Current() Field { return f.Fields()[f.Step] }

// Last says whether the question in focus is the last one.
func (f *CheckInForm) Last() bool { return f.Step == len(f.Fields())-1 }

// Move answers the first question and goes on to the next.
func (f *CheckInForm) Move(m routines.Moved) {
	before := f.Value
	if f.Recheck() {
		// The details start again from what the answer compares with:
		// before the set, or the worse answer it is still at.
		at := f.before
		if m == routines.MovedDown {
			at = f.worse
		}
		f.Value = at
		f.Value.Moved, f.Value.At, f.Value.Urgent = before.Moved, before.At, before.Urgent
		before = f.Value
	}
	f.Value.Moved = m
	f.Value = routines.Prefill(before, f.Value)
	f.Step++
	f.Err = ""
}

// Accept keeps the value in focus and goes on (Enter). It reports whether
// the form is finished. A reach that cannot be right keeps the focus on
// it, with the reason in Err; on the last question every reach is checked
// before the form finishes.
func (f *CheckInForm) Accept() (done bool) {
	f.digit = false
	if f.refuse() {
		return false
	}
	if f.Last() {
		return true
	}
	f.Step++
	return false
}

// Back goes to the previous question.
func (f *CheckInForm) Back() {
	f.digit, f.Err = false, ""
	if f.Step > 0 {
		f.Step--
	}
}

// refuse puts the focus on a reach that cannot be right, with a hint, and
// reports whether it did. Once a pain has been rated, a reach that does
// not agree with it (routines.PainRatingHint) sends the focus back to the
// reach, so that nothing contradicts itself silently.
func (f *CheckInForm) refuse() bool {
	check := []Field{f.Current()}
	if f.Last() {
		check = []Field{FieldReach, FieldLegPain, FieldBackPain, FieldTinglingReach}
	}
	for _, fl := range check {
		hint, at := reachHint(fl, f.Value)
		if hint == "" {
			continue
		}
		fl = at
		f.Err = hint
		for i, x := range f.Fields() {
			if x == fl {
				f.Step = i
			}
		}
		return true
	}
	f.Err = ""
	return false
}

// DownBy is what "down" does to the value in focus: on the reach scale it
// means further down the leg (+1), as "moved down" does on the first
// question; on the other questions it lowers the value.
func (f *CheckInForm) DownBy() int {
	if fl := f.Current(); fl == FieldReach || fl == FieldTinglingReach {
		return +1
	}
	return -1
}

// Change moves the value in focus by one step.
func (f *CheckInForm) Change(by int) {
	f.digit = false
	f.edit(func(v *routines.CheckIn) {
		switch f.Current() {
		case FieldReach:
			v.Reach = routines.Reach(clamp(int(v.Reach)+by, 0, int(routines.MaxReach)))
		case FieldTinglingReach:
			v.TinglingReach = routines.Reach(clamp(int(v.TinglingReach)+by, 0, int(routines.MaxReach)))
		case FieldLeg:
			i := 0
			for j, l := range routines.Legs {
				if l == v.Leg {
					i = j
				}
			}
			v.Leg = routines.Legs[(i+by+len(routines.Legs))%len(routines.Legs)]
		case FieldLegPain:
			v.LegPain = clamp(v.LegPain+by, 0, 10)
		case FieldBackPain:
			v.BackPain = clamp(v.BackPain+by, 0, 10)
		case FieldTingling:
			v.Tingling = !v.Tingling
		case FieldMoved:
		}
	})
}

// Type takes one typed character: digits set numbers (1 then 0 makes 10),
// letters pick the leg and yes or no.
func (f *CheckInForm) Type(c byte) {
	isDigit := c >= '0' && c <= '9'
	n := int(c - '0')
	f.edit(func(v *routines.CheckIn) {
		switch fl := f.Current(); fl {
		case FieldReach, FieldTinglingReach:
			if isDigit && n <= int(routines.MaxReach) {
				*reachOf(fl, v) = routines.Reach(n)
			}
		case FieldLeg:
			if l, ok := routines.ParseLeg(string(c)); ok {
				v.Leg = l
			}
		case FieldLegPain, FieldBackPain:
			if !isDigit {
				return
			}
			p := painOf(fl, v)
			if f.digit && *p == 1 && n == 0 {
				*p, f.digit = 10, false
				return
			}
			*p, f.digit = n, n == 1
		case FieldTingling:
			if yes, ok := yesNo[string(c)]; ok {
				v.Tingling = yes
			}
		case FieldMoved:
		}
	})
}

// edit changes the value through the shared pre-fill rules.
func (f *CheckInForm) edit(change func(v *routines.CheckIn)) {
	before := f.Value
	change(&f.Value)
	if !f.Value.Tingling {
		f.Value.TinglingReach = routines.ReachNone
	}
	f.Value = routines.Prefill(before, f.Value)
}

func reachOf(fl Field, v *routines.CheckIn) *routines.Reach {
	if fl == FieldTinglingReach {
		return &v.TinglingReach
	}
	return &v.Reach
}

func painOf(fl Field, v *routines.CheckIn) *int {
	if fl == FieldBackPain {
		return &v.BackPain
	}
	return &v.LegPain
}

func clamp(v, lo, hi int) int { return min(max(v, lo), hi) }

// Answer takes a typed answer to the question in focus, as the line mode
// reads it: a number or a word ("thigh", "left", "yes", "seven"), or
// nothing to keep the value shown. It returns a hint when the answer is
// not understood or cannot be right; else the answer is taken and the form
// goes on, and done says it is finished. When the answer is taken but
// the form went back to an earlier question (a rating that does not agree
// with the reach), the hint comes with Step on that question.
func (f *CheckInForm) Answer(in string) (hint string, done bool) {
	in = strings.ToLower(strings.TrimSpace(in))
	fl := f.Current()
	if fl == FieldMoved {
		m, ok := movedWords[in]
		if !ok {
			return "Please type u (up), d (down), s (same) or g (gone), then Enter. Type ! for an urgent symptom.", false
		}
		f.Move(m)
		return "", false
	}
	was := f.Value
	if in != "" {
		if hint := f.parse(fl, in); hint != "" {
			return hint, false
		}
	}
	if fl == FieldReach || fl == FieldTinglingReach {
		if h, _ := reachHint(fl, f.Value); h != "" {
			f.Value = was
			return h, false
		}
	}
	// A rating that does not agree with the reach is kept, and Accept
	// goes back to the reach with the hint.
	done = f.Accept()
	if f.Err != "" {
		return f.Err, false
	}
	return "", done
}

// parse sets the value in focus from a typed answer, or says why not.
func (f *CheckInForm) parse(fl Field, in string) string {
	hint := ""
	f.edit(func(v *routines.CheckIn) {
		switch fl {
		case FieldReach, FieldTinglingReach:
			r, ok := parseReach(in)
			if !ok {
				hint = "Please type a number from 0 (none) to 6 (foot or toes), or a place such as thigh, then Enter."
				return
			}
			*reachOf(fl, v) = r
		case FieldLeg:
			l, ok := routines.ParseLeg(in)
			if !ok {
				hint = "Please type l (left), r (right), b (both) or n (no leg pain), then Enter."
				return
			}
			v.Leg = l
		case FieldLegPain, FieldBackPain:
			n, ok := parsePain(in)
			if !ok {
				hint = "Please type a whole number from 0 to 10, then Enter."
				return
			}
			*painOf(fl, v) = n
		case FieldTingling:
			yes, ok := yesNo[in]
			if !ok {
				hint = "Please type y for yes or n for no, then Enter."
				return
			}
			v.Tingling = yes
		case FieldMoved:
		}
	})
	return hint
}

// movedWords are the answers the first question takes, by key or word.
var movedWords = map[string]routines.Moved{
	"u": routines.MovedUp, "up": routines.MovedUp, "up toward the back": routines.MovedUp, "better": routines.MovedUp,
	"d": routines.MovedDown, "down": routines.MovedDown, "further down": routines.MovedDown, "further": routines.MovedDown, "worse": routines.MovedDown,
	"s": routines.MovedSame, "same": routines.MovedSame, "the same": routines.MovedSame, "=": routines.MovedSame,
	"g": routines.MovedGone, "gone": routines.MovedGone, "away": routines.MovedGone, "went away": routines.MovedGone, "none": routines.MovedGone,
}

var yesNo = map[string]bool{"y": true, "yes": true, "n": false, "no": false}

// reachWords are the words accepted for each point of the reach scale.
var reachWords = map[string]routines.Reach{
	"none": 0, "no pain": 0, "nowhere": 0,
	"centre": 1, "center": 1, "low back": 1, "centre of the low back": 1, "middle": 1,
	"side": 2, "one side": 2, "one side of the back": 2,
	"buttock": 3, "bottom": 3, "bum": 3, "hip": 3,
	"thigh": 4,
	"knee":  5, "below the knee": 5, "calf": 5, "shin": 5,
	"foot": 6, "toes": 6, "foot or toes": 6, "ankle": 6,
}

func parseReach(in string) (routines.Reach, bool) {
	if n, err := strconv.Atoi(in); err == nil {
		return routines.Reach(n), n >= 0 && n <= int(routines.MaxReach)
	}
	r, ok := reachWords[strings.TrimPrefix(strings.TrimPrefix(in, "the "), "my ")]
	return r, ok
}

var numberWords = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}

func parsePain(in string) (int, bool) {
	if n, err := strconv.Atoi(in); err == nil {
		return n, n >= 0 && n <= 10
	}
	for n, w := range numberWords {
		if in == w {
			return n, true
		}
	}
	return 0, false
}
