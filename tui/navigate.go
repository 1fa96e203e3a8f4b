package tui

import tea "charm.land/bubbletea/v2"

// opened is the screen a component was opened from, to go back to.
type opened struct {
	screen screen
	active component
}

// open shows a component: the root routes keys and messages to it until
// it asks to go home, or back, or another screen opens. A session is kept
// until home shows again, also while a Guide page is read over it.
func (m *Model) open(s screen, c component) {
	m.from = opened{screen: m.screen, active: m.active}
	m.screen, m.active, m.help = s, c, false
	if run, ok := c.(*session); ok {
		m.sess = run // kept to route its ticks and to cut it short on ctrl+c
	}
	c.SetSize(m.width, m.height)
}

// goHome closes the screen on view and shows home with notices, reading
// the recent days again (something may have been saved).
func (m *Model) goHome(notices ...string) tea.Cmd {
	m.screen, m.active, m.from = screenHome, m.home, opened{}
	if m.sess != nil {
		// A session has ended: the plan may suggest another routine now.
		m.sess = nil
		m.home.focusSuggested()
	}
	if len(notices) > 0 {
		m.home.notices = notices
	}
	return m.home.loadGlance()
}

// back closes the screen on view and shows again the one it was opened
// from, at the window's size now; home when that was home or is gone (a
// session that has ended).
func (m *Model) back() tea.Cmd {
	from := m.from
	if from.active == nil || from.screen == screenHome {
		return m.goHome()
	}
	m.screen, m.active, m.from, m.help = from.screen, from.active, opened{}, false
	from.active.SetSize(m.width, m.height)
	return nil
}

// quit ends centra as soon as everything is saved.
func (m *Model) quit() tea.Cmd {
	m.quitting = true
	return m.quitIfDone()
}

// showGuidePage opens the Guide at page id over the screen on view.
func (m *Model) showGuidePage(id string) bool {
	r := newGuidePage(m.env, id, m.screen == screenSession)
	if r != nil {
		m.open(screenReading, r)
	}
	return r != nil
}

// finish ends a flow: centra quits when it was started for that flow
// alone (centra start, centra function), else it goes home with notices.
func (m *Model) finish(notices ...string) tea.Cmd {
	if m.exitAfter {
		return m.quit()
	}
	return m.goHome(notices...)
}

// show opens a screen that has no component of its own to open yet, or
// that reads something as it opens: screenHistory, screenTrigger,
// screenWalk, and screenReading (the Guide, or the Library with library).
func (m *Model) show(s screen, library bool) tea.Cmd {
	switch s {
	case screenHistory:
		m.open(screenHistory, m.hist) // kept: it opens where it was left
		return m.hist.reopen()
	case screenTrigger:
		m.open(screenTrigger, newTriggerLog(m.env))
	case screenWalk:
		m.open(screenWalk, newWalkLog(m.env))
	case screenReading:
		r := newGuide(m.env)
		if library {
			r = newLibrary(m.env)
		}
		if r != nil { // without the reading text, l and g do nothing
			m.open(screenReading, r)
		}
	}
	return nil
}
