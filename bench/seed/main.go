// Command seed prepares a centra data directory for bench/run: the state
// the first run leaves (its answers and the default plan, all "no"), and
// optionally a long, realistic history (history.Seed: about eight sessions a
// day), so that launch time and memory can be measured against ten years of
// data.
//
//	seed -dir DIR [-n 30000]
package main

import (
	"context"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"time"

	"github.com/centra-app/centra/history"
	"github.com/centra-app/centra/persist"
	"github.com/centra-app/centra/routines/coach"
)

func main() {
	dir := flag.String("dir", "", "data directory to create or fill (required)")
	n := flag.Int("n", 30000, "number of past sessions; 30000 is about ten years, 0 none")
	flag.Parse()
	if *dir == "" {
		fmt.Fprintln(os.Stderr, "seed: -dir is required")
		os.Exit(2)
	}
	if err := seed(context.Background(), *dir, *n, time.Now()); err != nil {
		fmt.Fprintln(os.Stderr, "seed:", err)
		os.Exit(1)
	}
}

// seed writes the first run's state and n sessions ending about now, always
// the same ones.
func seed(ctx context.Context, dir string, n int, now time.Time) error {
	st, err := history.Open(dir)
	if err != nil {
		return err
	}
	if err := fill(ctx, st, n, now); err != nil {
		st.Close()
		return err
	}
	return st.Close()
}

func fill(ctx context.Context, st *history.Store, n int, now time.Time) error {
	if n > 0 {
		days := (n + 7) / 8
		start := now.AddDate(0, 0, -days-1).Truncate(24 * time.Hour)
		if err := history.Seed(ctx, st, n, start, rand.New(rand.NewPCG(42, 42))); err != nil {
			return err
		}
	}
	var answers coach.Answers
	if err := persist.SaveAnswers(ctx, st.Journal(), answers); err != nil {
		return err
	}
	return persist.SavePlan(ctx, st.Journal(), coach.DefaultPlan(answers, now))
}
