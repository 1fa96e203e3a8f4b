package tui

import (
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/centra-app/centra/routines"
)

// fuzzSpecialKeys are the non-text keys a byte below 0x20 stands for.
var fuzzSpecialKeys = []tea.KeyPressMsg{
	{Code: tea.KeyEnter}, {Code: tea.KeyEscape}, {Code: tea.KeyUp}, {Code: tea.KeyDown},
	{Code: tea.KeyLeft}, {Code: tea.KeyRight}, {Code: tea.KeyTab}, {Code: tea.KeyTab, Mod: tea.ModShift},
	{Code: tea.KeyBackspace}, {Code: tea.KeySpace, Text: " "}, {Code: 'c', Mod: tea.ModCtrl},
	{Code: tea.KeyHome}, {Code: tea.KeyEnd}, {Code: tea.KeyDelete}, {Code: tea.KeyF1}, {Code: 'u', Mod: tea.ModAlt},
	{Code: tea.KeyPgUp}, {Code: tea.KeyPgDown}, {Code: 'x', Mod: tea.ModCtrl}, {Code: tea.KeyEnter, Mod: tea.ModShift},
}

// fuzzKey turns one byte into a key press: \r is enter, \x1b esc and \t
// tab; other bytes below 0x20 stand for the other special keys, bytes up to
// 0x7e for that ASCII character, and those above for non-ASCII letters.
func fuzzKey(b byte) tea.KeyPressMsg {
	switch {
	case b == '\r' || b == '\n':
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case b == 0x1b:
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case b == '\t':
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case b < 0x20:
		return fuzzSpecialKeys[int(b)%len(fuzzSpecialKeys)]
	case b < 0x7f:
		return tea.KeyPressMsg{Code: rune(b), Text: string(rune(b))}
	default:
		r := []rune("éüßñ→↑€日")[int(b)%8]
		return tea.KeyPressMsg{Code: r, Text: string(r)}
	}
}

// FuzzCheckInKeys types any sequence of keys into check-in forms, one after
// the other, each pre-filled with the last answer, as in a session. The
// form must never panic or draw out of its field list, and every check-in
// it hands back must be one the store accepts (routines.CheckIn.Validate),
// of the kind asked, with the one-key answer given after a set and at
// least one symptom for an urgent stop.
//
// The seeds below and those in testdata/fuzz/FuzzCheckInKeys run with
// every `go test`; `go test -fuzz FuzzCheckInKeys ./tui` searches further.
func FuzzCheckInKeys(f *testing.F) {
	f.Add(false, uint8(0), uint8(0), uint8(0), uint8(0), false, []byte("5\rr\r6\r\r\r"))
	f.Add(true, uint8(5), uint8(2), uint8(6), uint8(3), false, []byte("u\r\r\r\r\r"))
	f.Add(true, uint8(5), uint8(2), uint8(6), uint8(3), true, []byte("d6\r\r10\r\r\ry4\r"))
	f.Add(true, uint8(3), uint8(1), uint8(10), uint8(10), false, []byte("g\r\r\r\r\r"))
	f.Add(true, uint8(4), uint8(3), uint8(1), uint8(0), false, []byte("!12345\r"))
	f.Add(true, uint8(4), uint8(3), uint8(1), uint8(0), false, []byte("!\x01\r!3\x01\x01s\x05\x05\x05\x04\x04\r\x07\x07\r"))
	f.Add(false, uint8(6), uint8(0), uint8(9), uint8(9), true, []byte("\x04\x04\x04\x04\x04\x04\x04\x04\x05\x05\x05\x05\x05\x05\x05\x05\x05q"))
	f.Add(true, uint8(0), uint8(0), uint8(0), uint8(0), false, []byte("s\x01\x01\x01\x01\x01\x01\x01\x01y\r\x01n\r"))
	f.Add(false, uint8(1), uint8(1), uint8(1), uint8(1), false, []byte("9\r\r99\r1010\ry\r9\r"))
	f.Add(true, uint8(6), uint8(3), uint8(10), uint8(10), true, []byte("u+++++++\r+++++\r+++\r+++\r\r+++++++\r"))
	m := New(Deps{Catalog: testCatalog()})
	f.Fuzz(func(t *testing.T, afterSet bool, reach, leg, legPain, backPain uint8, tingling bool, keys []byte) {
		// The pre-filled answer is a valid stored check-in, as the store
		// only ever hands back those.
		prev := routines.CheckIn{
			Reach:         routines.Reach(int(reach) % (int(routines.MaxReach) + 1)),
			Leg:           routines.Legs[int(leg)%len(routines.Legs)],
			LegPain:       int(legPain) % 11,
			BackPain:      int(backPain) % 11,
			Tingling:      tingling,
			TinglingReach: routines.Reach(int(reach+legPain) % (int(routines.MaxReach) + 1)),
		}
		kind := routines.CheckInBaseline
		if afterSet {
			kind = routines.CheckInAfterSet
		}
		form := newCheckInForm(kind, prev, "fuzz")
		for i, b := range keys {
			c, res := form.key(fuzzKey(b))
			if form.Step < 0 || form.Step >= len(form.Fields()) {
				t.Fatalf("key %d (%q): step %d outside the %d questions", i, b, form.Step, len(form.Fields()))
			}
			_ = form.view(m.styles, m.width)
			switch res {
			case formOpen:
				continue
			case formDone:
				if kind == routines.CheckInAfterSet && c.Moved == "" {
					t.Fatalf("key %d: a check-in after a set ended without its answer: %+v", i, c)
				}
			case formUrgent:
				if len(c.Urgent) == 0 {
					t.Fatalf("key %d: urgent stop with no symptom: %+v", i, c)
				}
			case formQuit:
				form = newCheckInForm(kind, prev, "fuzz")
				continue
			default:
				t.Fatalf("key %d: unknown result %d", i, res)
			}
			if err := c.Validate(); err != nil {
				t.Fatalf("key %d: the form handed back a check-in the store would refuse (%v): %+v", i, err, c)
			}
			if c.Kind != kind {
				t.Fatalf("key %d: kind %q, want %q", i, c.Kind, kind)
			}
			// The next check-in starts from this answer, as in a session.
			prev, kind = c, routines.CheckInAfterSet
			form = newCheckInForm(kind, prev, "fuzz")
		}
	})
}
