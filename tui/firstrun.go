package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/centra-app/centra/routines/coach"
	"github.com/centra-app/centra/routines/flow"
	"github.com/centra-app/centra/save"
)

// firstRun is the first launch, a component: what centra is and is not,
// the red-flag questions, the pattern questions, then the plan and the
// offer of the direction test.
type firstRun struct {
	*env
	keys      firstRunKeys
	width     int
	step      int // 0 intro, then one per question, then the end
	questions []coach.Question
	redFlags  int // the first redFlags questions are red flags
	answers   coach.Answers
	stop      *coach.Decision
	done      bool
}

// firstRunKeys are the first run's keys; Yes, No and Choice answer a
// question.
type firstRunKeys struct {
	Next, Back, Home, Guide, Yes, No, Choice, Quit, Help key.Binding
}

func newFirstRun(e *env) *firstRun {
	rf := coach.RedFlagQuestions()
	return &firstRun{env: e, questions: append(rf, coach.PatternQuestions()...), redFlags: len(rf), keys: firstRunKeys{
		Next:   key.NewBinding(key.WithKeys("enter")),
		Back:   key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "previous question")),
		Home:   key.NewBinding(key.WithKeys("h", "esc"), key.WithHelp("h/esc", "the start screen")),
		Guide:  key.NewBinding(key.WithKeys("g"), key.WithHelp("g", "what sciatica is")),
		Yes:    key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "yes")),
		No:     key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "no")),
		Choice: key.NewBinding(key.WithKeys("1", "2", "3", "4", "5", "6", "7", "8", "9")),
		Quit:   e.keys.Quit,
		Help:   e.keys.Help,
	}}
}

// SetSize implements component.
func (fr *firstRun) SetSize(width, _ int) { fr.width = width }

// Update implements component.
func (fr *firstRun) Update(msg tea.Msg) tea.Cmd {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		return fr.key(k)
	}
	return nil
}

func (fr *firstRun) key(msg tea.KeyPressMsg) tea.Cmd {
	k := fr.keys
	switch {
	case fr.stop != nil:
		if key.Matches(msg, k.Quit, k.Next, k.Back) {
			return fr.nav.quit()
		}
	case fr.done:
		switch {
		case key.Matches(msg, k.Next):
			return fr.nav.startTest()
		case key.Matches(msg, k.Home):
			return fr.nav.goHome()
		case key.Matches(msg, k.Guide):
			// The page opens over home: going back from it shows home.
			cmd := fr.nav.goHome()
			fr.nav.showGuidePage(coach.PageSciatica)
			return cmd
		case key.Matches(msg, k.Quit):
			return fr.nav.quit()
		}
	case key.Matches(msg, k.Quit):
		return fr.nav.quit()
	case fr.step == 0:
		if key.Matches(msg, k.Next) {
			fr.step++
		}
	default:
		return fr.answer(msg)
	}
	return nil
}

// answer takes the answer to the question on view, or esc back to the
// one before.
func (fr *firstRun) answer(msg tea.KeyPressMsg) tea.Cmd {
	q, k := fr.questions[fr.step-1], fr.keys
	switch {
	case key.Matches(msg, k.Back):
		fr.step--
	case len(q.Choices) > 0:
		if s := msg.String(); key.Matches(msg, k.Choice) && int(s[0]-'1') < len(q.Choices) {
			fr.answers.AgeBand = q.Choices[s[0]-'1']
			return fr.next()
		}
	case key.Matches(msg, k.Yes, k.No):
		_ = fr.answers.Set(q.ID, key.Matches(msg, k.Yes))
		return fr.next()
	}
	return nil
}

// ShortHelp implements help.KeyMap: the keys of the step on view.
func (fr *firstRun) ShortHelp() []key.Binding {
	k := fr.keys
	switch {
	case fr.stop != nil:
		return []key.Binding{withHelp(k.Next, "enter/q", "close centra"), k.Help}
	case fr.done:
		return []key.Binding{withHelp(k.Next, "enter", "start the direction test"), k.Guide, k.Home, k.Quit, k.Help}
	case fr.step == 0:
		return []key.Binding{withHelp(k.Next, "enter", "begin"), k.Quit, k.Help}
	}
	q := fr.questions[fr.step-1]
	var ks []key.Binding
	if len(q.Choices) > 0 {
		ks = append(ks, withHelp(k.Choice, "1-"+itoa(len(q.Choices)), "choose"))
	} else {
		ks = append(ks, k.Yes, k.No)
	}
	return append(ks, k.Back, k.Quit, k.Help)
}

