package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/centra-app/centra/routines/coach"
	"github.com/centra-app/centra/routines/flow"
	"github.com/centra-app/centra/save"
)

// firstRun is the first launch: what centra is and is not, the red-flag
// questions, the pattern questions, then the plan and the offer of the
// direction test.
type firstRun struct {
	step      int // 0 intro, then one per question, then the end
	questions []coach.Question
	redFlags  int // the first redFlags questions are red flags
	answers   coach.Answers
	stop      *coach.Decision
	done      bool
}

func newFirstRun() *firstRun {
	rf := coach.RedFlagQuestions()
	return &firstRun{questions: append(rf, coach.PatternQuestions()...), redFlags: len(rf)}
}

func (m *Model) firstRunKey(msg tea.KeyPressMsg) tea.Cmd {
	fr := m.first
	switch {
	case fr.stop != nil:
		if key.Matches(msg, m.keys.Quit, m.keys.Enter, m.keys.Esc) {
			m.quitting = true
			return m.quitIfDone()
		}
		return nil
	case fr.done:
		switch {
		case key.Matches(msg, m.keys.Enter):
			m.first = nil
			return m.startTest()
		case msg.String() == "h", key.Matches(msg, m.keys.Esc):
			m.first = nil
		case key.Matches(msg, m.keys.Guide):
			m.first = nil
			m.openGuidePage(coach.PageSciatica, screenHome)
		case key.Matches(msg, m.keys.Quit):
			m.quitting = true
			return m.quitIfDone()
		}
		return nil
	case fr.step == 0:
		switch {
		case key.Matches(msg, m.keys.Enter):
			fr.step++
		case key.Matches(msg, m.keys.Quit):
			m.quitting = true
			return m.quitIfDone()
		}
		return nil
	}
	q := fr.questions[fr.step-1]
	s := msg.String()
	switch {
	case key.Matches(msg, m.keys.Esc):
		fr.step--
		return nil
	case key.Matches(msg, m.keys.Quit):
		m.quitting = true
		return m.quitIfDone()
	case len(q.Choices) > 0:
		if len(s) == 1 && s[0] >= '1' && int(s[0]-'1') < len(q.Choices) {
			fr.answers.AgeBand = q.Choices[s[0]-'1']
			return m.nextQuestion()
		}
	case s == "y" || s == "n":
		_ = fr.answers.Set(q.ID, s == "y")
		return m.nextQuestion()
	}
	return nil
}

// firstRunKeys lists the keys of the first-run screen in view;
// firstRunKey handles exactly these.
func (m *Model) firstRunKeys() []key.Binding {
	k, fr := m.keys, m.first
	switch {
	case fr.stop != nil:
		return []key.Binding{withHelp(k.Enter, "enter/q", "close centra"), k.Help}
	case fr.done:
		return []key.Binding{withHelp(k.Enter, "enter", "start the direction test"), withHelp(k.Guide, "g", "what sciatica is"),
			withHelp(k.Esc, "h/esc", "the start screen"), k.Quit, k.Help}
	case fr.step == 0:
		return []key.Binding{withHelp(k.Enter, "enter", "begin"), k.Quit, k.Help}
	}
	q := fr.questions[fr.step-1]
	var ks []key.Binding
	if len(q.Choices) > 0 {
		ks = append(ks, withHelp(k.Enter, "1-"+itoa(len(q.Choices)), "choose"))
	} else {
		ks = append(ks, withHelp(k.Enter, "y", "yes"), withHelp(k.Enter, "n", "no"))
	}
	return append(ks, withHelp(k.Esc, "esc", "previous question"), k.Quit, k.Help)
}

// nextQuestion moves on; after the red flags it screens them, and after
// the last question it makes the plan.
func (m *Model) nextQuestion() tea.Cmd {
	fr := m.first
	fr.step++
	now := m.clock.Now()
	// Any yes to a red flag stops at once, without the questions after it.
	if fr.step-1 <= fr.redFlags {
		if d := coach.ScreenRedFlags(fr.answers); d != nil {
			fr.stop = d
			m.plan = coach.DefaultPlan(fr.answers, now)
			return m.saveFirstRun()
		}
	}
	if fr.step-1 < len(fr.questions) {
		return nil
	}
	fr.done = true
	m.plan = coach.DefaultPlan(fr.answers, now)
	return m.saveFirstRun()
}

func (m *Model) saveFirstRun() tea.Cmd {
	a, p := m.first.answers, m.plan
	return m.journal.add(save.Answers{Answers: a}, flow.Plan{Plan: p})
}

// sciaticaPointer ends the first run by pointing at the Guide's first page.
const sciaticaPointer = "New to sciatica? Press g to read what it is."

func (m *Model) firstRunView() string {
	s, fr := m.styles, m.first
	width := min(m.width-4, 76)
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
		b.WriteString("\n\n" + m.shortHelp(m.firstRunKeys()...))
	case fr.done:
		b.WriteString(para("Thank you. Your answers are saved on this computer only.", s.Text.Render) + "\n\n")
		first := "extension (bending backward)"
		if m.plan.FlexionFirst {
			first = "flexion (bending forward), because standing and walking bring on your pain and sitting eases it"
		}
		b.WriteString(para("Next, the direction test finds which movement helps your leg pain. It usually takes 10 to 20 minutes and starts with "+first+".", s.Text.Render) + "\n\n")
		b.WriteString(para(sciaticaPointer, s.Text.Render) + "\n\n")
		b.WriteString(m.shortHelp(m.firstRunKeys()...))
	case fr.step == 0:
		b.WriteString(para("centra coaches you through home exercises for sciatica. After every set it asks whether the pain in your leg moved up toward your back, further down your leg, or stayed the same, and it adjusts what you do next.", s.Text.Render) + "\n\n")
		b.WriteString(para("It is a coach, not a diagnosis. It cannot examine you, and it does not replace a doctor or a physiotherapist.", s.Bold.Render) + "\n\n")
		b.WriteString(para("First, a few questions to make sure exercise is safe for you now. Please answer them honestly; some are personal, and they matter.", s.Text.Render) + "\n\n")
		b.WriteString(m.shortHelp(m.firstRunKeys()...))
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
		b.WriteString(m.shortHelp(m.firstRunKeys()...))
	}
	return b.String()
}
