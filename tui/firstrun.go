package tui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/centra-app/centra/app"
	"github.com/centra-app/centra/routines/coach"
	"github.com/centra-app/centra/routines/flow"
	"github.com/centra-app/centra/save"
)

// firstRun is the first launch, a component: what centra is and is not,
// then the first run's form (app.FirstRun: the red-flag questions, the
// pattern questions), then the plan and the offer of the direction test.
type firstRun struct {
	*env
	keys  firstRunKeys
	width int
	// begun is false while the introduction is on view.
	begun bool
	form  *app.FirstRun
	// check is the baseline check-in on view, made when it opens.
	check *checkInForm
}

// firstRunKeys are the first run's keys; Yes, No and Choice answer a
// question.
type firstRunKeys struct {
	Next, Back, Home, Guide, Yes, No, Choice, Quit, Help key.Binding
}

func newFirstRun(e *env) *firstRun { return firstRunOf(e, app.NewFirstRun()) }

// resumedFirstRun is the rest of a first run a red flag stopped, once a
// clinician has cleared the hold: the questions not answered yet.
func resumedFirstRun(e *env) *firstRun {
	return firstRunOf(e, app.ResumeFirstRun(e.answers, e.plan))
}

func firstRunOf(e *env, form *app.FirstRun) *firstRun {
	return &firstRun{env: e, form: form, keys: firstRunKeys{
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
	case fr.form.Stop != nil:
		if key.Matches(msg, k.Quit, k.Next, k.Back) {
			return fr.nav.quit()
		}
	case fr.form.Done():
		switch {
		case key.Matches(msg, k.Next) && fr.form.PlanUnderWay():
			return fr.nav.goHome()
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
	case !fr.begun:
		fr.begun = key.Matches(msg, k.Next)
	default:
		return fr.answer(msg)
	}
	return nil
}

// answer takes the answer to the question on view, or esc back to the
// one before (from the first, to the introduction).
func (fr *firstRun) answer(msg tea.KeyPressMsg) tea.Cmd {
	if fr.form.AtBaseline() {
		return fr.baselineKey(msg)
	}
	q, _ := fr.form.Question()
	k := fr.keys
	switch {
	case key.Matches(msg, k.Back):
		if fr.form.AtStart() {
			fr.begun = false
		}
		fr.form.Back()
		return nil
	case len(q.Choices) > 0:
		i := int(msg.String()[0] - '1')
		if !key.Matches(msg, k.Choice) || i >= len(q.Choices) || fr.form.Choose(q.Choices[i]) != nil {
			return nil
		}
	case key.Matches(msg, k.Yes, k.No):
		if fr.form.Answer(key.Matches(msg, k.Yes)) != nil {
			return nil
		}
	default:
		return nil
	}
	return fr.keepIfDone()
}

// keepIfDone makes the plan and keeps it with the answers once a red flag
// stopped the questions, or all are answered.
func (fr *firstRun) keepIfDone() tea.Cmd {
	if !fr.form.Done() {
		return nil
	}
	fr.plan = fr.form.Plan(fr.clock.Now())
	fr.answers = fr.form.Answers
	return fr.journal.add(save.Answers{Answers: fr.form.Answers}, flow.Plan{Plan: fr.plan})
}

// baselineKey takes a key while the baseline check-in is offered (y asks
// it, n skips it, esc goes back) or answered (as every check-in is; esc
// on its first question goes back to the offer).
func (fr *firstRun) baselineKey(msg tea.KeyPressMsg) tea.Cmd {
	k := fr.keys
	if !fr.form.BaselineOpen() {
		switch {
		case key.Matches(msg, k.Back):
			if fr.form.AtStart() {
				fr.begun = false
			}
			fr.form.Back()
		case key.Matches(msg, k.Yes):
			fr.form.OpenBaseline()
			if fr.check == nil {
				fr.check = newCheckInFormOf(fr.form.Baseline())
			}
		case key.Matches(msg, k.No):
			fr.form.SkipBaseline()
		}
		return nil
	}
	c := fr.check
	if key.Matches(msg, c.keys.Esc) && c.Step == 0 && !c.urgent {
		fr.form.CloseBaseline()
		return nil
	}
	v, res := c.key(msg)
	switch res {
	case formDone, formUrgent:
		v.At = fr.clock.Now()
		fr.form.KeepBaseline(v)
		if fr.form.Stop == nil {
			fr.last = fr.form.Answers.Baseline // the first session's baseline starts from here
		}
		return fr.keepIfDone()
	case formQuit:
		return fr.nav.quit()
	case formOpen:
	}
	return nil
}

// ShortHelp implements help.KeyMap: the keys of the step on view.
func (fr *firstRun) ShortHelp() []key.Binding {
	k := fr.keys
	switch {
	case fr.form.Stop != nil:
		return []key.Binding{withHelp(k.Next, "enter/q", "close centra"), k.Help}
	case fr.form.Done():
		if fr.form.PlanUnderWay() {
			return []key.Binding{withHelp(k.Next, "enter", "home"), k.Guide, k.Quit, k.Help}
		}
		return []key.Binding{withHelp(k.Next, "enter", "start the direction test"), k.Guide, k.Home, k.Quit, k.Help}
	case !fr.begun:
		return []key.Binding{withHelp(k.Next, "enter", "begin"), k.Quit, k.Help}
	}
	if fr.form.BaselineOpen() {
		return fr.check.ShortHelp()
	}
	if fr.form.AtBaseline() {
		return []key.Binding{withHelp(k.Yes, "y", "yes, note it"), withHelp(k.No, "n", "skip it"), k.Back, k.Quit, k.Help}
	}
	q, _ := fr.form.Question()
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
	switch stop := fr.form.Stop; {
	case stop != nil:
		b.WriteString(s.StopBox.Render(s.Stop.Render(stop.Title()) + "\n\n" +
			s.Text.Render(strings.Join(wrap(stop.Reason, width-4), "\n"))))
		b.WriteString("\n\n" + para(app.FirstRunStopNote, s.Muted.Render) + "\n\n")
	case fr.form.Done() && fr.form.PlanUnderWay():
		b.WriteString(para(app.FirstRunThanks, s.Text.Render) + "\n\n")
		b.WriteString(para(app.FirstRunPlanGoesOn, s.Text.Render) + "\n\n")
	case fr.form.Done():
		b.WriteString(para(app.FirstRunThanks, s.Text.Render) + "\n\n")
		b.WriteString(para("Next, the direction test finds which movement helps your leg pain. It usually takes 10 to 20 minutes and starts with "+
			app.FirstDirection(fr.plan)+".", s.Text.Render) + "\n\n")
		b.WriteString(para(sciaticaPointer, s.Text.Render) + "\n\n")
	case !fr.begun && fr.form.Resumed():
		for _, p := range app.FirstRunResumeIntro {
			b.WriteString(para(p, s.Text.Render) + "\n\n")
		}
	case !fr.begun:
		for i, p := range app.FirstRunIntro {
			st := s.Text.Render
			if i == 1 { // that centra is a coach, not a diagnosis
				st = s.Bold.Render
			}
			b.WriteString(para(p, st) + "\n\n")
		}
	case fr.form.BaselineOpen():
		b.WriteString(fr.check.view(s, fr.width))
	case fr.form.AtBaseline():
		b.WriteString(s.Bold.Render("Your starting point") + "\n\n")
		b.WriteString(para(app.FirstRunBaselineOffer, s.Text.Render) + "\n\n")
	default:
		q, _ := fr.form.Question()
		section := "About your pain"
		safety, n, total := fr.form.Position()
		if safety {
			section = "Safety questions"
		}
		b.WriteString(s.Bold.Render(section) + s.Muted.Render("  ·  "+itoa(n)+" of "+itoa(total)) + "\n\n")
		b.WriteString(para(q.Text, s.Text.Render) + "\n\n")
		if len(q.Choices) > 0 {
			for j, c := range q.Choices {
				b.WriteString("  " + s.Key.Render(itoa(j+1)) + " " + s.Text.Render(c) + "\n")
			}
			b.WriteString("\n")
		}
	}
	b.WriteString(fr.shortHelp(fr.ShortHelp()...))
	return b.String()
}
