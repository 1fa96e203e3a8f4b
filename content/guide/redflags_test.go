package guide

import (
	"strings"
	"testing"
)

// TestGetHelpNowSaysNow: an emergency sign means urgent care immediately
// (CLINICAL.md rule 1), never "today".
func TestGetHelpNowSaysNow(t *testing.T) {
	rf, err := Lookup("red-flags")
	if err != nil {
		t.Fatal(err)
	}
	md := rf.Markdown
	i := strings.Index(md, "## Get help now")
	if i < 0 {
		t.Fatal("the red flags page has no \"Get help now\" section")
	}
	sec := md[i+len("## Get help now"):]
	if j := strings.Index(sec, "\n## "); j >= 0 {
		sec = sec[:j]
	}
	low := strings.ToLower(sec)
	if strings.Contains(low, "today") || !strings.Contains(low, "**now**") {
		t.Errorf("\"Get help now\" must say to call now, not today:\n%s", sec)
	}
}
