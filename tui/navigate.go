package tui

import tea "charm.land/bubbletea/v2"

// open shows a component: the root routes keys and messages to it until
// it asks to go home (or another screen opens).
func (m *Model) open(s screen, c component) {
	m.screen, m.active, m.help = s, c, false
	c.SetSize(m.width, m.height)
}

// goHome closes the screen on view and shows home with notices, reading
// the recent days again (something may have been saved).
func (m *Model) goHome(notices ...string) tea.Cmd {
	m.screen, m.active = screenHome, nil
	if len(notices) > 0 {
		m.home.notices = notices
	}
	return m.loadGlance()
}

// quit ends centra as soon as everything is saved.
func (m *Model) quit() tea.Cmd {
	m.quitting = true
	return m.quitIfDone()
}

// showGuidePage opens the Guide at page id over the screen on view.
func (m *Model) showGuidePage(id string) bool { return m.openGuidePage(id, m.screen) }
