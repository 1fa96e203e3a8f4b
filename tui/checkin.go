package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/centra-app/centra/routines"
)

// field is one question of a check-in.
type field int

const (
	fieldMoved field = iota
	fieldReach
	fieldLeg
	fieldLegPain
	fieldBackPain
	fieldTingling
	fieldTinglingReach
)

// formResult says what a key did to the form.
type formResult int

const (
	formOpen formResult = iota
	formDone
	formUrgent
	formQuit
)

// checkInForm asks the check-in: first the one question (after a set), then
// the details, each pre-filled with the last answer so Enter keeps it.
type checkInForm struct {
	title string
	value routines.CheckIn
	step  int
	// digit remembers a typed "1" so that "1" then "0" makes 10.
	digit bool
	// urgent is the red-flag checklist, open after "!".
	urgent   bool
	selected map[int]bool
	// err is why the last answer was not taken.
	err string
}

func newCheckInForm(kind routines.CheckInKind, prev routines.CheckIn, title string) *checkInForm {
	v := prev
	v.Kind, v.Moved, v.Urgent = kind, "", nil
	if v.Leg == "" {
		v.Leg = routines.LegNone
	}
	return &checkInForm{title: title, value: v}
}

func (f *checkInForm) fields() []field {
	var fs []field
	if f.value.Kind != routines.CheckInBaseline {
		fs = append(fs, fieldMoved)
	}
	fs = append(fs, fieldReach, fieldLeg, fieldLegPain, fieldBackPain, fieldTingling)
	if f.value.Tingling {
		fs = append(fs, fieldTinglingReach)
	}
	return fs
}

func (f *checkInForm) current() field { return f.fields()[f.step] }

// keys lists the keys of the question in focus, for help.
func (f *checkInForm) keys(k keyMap) []key.Binding {
	if f.urgent {
		return []key.Binding{withHelp(k.Enter, "1-"+itoa(len(urgentSymptoms)), "tick a symptom"), withHelp(k.Enter, "enter", "confirm"),
			withHelp(k.Esc, "esc", "none of these: go back"), k.Help}
	}
	if f.current() == fieldMoved {
		return []key.Binding{k.MovedUp, k.MovedDown, k.MovedSame, k.MovedGone, k.Urgent, k.Quit, k.Help}
	}
	change := withHelp(k.Left, "←/→ ↑/↓", "change")
	if fl := f.current(); fl == fieldReach || fl == fieldTinglingReach {
		change = withHelp(k.Left, "↓/↑ ←/→", "further down the leg / closer to the back")
	}
	ks := []key.Binding{withHelp(k.Enter, "enter", "keep and go on"), change}
	switch f.current() {
	case fieldLeg:
		ks = append(ks, withHelp(k.Left, "l/r/b/n", "left, right, both, none"))
	case fieldTingling:
		ks = append(ks, withHelp(k.Left, "y/n", "yes, no"))
	case fieldReach, fieldTinglingReach:
		ks = append(ks, withHelp(k.Left, "0-"+itoa(int(routines.MaxReach)), "type a value"))
	default:
		ks = append(ks, withHelp(k.Left, "0-9", "type a value"))
	}
	if f.step > 0 {
		ks = append(ks, withHelp(k.Esc, "esc", "previous question"))
	}
	return append(ks, k.Urgent, k.Quit, k.Help)
}

// key handles a key press and reports whether the form is finished.
func (f *checkInForm) key(msg tea.KeyPressMsg, k keyMap) (routines.CheckIn, formResult) {
	if f.urgent {
		return f.urgentKey(msg, k)
	}
	s := msg.String()
	switch {
	case key.Matches(msg, k.Urgent):
		f.urgent, f.selected = true, map[int]bool{}
		return f.value, formOpen
	case key.Matches(msg, k.Quit) && s != "ctrl+c":
		return f.value, formQuit
	}
	// Every answer goes through the shared pre-fill rules (routines.Prefill).
	before := f.value
	if f.current() == fieldMoved {
		switch {
		case key.Matches(msg, k.MovedUp):
			f.value.Moved = routines.MovedUp
		case key.Matches(msg, k.MovedDown):
			f.value.Moved = routines.MovedDown
		case key.Matches(msg, k.MovedSame):
			f.value.Moved = routines.MovedSame
		case key.Matches(msg, k.MovedGone):
			f.value.Moved = routines.MovedGone
		default:
			return f.value, formOpen
		}
		f.step++
		f.err = ""
		f.value = routines.Prefill(before, f.value)
		return f.value, formOpen
	}
	switch {
	case key.Matches(msg, k.Enter):
		f.digit = false
		if f.refuse() {
			return f.value, formOpen
		}
		if f.step == len(f.fields())-1 {
			return f.value, formDone
		}
		f.step++
	case key.Matches(msg, k.Esc), s == "shift+tab":
		f.digit, f.err = false, ""
		if f.step > 0 {
			f.step--
		}
	case key.Matches(msg, k.Left):
		f.change(-1)
	case key.Matches(msg, k.Right):
		f.change(+1)
	case s == "down":
		f.change(f.downBy())
	case s == "up":
		f.change(-f.downBy())
	case len(s) == 1:
		f.typed(s[0])
	}
	f.value = routines.Prefill(before, f.value)
	return f.value, formOpen
}

