package function

import (
	"strings"
	"testing"
)

func answerAll(t *testing.T, f *Form, ins ...string) []string {
	t.Helper()
	var asked []string
	for _, in := range ins {
		q, _ := f.Prompt()
		asked = append(asked, q)
		if err := f.Answer(in); err != nil {
			asked = append(asked, "error: "+err.Error())
		}
	}
	return asked
}

func TestFirstWeekNamesAndRatesActivities(t *testing.T) {
	f := NewForm(nil, t0)
	asked := answerAll(t, f, "Sitting at work", "3", "putting on socks", "eleven", "5", "", "20", "")
	if !f.Done() {
		t.Fatalf("not done after %q", asked)
	}
	m := f.Measure()
	if len(m.Ratings) != 2 || m.Ratings[1] != (Rating{"putting on socks", 5}) || m.Sitting != 20 || m.Walking != Unanswered {
		t.Errorf("measure %+v", m)
	}
	joined := strings.Join(asked, "\n")
	for _, want := range []string{"Name an activity", "How well can you do this now: Sitting at work?",
		"error: rate it from 0", "Another activity (3 of at most 3)?", "How long can you sit", "How long can you walk"} {
		if !strings.Contains(joined, want) {
			t.Errorf("missing %q in\n%s", want, joined)
		}
	}
}

func TestLaterWeeksAskAboutTheSameActivities(t *testing.T) {
	f := NewForm([]string{"Driving", "Socks"}, t0)
	asked := answerAll(t, f, "6", "7", "45", "1h")
	if !f.Done() || asked[0] != "How well can you do this now: Driving?" || asked[1] != "How well can you do this now: Socks?" {
		t.Fatalf("asked %q", asked)
	}
	if m := f.Measure(); m.Walking != 60 || m.Ratings[0].Score != 6 {
		t.Errorf("measure %+v", m)
	}
	if got := Summary(f.Measure()); got != "activities 6.5/10 on average · sitting 45 min · walking 60 min" {
		t.Errorf("summary %q", got)
	}
}

func TestAnEmptyCheckIsNotKept(t *testing.T) {
	f := NewForm(nil, t0)
	asked := answerAll(t, f, "", "", "")
	if f.Done() || !strings.Contains(asked[len(asked)-1], "nothing was answered") {
		t.Errorf("asked %q", asked)
	}
}
