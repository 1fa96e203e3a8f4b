package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/centra-app/centra/app"
	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/tui/theme"
)

// formResult says what a key did to the form.
type formResult int

const (
	formOpen formResult = iota
	formDone
	formUrgent
	formQuit
)

// checkInForm is the check-in on the screen: the headless form
// (app.CheckInForm: the questions, their order, the pre-fill rules and the
// checks, shared with the line mode) and the urgent checklist open after !.
type checkInForm struct {
	*app.CheckInForm
	// urgent is the red-flag checklist, open after "!".
	urgent bool
	ticked app.UrgentList
	keys   checkInKeys
}

// checkInKeys are the keys of the check-in: the answers to "since that
// set, the pain…" (u, d, s, g), and for the other questions enter, the
// arrows, typed values and esc; ! opens the urgent checklist.
type checkInKeys struct {
	MovedUp, MovedDown, MovedSame, MovedGone key.Binding
	Enter, Esc, Left, Right, Urgent          key.Binding
	Quit, Help                               key.Binding
}

func newCheckInForm(kind routines.CheckInKind, prev routines.CheckIn, title string) *checkInForm {
	return newCheckInFormOf(app.NewCheckInForm(kind, prev, title))
}

// newCheckInFormOf puts the keys on a check-in; their help says the
// answers as the form's first question does (a recheck compares with
// before the set).
func newCheckInFormOf(form *app.CheckInForm) *checkInForm {
	g := defaultKeyMap()
	words := func(m routines.Moved) string { return app.MovedWords(form.Value.Kind, m) }
	return &checkInForm{CheckInForm: form, keys: checkInKeys{
		MovedUp:   key.NewBinding(key.WithKeys("u", "up"), key.WithHelp("u/↑", words(routines.MovedUp))),
		MovedDown: key.NewBinding(key.WithKeys("d", "down"), key.WithHelp("d/↓", words(routines.MovedDown))),
		MovedSame: key.NewBinding(key.WithKeys("s", "="), key.WithHelp("s/=", words(routines.MovedSame))),
		MovedGone: key.NewBinding(key.WithKeys("g", "0"), key.WithHelp("g/0", words(routines.MovedGone))),
		Enter:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "keep and go on")),
		Esc:       key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "previous question")),
		Left:      key.NewBinding(key.WithKeys("left", "-"), key.WithHelp("←/→", "change")),
		Right:     key.NewBinding(key.WithKeys("right", "+")),
		Urgent:    key.NewBinding(key.WithKeys("!"), key.WithHelp("!", "report an urgent symptom")),
		Quit:      g.Quit,
		Help:      g.Help,
	}}
}

// ShortHelp implements help.KeyMap: the keys of the question in focus.
func (f *checkInForm) ShortHelp() []key.Binding {
	k := f.keys
	if f.urgent {
		return []key.Binding{withHelp(k.Enter, "1-"+itoa(len(app.UrgentSymptoms)), "tick a symptom"), withHelp(k.Enter, "enter", "confirm"),
			withHelp(k.Esc, "esc", "none of these: go back"), k.Help}
	}
	if f.Current() == app.FieldMoved {
		return []key.Binding{k.MovedUp, k.MovedDown, k.MovedSame, k.MovedGone, k.Urgent, k.Quit, k.Help}
	}
	change := withHelp(k.Left, "←/→ ↑/↓", "change")
	if fl := f.Current(); fl == app.FieldReach || fl == app.FieldTinglingReach {
		change = withHelp(k.Left, "↓/↑ ←/→", "further down the leg / closer to the back")
	}
	ks := []key.Binding{k.Enter, change}
	switch f.Current() {
	case app.FieldLeg:
		ks = append(ks, withHelp(k.Left, "l/r/b/n", "left, right, both, none"))
	case app.FieldTingling:
		ks = append(ks, withHelp(k.Left, "y/n", "yes, no"))
	case app.FieldReach, app.FieldTinglingReach:
		ks = append(ks, withHelp(k.Left, "0-"+itoa(int(routines.MaxReach)), "type a value"))
	default:
		ks = append(ks, withHelp(k.Left, "0-9", "type a value"))
	}
	if f.Step > 0 {
		ks = append(ks, k.Esc)
	}
	return append(ks, k.Urgent, k.Quit, k.Help)
}

