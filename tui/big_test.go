package tui

import (
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
)

// TestCentredIsLipglossCentring: centred gives what lipgloss's joining and
// placing give, odd and even gaps, styled lines and a block wider than the
// window included.
func TestCentredIsLipglossCentring(t *testing.T) {
	bold := lipgloss.NewStyle().Bold(true)
	cases := [][]string{
		{"Rep 1 of 10", bigText("0:42", bigScales[3]), "████░░░░", bold.Render("PRESS UP")},
		{"a", "abcd", "abc"},
		{"a wider line than the window"},
		{""},
	}
	for _, width := range []int{7, 10, 11, 48, 98} {
		for _, blocks := range cases {
			want := lipgloss.PlaceHorizontal(width, lipgloss.Center, lipgloss.JoinVertical(lipgloss.Center, blocks...))
			if got := centred(width, blocks...); got != want {
				t.Errorf("width %d, %q:\ngot  %q\nwant %q", width, blocks, got, want)
			}
		}
	}
}

// TestBigDigitsKeepTheirShapeAtEveryScale: at the classic scale the digits
// are the five-row font; at each larger one they are as wide as the scale
// says and as tall as its rows.
func TestBigDigitsKeepTheirShapeAtEveryScale(t *testing.T) {
	if got, want := bigText("1", bigScale{1, 2}), "  ██ \n   █ \n   █ \n   █ \n  ███"; got != want {
		t.Errorf("classic 1:\n%s\nwant\n%s", got, want)
	}
	for _, sc := range bigScales {
		lines := strings.Split(bigText("10:00", sc), "\n")
		if len(lines) != sc.rows() {
			t.Errorf("scale %v: %d rows, want %d", sc, len(lines), sc.rows())
		}
		for _, l := range lines {
			if w := lipgloss.Width(l); w != bigWidth("10:00", sc) {
				t.Errorf("scale %v: a row %d wide, want %d", sc, w, bigWidth("10:00", sc))
			}
		}
	}
	if sc, ok := bigFit("0:30", 198, 23); !ok || sc.rows() != 20 {
		t.Errorf("at 200x60: scale %v (%v), want 20 rows", sc, ok)
	}
	if _, ok := bigFit("0:30", 10, 3); ok {
		t.Error("digits fit in 10 columns")
	}
}
