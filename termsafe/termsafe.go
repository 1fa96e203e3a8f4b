// Package termsafe keeps text that comes from files (custom routines, the
// settings, the history database) from driving the terminal: an escape
// sequence in a routine's name or a trigger note would otherwise clear the
// screen, retitle the window or worse when printed. Everything such text
// passes through on its way out goes through String or Writer.
package termsafe

import (
	"io"
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// String returns s with every escape sequence removed, and every other
// control character (C0, DEL and C1) but newline and tab.
func String(s string) string {
	if clean(s) {
		return s
	}
	s = ansi.Strip(s)
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\t' || !isControl(r) {
			return r
		}
		return -1
	}, s)
}

// clean reports whether s has nothing to remove (the usual case).
func clean(s string) bool {
	for _, r := range s {
		if r != '\n' && r != '\t' && isControl(r) {
			return false
		}
	}
	return true
}

func isControl(r rune) bool { return r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) }

// Writer returns a writer that passes what is written to w without its
// control characters (C0, DEL and C1) but newline, tab and carriage
// return: an escape sequence arrives as harmless text, its ESC removed.
// Use it for a whole output made from files (an export, a table); text
// that styles the terminal on purpose must not go through it.
func Writer(w io.Writer) io.Writer { return &writer{w: w} }

type writer struct {
	w io.Writer
	// c2 is set when the last byte written was 0xC2, the first byte of a
	// C1 control in UTF-8 (U+0080-U+009F), or of a harmless character.
	c2 bool
}

func (f *writer) Write(p []byte) (int, error) {
	out := make([]byte, 0, len(p)+1)
	for _, b := range p {
		if f.c2 {
			f.c2 = false
			if b >= 0x80 && b < 0xa0 {
				continue // a C1 control: drop both bytes
			}
			out = append(out, 0xc2)
		}
		switch {
		case b == 0xc2:
			f.c2 = true
			continue
		case b == '\n' || b == '\t' || b == '\r':
		case b < 0x20 || b == 0x7f:
			continue
		}
		out = append(out, b)
	}
	if _, err := f.w.Write(out); err != nil {
		return 0, err
	}
	return len(p), nil
}

// Flush writes a pending 0xC2 byte held back at the end of the stream
// (never the case for valid UTF-8, whose 0xC2 is always followed).
func Flush(w io.Writer) error {
	if f, ok := w.(*writer); ok && f.c2 {
		f.c2 = false
		_, err := f.w.Write([]byte{0xc2})
		return err
	}
	return nil
}
