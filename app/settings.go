package app

import "github.com/centra-app/centra/config"

// Settings are the person's settings as an interface is given them.
type Settings struct {
	Config config.Config
	// Path is where they are kept, shown where they are edited.
	Path string
	// Save writes them back; changed names the keys the person changed.
	// Nil means changes last for this run only.
	Save func(c config.Config, changed []string) error
}

// SavedNote says where changed settings went.
func (s Settings) SavedNote() string {
	if s.Save == nil {
		return "Settings saved for this session."
	}
	return "Settings saved to " + s.Path + "."
}
