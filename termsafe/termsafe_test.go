package termsafe

import (
	"bytes"
	"testing"
)

var hostile = []struct{ in, want string }{
	{"Prone lying\x1b[2J", "Prone lying"},
	{"\x1b]0;owned\x07Press-up", "Press-up"},
	{"Lie \x1b[31mface\x1b[0m down", "Lie face down"},
	{"bell\x07 and\x00 nul\x7f", "bell and nul"},
	{"C1 \u009b2J csi", "C1 2J csi"},
	{"two\nlines\tand a tab, café ½", "two\nlines\tand a tab, café ½"},
}

func TestStringRemovesEscapeSequencesAndControls(t *testing.T) {
	for _, tc := range hostile {
		if got := String(tc.in); got != tc.want {
			t.Errorf("String(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestWriterRemovesControlsEvenSplitAcrossWrites(t *testing.T) {
	var buf bytes.Buffer
	w := Writer(&buf)
	in := "a\x1b[2Jb \u009b c é\r\n"
	for i := range len(in) { // one byte at a time: the worst split
		if _, err := w.Write([]byte{in[i]}); err != nil {
			t.Fatal(err)
		}
	}
	if err := Flush(w); err != nil {
		t.Fatal(err)
	}
	if got, want := buf.String(), "a[2Jb  c é\r\n"; got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
}