// downBy is what ↓ does to the focused value: on the reach scale it means
// further down the leg (+1), as "d or ↓" does on the first question; on
// the other fields it lowers the value.
func (f *checkInForm) downBy() int {
	if fl := f.current(); fl == fieldReach || fl == fieldTinglingReach {
		return +1
	}
	return -1
}

// refuse keeps the focus on a reach that cannot be right, with a hint,
// and reports whether it did. On the last question it checks every reach
// before the form finishes.
func (f *checkInForm) refuse() bool {
	check := []field{f.current()}
	if f.step == len(f.fields())-1 {
		check = []field{fieldReach, fieldTinglingReach}
	}
	for _, fl := range check {
		hint := ""
		switch fl {
		case fieldReach:
			hint = routines.PainReachHint(f.value)
		case fieldTinglingReach:
			hint = routines.TinglingReachHint(f.value)
		}
		if hint == "" {
			continue
		}
		f.err = hint
		for i, x := range f.fields() {
			if x == fl {
				f.step = i
			}
		}
		return true
	}
	f.err = ""
	return false
}

// change moves the focused value by one step.
func (f *checkInForm) change(by int) {
	f.digit = false
	v := &f.value
	switch f.current() {
	case fieldReach:
		v.Reach = routines.Reach(clamp(int(v.Reach)+by, 0, int(routines.MaxReach)))
	case fieldTinglingReach:
		v.TinglingReach = routines.Reach(clamp(int(v.TinglingReach)+by, 0, int(routines.MaxReach)))
	case fieldLeg:
		i := 0
		for j, l := range routines.Legs {
			if l == v.Leg {
				i = j
			}
		}
		v.Leg = routines.Legs[(i+by+len(routines.Legs))%len(routines.Legs)]
	case fieldLegPain:
		v.LegPain = clamp(v.LegPain+by, 0, 10)
	case fieldBackPain:
		v.BackPain = clamp(v.BackPain+by, 0, 10)
	case fieldTingling:
		v.Tingling = !v.Tingling
	}
}

// typed handles a typed character: digits set numbers, letters pick legs
// and yes/no.
func (f *checkInForm) typed(c byte) {
	v := &f.value
	isDigit := c >= '0' && c <= '9'
	n := int(c - '0')
	switch f.current() {
	case fieldReach, fieldTinglingReach:
		if isDigit && n <= int(routines.MaxReach) {
			if f.current() == fieldReach {
				v.Reach = routines.Reach(n)
			} else {
				v.TinglingReach = routines.Reach(n)
			}
		}
	case fieldLeg:
		switch c {
		case 'l':
			v.Leg = routines.LegLeft
		case 'r':
			v.Leg = routines.LegRight
		case 'b':
			v.Leg = routines.LegBoth
		case 'n':
			v.Leg = routines.LegNone
		}
	case fieldLegPain, fieldBackPain:
		if !isDigit {
			return
		}
		p := &v.LegPain
		if f.current() == fieldBackPain {
			p = &v.BackPain
		}
		if f.digit && *p == 1 && n == 0 {
			*p, f.digit = 10, false
			return
		}
		*p, f.digit = n, n == 1
	case fieldTingling:
		switch c {
		case 'y':
			v.Tingling = true
		case 'n':
			v.Tingling = false
		}
	}
}

