package config

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/BurntSushi/toml"
)

// header opens every file centra writes.
const header = "# centra settings. Every key is optional: delete a line to go back to its default.\n" +
	"# The settings screen (press s on the home screen) writes this file; comments are not kept.\n\n"

// Save writes c to the settings file at path, atomically (a temporary file
// renamed over the old one) and readable only by its owner.
//
// When the file exists, only the keys named in changed take c's values;
// every other key keeps the value the file gave it, bad or unknown ones
// included, so that nothing the person wrote is lost. When it does not
// exist, every setting is written, with its help as a comment. A file that
// no longer parses is kept beside the new one as config.toml.bak.
func Save(path string, c Config, changed ...string) error {
	raw, err := readRaw(path)
	if err != nil {
		return err
	}
	if raw == nil {
		changed = make([]string, len(Fields))
		for i, f := range Fields {
			changed[i] = f.Key
		}
		raw = map[string]any{}
	}
	var b strings.Builder
	b.WriteString(header)
	rest := map[string]any{}
	for k, v := range raw {
		rest[k] = v
	}
	if slices.Contains(changed, "cues") {
		delete(rest, legacyBell) // the cues line now says what it said
	}
	for _, f := range Fields {
		v, had := raw[f.Key]
		_, isTable := v.(map[string]any)
		switch {
		case slices.Contains(changed, f.Key):
			delete(rest, f.Key)
			fmt.Fprintf(&b, "# %s\n%s = %s\n\n", f.Help, f.Key, f.Literal(c))
		case had && !isTable:
			delete(rest, f.Key)
			line, err := encodeKey(f.Key, v)
			if err != nil {
				return err
			}
			fmt.Fprintf(&b, "# %s\n%s\n\n", f.Help, line)
		}
	}
	if len(rest) > 0 {
		var extra bytes.Buffer
		if err := toml.NewEncoder(&extra).Encode(rest); err != nil {
			return fmt.Errorf("writing the settings: %w", err)
		}
		b.WriteString("# Not settings centra knows; kept as they were.\n")
		b.Write(extra.Bytes())
	}
	return writeAtomic(path, []byte(strings.TrimRight(b.String(), "\n")+"\n"))
}

// readRaw decodes the existing file as it is. It returns nil, nil when
// there is no file, and moves a file that does not parse aside.
func readRaw(path string) (map[string]any, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("reading the settings: %w", err)
	}
	var raw map[string]any
	if _, err := toml.Decode(string(data), &raw); err != nil {
		if err := writeAtomic(path+".bak", data); err != nil {
			return nil, fmt.Errorf("keeping a copy of the unreadable settings: %w", err)
		}
		return nil, nil
	}
	if raw == nil {
		raw = map[string]any{}
	}
	return raw, nil
}

// encodeKey writes one key and its value as TOML.
func encodeKey(k string, v any) (string, error) {
	var buf bytes.Buffer
	if err := toml.NewEncoder(&buf).Encode(map[string]any{k: v}); err != nil {
		return "", fmt.Errorf("writing the settings: %w", err)
	}
	return strings.TrimRight(buf.String(), "\n"), nil
}

// writeAtomic replaces path with data: a temporary file in the same folder,
// synced, then renamed, so that a crash leaves the old file or the new one,
// never half of one. The folder is created 0700 and the file is 0600.
func writeAtomic(path string, data []byte) (err error) {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("creating the settings folder: %w", err)
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*")
	if err != nil {
		return fmt.Errorf("writing the settings: %w", err)
	}
	defer func() {
		if err != nil {
			_ = os.Remove(tmp.Name())
		}
	}()
	if err := tmp.Chmod(0o600); err != nil {
		tmp.Close()
		return fmt.Errorf("writing the settings: %w", err)
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("writing the settings: %w", err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("writing the settings: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("writing the settings: %w", err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("writing the settings: %w", err)
	}
	return nil
}