// FullHelp implements help.KeyMap.
func (f *checkInForm) FullHelp() [][]key.Binding { return [][]key.Binding{f.ShortHelp()} }

// key handles a key press and reports whether the form is finished.
func (f *checkInForm) key(msg tea.KeyPressMsg) (routines.CheckIn, formResult) {
	k := f.keys
	if f.urgent {
		return f.urgentKey(msg)
	}
	s := msg.String()
	switch {
	case key.Matches(msg, k.Urgent):
		f.urgent, f.ticked = true, app.UrgentList{}
		return f.Value, formOpen
	case key.Matches(msg, k.Quit) && s != "ctrl+c":
		return f.Value, formQuit
	}
	if f.Current() == app.FieldMoved {
		switch {
		case key.Matches(msg, k.MovedUp):
			f.Move(routines.MovedUp)
		case key.Matches(msg, k.MovedDown):
			f.Move(routines.MovedDown)
		case key.Matches(msg, k.MovedSame):
			f.Move(routines.MovedSame)
		case key.Matches(msg, k.MovedGone):
			f.Move(routines.MovedGone)
		}
		return f.Value, formOpen
	}
	switch {
	case key.Matches(msg, k.Enter):
		if f.Accept() {
			return f.Value, formDone
		}
	case key.Matches(msg, k.Esc), s == "shift+tab":
		f.Back()
	case key.Matches(msg, k.Left):
		f.Change(-1)
	case key.Matches(msg, k.Right):
		f.Change(+1)
	case s == "down":
		f.Change(f.DownBy())
	case s == "up":
		f.Change(-f.DownBy())
	case len(s) == 1:
		f.Type(s[0])
	}
	return f.Value, formOpen
}

func (f *checkInForm) urgentKey(msg tea.KeyPressMsg) (routines.CheckIn, formResult) {
	k, s := f.keys, msg.String()
	switch {
	case key.Matches(msg, k.Esc):
		f.urgent = false
	case key.Matches(msg, k.Enter):
		picked := f.ticked.Picked()
		if len(picked) == 0 {
			f.urgent = false
			return f.Value, formOpen
		}
		f.Value.Urgent = picked
		return f.Value, formUrgent
	case len(s) == 1 && s[0] >= '1' && s[0] <= '9':
		f.ticked.Toggle(int(s[0] - '0'))
	}
	return f.Value, formOpen
}

// view renders the form at a width, in styles s.
func (f *checkInForm) view(s *theme.Styles, width int) string {
	var b strings.Builder
	b.WriteString(s.Title.Render("Check-in") + s.Muted.Render("  ·  "+f.Title) + "\n\n")
	if f.urgent {
		b.WriteString(s.Bold.Render(app.UrgentQuestion) + "\n\n")
		for i, q := range app.UrgentSymptoms {
			box := "[ ]"
			if f.ticked.Ticked(i + 1) {
				box = "[x]"
			}
			for j, l := range wrap(app.UrgentName(q), width-12) {
				prefix := "      "
				if j == 0 {
					prefix = " " + itoa(i+1) + " " + box + " "
				}
				b.WriteString(prefix + l + "\n")
			}
		}
		b.WriteString("\n" + s.Muted.Render("Tick with 1-"+itoa(len(app.UrgentSymptoms))+", then enter. Esc if none of these.") + "\n")
		return b.String()
	}
	for i, fl := range f.Fields() {
		label, value := f.Label(fl)
		choices := f.KeyChoices(fl)
		mark := "  "
		line := padRight(label, 26) + value
		switch {
		case i == f.Step:
			mark = "▸ "
			b.WriteString(mark + s.Selected.Render(line) + "\n")
			if choices != "" {
				for _, l := range wrapChoices(choices, width-8) {
					b.WriteString("    " + s.Muted.Render(l) + "\n")
				}
			}
		case i < f.Step:
			b.WriteString(mark + s.Text.Render(line) + "\n")
		default:
			if fl == app.FieldMoved {
				value = "·"
			}
			b.WriteString(mark + s.Muted.Render(padRight(label, 26)+value) + "\n")
		}
	}
	if f.Err != "" {
		b.WriteString("\n" + s.Caution.Render(strings.Join(wrap(f.Err, width-6), "\n")) + "\n")
	}
	b.WriteString("\n" + s.Muted.Render(app.CheckInNote) + "\n")
	return b.String()
}
