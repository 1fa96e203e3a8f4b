package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/centra-app/centra/app"
	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/flow"
)

// home is the start screen, a component: the plan at a glance and the
// routines, with the suggested one in focus so that Enter starts it. What
// it offers is app.Home's; it lives as long as the root, keeping its
// cursor and notices while other screens are open.
type home struct {
	*env
	keys          homeKeys
	width, height int
	cursor        int
	notices       []string
	// recovery offers the recovery files (see recover.go).
	recovery recovery
	// clearing asks, while exercises are held, whether a clinician has
	// cleared the person to exercise.
	clearing bool
	// fn is what home knows of the weekly check (function.go).
	fn functionHome
	// glanceGen drops stale reads of the glance (glance.go).
	glanceGen int
}

func newHome(e *env, notices []string) *home {
	return &home{env: e, keys: newHomeKeys(e.keys), notices: notices, recovery: newRecovery()}
}

// offer is what home offers now (app.Home).
func (h *home) offer() app.Home {
	return app.Home{Catalog: h.deps.Catalog, Plan: h.plan, Now: h.clock.Now()}
}

// SetSize implements component.
func (h *home) SetSize(width, height int) { h.width, h.height = width, height }

// Update implements component: its keys, and what home reads in commands
// (the weekly check's state, the outcome of saving recovery files).
func (h *home) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		return h.key(msg)
	case functionStateMsg:
		h.fn.take(msg)
	case recoveredMsg:
		h.notices = []string{h.recovery.done(msg)}
	}
	return nil
}

func (h *home) key(msg tea.KeyPressMsg) tea.Cmd {
	if cmd, ok := h.recovery.save(msg, h.journal.q.Store()); ok {
		h.notices = []string{"Saving the results kept from an earlier session…"}
		return cmd
	}
	if h.plan.Held() {
		return h.heldKey(msg)
	}
	k := &h.keys
	list := h.offer().Routines()
	h.cursor = min(h.cursor, len(list)-1)
	switch {
	case key.Matches(msg, k.Up):
		h.cursor = max(h.cursor-1, 0)
	case key.Matches(msg, k.Down):
		h.cursor = max(min(h.cursor+1, len(list)-1), 0)
	case key.Matches(msg, k.Start):
		if len(list) > 0 {
			h.notices = nil
			return h.nav.startSession(list[h.cursor])
		}
	case key.Matches(msg, k.Test):
		h.notices = nil
		return h.nav.startTest()
	case key.Matches(msg, k.Function):
		return h.openFunction()
	case key.Matches(msg, k.Skip) && h.fn.Due:
		return h.skipFunction()
	case key.Matches(msg, k.Walk) && h.deps.Walks != nil:
		h.notices = nil
		return h.nav.show(screenWalk, false)
	case key.Matches(msg, k.Pick):
		if i := int(msg.String()[0] - '1'); i < len(list) {
			h.cursor = i
		}
	default:
		return h.openKey(msg)
	}
	return nil
}

// openKey handles the keys that open a screen while exercises are held
// too: the history, the trigger log, the reading, the settings, and q.
func (h *home) openKey(msg tea.KeyPressMsg) tea.Cmd {
	k := &h.keys
	switch {
	case key.Matches(msg, k.History):
		h.notices = nil
		return h.nav.show(screenHistory, false)
	case key.Matches(msg, k.Trigger):
		return h.nav.show(screenTrigger, false)
	case key.Matches(msg, k.Library):
		return h.nav.show(screenReading, true)
	case key.Matches(msg, k.Guide):
		return h.nav.show(screenReading, false)
	case key.Matches(msg, k.Settings):
		h.notices = nil
		h.nav.open(screenSettings, newSettings(h.env))
	case key.Matches(msg, k.Quit):
		// Esc does nothing here: it is "back" everywhere else, and a
		// stray Esc must not close centra.
		return h.nav.quit()
	}
	return nil
}

// heldKey handles home while exercises are held after a red flag: only
// exercise is locked; the reading, the history and the trigger log stay
// open. Lifting the hold asks first.
func (h *home) heldKey(msg tea.KeyPressMsg) tea.Cmd {
	k := &h.keys
	if !h.clearing {
		if key.Matches(msg, k.Clear) {
			h.clearing = true
			return nil
		}
		return h.openKey(msg)
	}
	switch {
	case key.Matches(msg, k.Yes):
		h.clearing = false
		h.plan = h.plan.Resume(h.clock.Now())
		h.focusSuggested()
		h.resumeFirstRun()
		// The glance said exercises were paused: read it again.
		return tea.Batch(h.journal.add(flow.Plan{Plan: h.plan}), h.loadGlance())
	case key.Matches(msg, k.No):
		h.clearing = false
	case key.Matches(msg, k.Quit):
		return h.nav.quit()
	}
	return nil
}

// offerRecovery offers the recovery files found at launch.
func (h *home) offerRecovery(paths []string) {
	if n := h.recovery.offer(paths); n != "" {
		h.notices = append(h.notices, n)
	}
}

// focusSuggested puts the cursor on the suggested routine.
func (h *home) focusSuggested() { h.cursor = h.offer().SuggestedIndex() }

// routine finds a routine by id; "plan" is the plan's (app.Home.Routine).
func (h *home) routine(id string) *routines.Routine { return h.offer().Routine(id) }

// reviewPlan applies the rules across days (R21 to R23) as home opens,
// and keeps the plan when they changed it.
func (h *home) reviewPlan() tea.Cmd {
	p, changed := h.offer().Review()
	if !changed {
		return nil
	}
	h.plan = p
	return h.journal.add(flow.Plan{Plan: p})
}
