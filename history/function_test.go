package history

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/centra-app/centra/routines/function"
)

func TestFunctionMeasuresAreKeptAndExported(t *testing.T) {
	s := openStore(t, t.TempDir())
	week1 := function.Measure{At: t0, Ratings: []function.Rating{{Activity: "Sitting at work", Score: 3}, {Activity: "Putting on socks", Score: 5}},
		Sitting: 20, Walking: function.Unanswered}
	week2 := function.Measure{At: t0.AddDate(0, 0, 7), Ratings: []function.Rating{{Activity: "Sitting at work", Score: 6}, {Activity: "Putting on socks", Score: 7}},
		Sitting: 45, Walking: 30}
	for _, m := range []function.Measure{week2, week1} { // stored out of order, read back in time order
		if _, err := s.Journal().AddFunction(bg, m); err != nil {
			t.Fatal(err)
		}
	}
	got, err := s.Function().Measures(bg, t0, t0.AddDate(0, 0, 8))
	if err != nil || len(got) != 2 {
		t.Fatalf("%v, %d measures", err, len(got))
	}
	if got[0].Sitting != 20 || got[0].Walking != function.Unanswered || got[1].Ratings[0].Score != 6 {
		t.Errorf("read back %+v", got)
	}
	last, ok, err := s.Function().Last(bg)
	if err != nil || !ok || last.Sitting != 45 {
		t.Errorf("last: %+v %v %v", last, ok, err)
	}

	var js bytes.Buffer
	if err := s.Export().JSON(bg, &js, JSONOptions{Function: true}); err != nil {
		t.Fatal(err)
	}
	var doc FullExport
	if err := json.Unmarshal(js.Bytes(), &doc); err != nil {
		t.Fatalf("%v\n%s", err, js.String())
	}
	if len(doc.Function) != 2 || doc.Function[0].Walking != function.Unanswered || doc.Function[1].Walking != 30 {
		t.Errorf("json function: %+v", doc.Function)
	}
	if !strings.Contains(js.String(), `"walking_minutes":null`) || !strings.Contains(js.String(), `"psfs_average":4`) {
		t.Errorf("an unanswered time is null, the average is given:\n%s", js.String())
	}

	var csv bytes.Buffer
	if err := s.Export().FunctionCSV(bg, &csv, Filter{}); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(csv.String()), "\n")
	if len(lines) != 3 || !strings.HasSuffix(lines[1], "Sitting at work,3,Putting on socks,5,,,4.00,20,") {
		t.Errorf("csv:\n%s", csv.String())
	}
}

func TestAFunctionMeasureWithAProblemIsRefused(t *testing.T) {
	s := openStore(t, t.TempDir())
	_, err := s.Journal().AddFunction(bg, function.Measure{At: t0, Ratings: []function.Rating{{Activity: "Socks", Score: 12}}, Walking: function.Unanswered})
	if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), "from 0 (cannot do it) to 10") {
		t.Errorf("err = %v", err)
	}
	if got, _ := s.Function().Measures(bg, t0.AddDate(-1, 0, 0), t0.AddDate(1, 0, 0)); len(got) != 0 {
		t.Errorf("stored %+v", got)
	}
}
