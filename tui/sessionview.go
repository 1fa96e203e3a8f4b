package tui

import (
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"

	"github.com/centra-app/centra/app"
	"github.com/centra-app/centra/routines/flow"
)

// sessionKeys are the keys of the session screen: the player's, and enter,
// esc and r for the intro, the question to leave and the coach's decision.
// The check-in form has its own (checkInKeys).
type sessionKeys struct {
	Pause, Skip, Back, Bell key.Binding
	Enter, Esc, Why         key.Binding
	Quit, Help              key.Binding
}

func newSessionKeys(k keyMap) sessionKeys {
	return sessionKeys{
		Pause: key.NewBinding(key.WithKeys("space"), key.WithHelp("space", "pause")),
		Skip:  key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "skip")),
		Back:  key.NewBinding(key.WithKeys("b"), key.WithHelp("b", "back")),
		Bell:  key.NewBinding(key.WithKeys("m"), key.WithHelp("m", "cues (bell or voice) on/off")),
		Enter: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "go on")),
		Esc:   key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "leave the session (asks first)")),
		Why:   key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "read why")),
		Quit:  k.Quit,
		Help:  k.Help,
	}
}

// FullHelp implements help.KeyMap: the keys of what the session shows,
// and only those; key handles exactly these.
func (s *session) FullHelp() [][]key.Binding {
	k, f := s.keys, s.flow
	switch {
	case s.intro:
		return [][]key.Binding{{withHelp(k.Enter, "enter", "begin"), withHelp(k.Quit, "q/esc", "leave the test"), k.Help}}
	case s.leaving:
		return [][]key.Binding{{withHelp(k.Enter, "enter", "leave the session"), withHelp(k.Esc, "esc", "carry on"), k.Help}}
	case f.Need() == flow.NeedAck:
		return [][]key.Binding{s.ackKeys()}
	case s.asking():
		return s.form.FullHelp()
	}
	return [][]key.Binding{s.playerKeys(true)}
}

// ShortHelp implements help.KeyMap: the key line under the screen, which
// in the player names only the few keys used most.
func (s *session) ShortHelp() []key.Binding {
	if s.intro || s.leaving || s.flow.Need() == flow.NeedAck || s.asking() {
		return flat(s)
	}
	return s.playerKeys(false)
}

// ackKeys are the keys of the coach's decision: go on (or close), read
// why when the Guide explains it, and quit.
func (s *session) ackKeys() []key.Binding {
	k, f := s.keys, s.flow
	d, _ := f.Shown()
	var why []key.Binding
	if d != nil {
		if t := s.guidePageTitle(d.GuidePage()); t != "" {
			why = []key.Binding{withHelp(k.Why, "r", "read why: "+t)}
		}
	}
	switch {
	case d != nil && d.Action.Stops():
		return append(append([]key.Binding{withHelp(k.Enter, "enter", "close")}, why...), withHelp(k.Quit, "q", "quit centra"), k.Help)
	case f.Ended():
		return append(append([]key.Binding{withHelp(k.Enter, "enter", "finish")}, why...), withHelp(k.Quit, "q", "quit centra"), k.Help)
	}
	return append(append([]key.Binding{withHelp(k.Enter, "enter", "go on")}, why...),
		withHelp(k.Quit, "q", "quit the session (what is done is kept)"), k.Help)
}

// playerKeys lists the keys of the player: all of them for help, or the
// few for its key line. The rest before a recheck cannot be skipped or
// gone back on.
func (s *session) playerKeys(all bool) []key.Binding {
	k := s.keys
	ks := []key.Binding{k.Pause}
	if !s.flow.Rechecking() {
		ks = append(ks, k.Skip, k.Back)
	}
	ks = append(ks, k.Quit)
	if all {
		ks = append(ks, k.Bell, k.Esc)
	}
	return append(ks, k.Help)
}

// View implements component.
func (s *session) View() string {
	f := s.flow
	switch {
	case s.intro:
		return s.introView()
	case s.leaving:
		return s.leavingView()
	case f.Need() == flow.NeedAck:
		d, changed := f.Shown()
		return s.player.decisionView(d, changed)
	case s.form != nil:
		return s.form.view(s.styles, s.player.width)
	case f.Runner() == nil:
		return s.player.header()
	}
	return s.player.View(s.shortHelp(s.ShortHelp()...))
}

func (s *session) leavingView() string {
	st := s.styles
	return s.player.header() + "\n\n" + st.Box.Render(st.Title.Render("Leave this session?")+"\n\n"+
		st.Text.Render("What you have done so far is saved.")) + "\n\n" + s.shortHelp(s.ShortHelp()...)
}

// introView says in a few lines what the direction test does.
func (s *session) introView() string {
	st := s.styles
	width := min(s.player.width-4, 76)
	text := append(slices.Clone(app.TestIntro), app.TestTakes+" You can stop at any time with q; what you did is kept.")
	var b strings.Builder
	b.WriteString(s.player.header() + "\n\n")
	for _, t := range text {
		b.WriteString(st.Text.Render(strings.Join(wrap(t, width), "\n")) + "\n\n")
	}
	b.WriteString(s.shortHelp(s.ShortHelp()...))
	return b.String()
}
