package app

import "testing"

// The pages learn where the next starts from a full page only, and say
// which sessions a page holds as a person counts them.
func TestPagesLearnTheirAnchorsAndSayTheirSpan(t *testing.T) {
	p := NewPages(2)
	if _, ok := p.Query(SessionQuery{}, 1); ok {
		t.Fatal("page 2 is known before page 1 came back")
	}
	if last := p.Learn(0, []SessionRow{{ID: 9}, {ID: 7}}); last {
		t.Error("a full page was taken for the last")
	}
	q, ok := p.Query(SessionQuery{RoutineID: "extension"}, 1)
	if !ok || q.BeforeID != 7 || q.Limit != 2 || q.RoutineID != "extension" {
		t.Errorf("page 2's query = %+v, %v; want the sessions before 7, two of them, of the routine", q, ok)
	}
	if last := p.Learn(1, []SessionRow{{ID: 3}}); !last {
		t.Error("a short page was not taken for the last")
	}
	if _, ok := p.Query(SessionQuery{}, 2); ok {
		t.Error("a page after the last is known")
	}
	for _, c := range []struct {
		page, rows, total int
		want              string
	}{
		{0, 2, 3, "Sessions 1–2 of 3"},
		{1, 1, 3, "Session 3 of 3"},
		{1, 2, -1, "Sessions 3–4"},
	} {
		if got := p.Span(c.page, c.rows, c.total); got != c.want {
			t.Errorf("Span(%d, %d, %d) = %q, want %q", c.page, c.rows, c.total, got, c.want)
		}
	}
}
