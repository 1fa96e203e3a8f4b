package tui

import "charm.land/bubbles/v2/key"

// keyMap holds every binding; each screen enables the ones that work there,
// so that help shows only those.
type keyMap struct {
	Up, Down, Enter, Start       key.Binding
	Pause, Skip, Back, Quit, Esc key.Binding
	Help, Bell, Test             key.Binding
	Settings                     key.Binding
	Library, Guide               key.Binding
	// Why opens the Guide's page that explains a decision; Walk the quick
	// walk log.
	Why, Walk key.Binding
	// Check-in answers.
	MovedUp, MovedDown, MovedSame, MovedGone key.Binding
	Left, Right, Urgent                      key.Binding
	// Clear asks to lift a hold on the exercises; Yes and No answer.
	Clear, Yes, No key.Binding
	// Recover saves results an earlier run could not (see recover.go).
	Recover key.Binding
}

func defaultKeyMap() keyMap {
	return keyMap{
		Up:        key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:      key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		Enter:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "choose")),
		Start:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "start")),
		Pause:     key.NewBinding(key.WithKeys("space"), key.WithHelp("space", "pause")),
		Skip:      key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "skip")),
		Back:      key.NewBinding(key.WithKeys("b"), key.WithHelp("b", "back")),
		Quit:      key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "quit")),
		Esc:       key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back out")),
		Help:      key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		Bell:      key.NewBinding(key.WithKeys("m"), key.WithHelp("m", "cues (bell or voice) on/off")),
		Test:      key.NewBinding(key.WithKeys("d"), key.WithHelp("d", "direction test")),
		Settings:  key.NewBinding(key.WithKeys("s", ","), key.WithHelp("s", "settings")),
		Library:   key.NewBinding(key.WithKeys("l"), key.WithHelp("l", "library of exercises")),
		Guide:     key.NewBinding(key.WithKeys("g"), key.WithHelp("g", "guide: what sciatica is, medicines, walking, bad days…")),
		Why:       key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "read why")),
		Walk:      key.NewBinding(key.WithKeys("w"), key.WithHelp("w", "log a walk")),
		MovedUp:   key.NewBinding(key.WithKeys("u", "up"), key.WithHelp("u/↑", "moved up toward the back")),
		MovedDown: key.NewBinding(key.WithKeys("d", "down"), key.WithHelp("d/↓", "moved further down the leg")),
		MovedSame: key.NewBinding(key.WithKeys("s", "="), key.WithHelp("s/=", "stayed the same")),
		MovedGone: key.NewBinding(key.WithKeys("g", "0"), key.WithHelp("g/0", "gone")),
		Left:      key.NewBinding(key.WithKeys("left", "-"), key.WithHelp("←/→", "change")),
		Right:     key.NewBinding(key.WithKeys("right", "+")),
		Urgent:    key.NewBinding(key.WithKeys("!"), key.WithHelp("!", "report an urgent symptom")),
		Clear:     key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "a doctor or physiotherapist has cleared me to exercise")),
		Yes:       key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "yes")),
		No:        key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "no")),
		Recover:   recoverBinding(),
	}
}
