package centra_test

import (
	"bufio"
	"os"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// rssKB is this process's resident size (Linux).
func rssKB(t *testing.T) int {
	t.Helper()
	f, err := os.Open("/proc/self/status")
	if err != nil {
		t.Skip("no /proc/self/status here")
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	for s.Scan() {
		if v, ok := strings.CutPrefix(s.Text(), "VmRSS:"); ok {
			n, _ := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")))
			return n
		}
	}
	t.Skip("no VmRSS")
	return 0
}

// Measuring the characters centra's screens draw (bullets, box lines, bars)
// the way the renderer does (ansi's WcWidth method, through go-runewidth)
// gives the right widths and does not make the process 2.2 MB bigger, as
// go-runewidth's own lookup table did (third_party/go-runewidth/CENTRA.md).
func TestWidthTablesStayOutOfMemory(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("reads /proc")
	}
	before := rssKB(t)
	for s, want := range map[string]int{
		"• · ─ ▸ █ ░": 11, "日本": 4, "e\u0301": 1, "×": 1, "✓": 1,
	} {
		if got := ansi.StringWidthWc(s); got != want {
			t.Errorf("width of %q = %d, want %d", s, got, want)
		}
	}
	if grew := rssKB(t) - before; grew > 1024 {
		t.Errorf("measuring a few characters made the process %d kB bigger", grew)
	}
}
