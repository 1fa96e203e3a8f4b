package figure

import (
	"slices"
	"testing"
)

// TestCanvasDots: each dot lands in its braille cell with Unicode's dot
// numbering, lines join their ends, and dots off the canvas are dropped.
func TestCanvasDots(t *testing.T) {
	c := newCanvas(2, 1)
	c.set(0, 0) // dot 1
	c.set(1, 3) // dot 8
	c.set(2, 1) // second cell, dot 2
	c.set(9, 9) // off the canvas
	if got, want := c.lines(), []string{"⢁⠂"}; !slices.Equal(got, want) {
		t.Errorf("dots: %q, want %q", got, want)
	}
	c = newCanvas(3, 1)
	c.line(0, 3, 5, 0, 1)
	if got, want := c.lines(), []string{"⡠⠔⠊"}; !slices.Equal(got, want) {
		t.Errorf("line: %q, want %q", got, want)
	}
	c = newCanvas(3, 1)
	c.line(0, 0, 5, 0, 2)
	c.mark(5, 0, '→')
	if got, want := c.lines(), []string{"⠁⠁→"}; !slices.Equal(got, want) {
		t.Errorf("dotted line with a mark: %q, want %q", got, want)
	}
}