func (f *checkInForm) urgentKey(msg tea.KeyPressMsg, k keyMap) (routines.CheckIn, formResult) {
	s := msg.String()
	switch {
	case key.Matches(msg, k.Esc):
		f.urgent = false
	case key.Matches(msg, k.Enter):
		var picked []string
		for i, q := range urgentSymptoms {
			if f.selected[i] {
				picked = append(picked, q.ID)
			}
		}
		if len(picked) == 0 {
			f.urgent = false
			return f.value, formOpen
		}
		f.value.Urgent = picked
		return f.value, formUrgent
	case len(s) == 1 && s[0] >= '1' && int(s[0]-'1') < len(urgentSymptoms):
		i := int(s[0] - '1')
		f.selected[i] = !f.selected[i]
	}
	return f.value, formOpen
}

func clamp(v, lo, hi int) int { return min(max(v, lo), hi) }

func (m *Model) checkInView(f *checkInForm) string {
	s := m.styles
	var b strings.Builder
	b.WriteString(s.Title.Render("Check-in") + s.Muted.Render("  ·  "+f.title) + "\n\n")
	if f.urgent {
		b.WriteString(s.Bold.Render("Do you have any of these now?") + "\n\n")
		for i, q := range urgentSymptoms {
			sym := q.Text
			if q.Short != "" {
				sym = q.Short
			}
			box := "[ ]"
			if f.selected[i] {
				box = "[x]"
			}
			for j, l := range wrap(sym, m.width-12) {
				prefix := "      "
				if j == 0 {
					prefix = " " + itoa(i+1) + " " + box + " "
				}
				b.WriteString(prefix + l + "\n")
			}
		}
		b.WriteString("\n" + s.Muted.Render("Tick with 1-"+itoa(len(urgentSymptoms))+", then enter. Esc if none of these.") + "\n")
		return b.String()
	}
	for i, fl := range f.fields() {
		label, value, choices := f.describe(fl)
		mark := "  "
		line := padRight(label, 26) + value
		switch {
		case i == f.step:
			mark = "▸ "
			b.WriteString(mark + s.Selected.Render(line) + "\n")
			if choices != "" {
				for _, l := range wrap(choices, m.width-8) {
					b.WriteString("    " + s.Muted.Render(l) + "\n")
				}
			}
		case i < f.step:
			b.WriteString(mark + s.Text.Render(line) + "\n")
		default:
			if fl == fieldMoved {
				value = "·"
			}
			b.WriteString(mark + s.Muted.Render(padRight(label, 26)+value) + "\n")
		}
	}
	if f.err != "" {
		b.WriteString("\n" + s.Caution.Render(strings.Join(wrap(f.err, m.width-6), "\n")) + "\n")
	}
	b.WriteString("\n" + s.Muted.Render("Enter keeps the value shown. Press ! for an urgent symptom.") + "\n")
	return b.String()
}

// describe gives a field's label, its value in words and the choices.
func (f *checkInForm) describe(fl field) (label, value, choices string) {
	v := f.value
	switch fl {
	case fieldMoved:
		value = "—"
		if v.Moved != "" {
			value = v.Moved.Describe()
		}
		return "Since that set, the pain", value,
			"u or ↑ moved up toward your back · d or ↓ moved further down your leg · s or = stayed the same · g or 0 gone"
	case fieldReach:
		return "How far down it reaches", reachLabel(v.Reach), "0 none · 1 centre of low back · 2 one side of back · 3 buttock · 4 thigh · 5 below the knee · 6 foot or toes\ntype it, or ↓ further down · ↑ closer to the back"
	case fieldLeg:
		return "Which leg", string(v.Leg), "l left · r right · b both · n none"
	case fieldLegPain:
		return "Leg pain (0-10)", itoa(v.LegPain), "0 no pain … 10 worst imaginable (type it or ←/→)"
	case fieldBackPain:
		return "Back pain (0-10)", itoa(v.BackPain), "0 no pain … 10 worst imaginable"
	case fieldTingling:
		value = "no"
		if v.Tingling {
			value = "yes"
		}
		return "Tingling or numbness", value, "y yes · n no"
	case fieldTinglingReach:
		return "How far down it tingles", reachLabel(v.TinglingReach), "1 centre of low back … 6 foot or toes\ntype it, or ↓ further down · ↑ closer to the back"
	}
	return "", "", ""
}

func reachLabel(r routines.Reach) string { return itoa(int(r)) + " · " + r.String() }
