package config

import (
	"strings"

	"github.com/BurntSushi/toml"
)

// SetText sets the field in c from a value typed as a person would type it
// at a prompt: as in the file (true, 5, 1.5, "left", "07:00") or without
// the quotes (left, 07:00). The checks and the words of an error are the
// file's own.
func (f Field) SetText(c *Config, text string) error {
	text = strings.TrimSpace(text)
	var doc map[string]any
	if _, err := toml.Decode("v = "+text, &doc); err != nil {
		doc = map[string]any{"v": text}
	}
	return f.set(c, doc["v"])
}