// FullHelp implements help.KeyMap.
func (fr *firstRun) FullHelp() [][]key.Binding { return [][]key.Binding{fr.ShortHelp()} }

// next moves on; after the red flags it screens them, and after the last
// question it makes the plan.
func (fr *firstRun) next() tea.Cmd {
	fr.step++
	// Any yes to a red flag stops at once, without the questions after it.
	if fr.step-1 <= fr.redFlags {
		if d := coach.ScreenRedFlags(fr.answers); d != nil {
			fr.stop = d
			return fr.makePlan()
		}
	}
	if fr.step-1 < len(fr.questions) {
		return nil
	}
	fr.done = true
	return fr.makePlan()
}

// makePlan makes the plan from the answers and keeps both.
func (fr *firstRun) makePlan() tea.Cmd {
	fr.plan = coach.DefaultPlan(fr.answers, fr.clock.Now())
	return fr.journal.add(save.Answers{Answers: fr.answers}, flow.Plan{Plan: fr.plan})
}

// sciaticaPointer ends the first run by pointing at the Guide's first page.
const sciaticaPointer = "New to sciatica? Press g to read what it is."

// View implements component.
func (fr *firstRun) View() string {
	s := fr.styles
	width := min(fr.width-4, 76)
	para := func(text string, st func(...string) string) string {
		return st(strings.Join(wrap(text, width), "\n"))
	}
	var b strings.Builder
	b.WriteString(s.Title.Render("Welcome to centra") + "\n\n")
	switch {
	case fr.stop != nil:
		b.WriteString(s.StopBox.Render(s.Stop.Render(fr.stop.Title()) + "\n\n" +
			s.Text.Render(strings.Join(wrap(fr.stop.Reason, width-4), "\n"))))
		b.WriteString("\n\n" + para("centra will not offer exercises until a clinician has seen you.", s.Muted.Render))
		b.WriteString("\n\n" + fr.shortHelp(fr.ShortHelp()...))
	case fr.done:
		b.WriteString(para("Thank you. Your answers are saved on this computer only.", s.Text.Render) + "\n\n")
		first := "extension (bending backward)"
		if fr.plan.FlexionFirst {
			first = "flexion (bending forward), because standing and walking bring on your pain and sitting eases it"
		}
		b.WriteString(para("Next, the direction test finds which movement helps your leg pain. It usually takes 10 to 20 minutes and starts with "+first+".", s.Text.Render) + "\n\n")
		b.WriteString(para(sciaticaPointer, s.Text.Render) + "\n\n")
		b.WriteString(fr.shortHelp(fr.ShortHelp()...))
	case fr.step == 0:
		b.WriteString(para("centra coaches you through home exercises for sciatica. After every set it asks whether the pain in your leg moved up toward your back, further down your leg, or stayed the same, and it adjusts what you do next.", s.Text.Render) + "\n\n")
		b.WriteString(para("It is a coach, not a diagnosis. It cannot examine you, and it does not replace a doctor or a physiotherapist.", s.Bold.Render) + "\n\n")
		b.WriteString(para("First, a few questions to make sure exercise is safe for you now. Please answer them honestly; some are personal, and they matter.", s.Text.Render) + "\n\n")
		b.WriteString(fr.shortHelp(fr.ShortHelp()...))
	default:
		i := fr.step - 1
		q := fr.questions[i]
		section := "Safety questions"
		n, total := i+1, fr.redFlags
		if i >= fr.redFlags {
			section, n, total = "About your pain", i-fr.redFlags+1, len(fr.questions)-fr.redFlags
		}
		b.WriteString(s.Bold.Render(section) + s.Muted.Render("  ·  "+itoa(n)+" of "+itoa(total)) + "\n\n")
		b.WriteString(para(q.Text, s.Text.Render) + "\n\n")
		if len(q.Choices) > 0 {
			for j, c := range q.Choices {
				b.WriteString("  " + s.Key.Render(itoa(j+1)) + " " + s.Text.Render(c) + "\n")
			}
			b.WriteString("\n")
		}
		b.WriteString(fr.shortHelp(fr.ShortHelp()...))
	}
	return b.String()
}
