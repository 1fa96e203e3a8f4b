package tui

import (
	"context"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/centra-app/centra/routines/coach"
	"github.com/centra-app/centra/routines/function"
)

// fakeFunction keeps the weekly measures in memory.
type fakeFunction struct{ ms []function.Measure }

func (f *fakeFunction) AddFunction(_ context.Context, m function.Measure) (int64, error) {
	f.ms = append(f.ms, m)
	return int64(len(f.ms)), nil
}

func (f *fakeFunction) FunctionMeasures(context.Context, time.Time, time.Time) ([]function.Measure, error) {
	return f.ms, nil
}

func (hs *harness) withFunction(f *fakeFunction) *harness {
	hs.m.deps.Function = f
	hs.drain(hs.m.loadFunctionState())
	return hs
}

// startedAWeekAgo is a harness whose plan began a week before t0, when
// the first run ended: the first weekly check is due.
func startedAWeekAgo(t *testing.T) *harness {
	plan := coach.DefaultPlan(coach.Answers{}, t0.Add(-function.Every))
	return newHarnessWith(t, 80, 24, &plan)
}

// The first run takes the baseline: the first weekly check comes a week
// after it, not as soon as home opens.
func TestTheFirstWeeklyCheckWaitsAWeekAfterTheFirstRun(t *testing.T) {
	plan := coach.DefaultPlan(coach.Answers{}, t0)
	hs := newHarnessWith(t, 80, 24, &plan).withHistory(fixtureHistory()).withFunction(&fakeFunction{})
	if contains(hs.screen(), "Your weekly check of what you can do is due") {
		t.Errorf("offered right after the first run:\n%s", hs.screen())
	}
	hs.clock.Advance(function.Every)
	hs.drain(hs.m.loadFunctionState())
	hs.see("Your weekly check of what you can do is due")
}

// Home offers the weekly check when it is due; f takes it, one question
// at a time, with q and ? typed as letters; the answers are kept and the
// trends show them beside the pain.
func TestTheWeeklyFunctionCheckOnTheScreens(t *testing.T) {
	f := &fakeFunction{}
	hs := startedAWeekAgo(t).withHistory(fixtureHistory()).withFunction(f)
	hs.see("Your weekly check of what you can do is due", "Press f to take it now, x to skip it this week.")
	hs.press("f")
	hs.see("What you can do: the weekly check", "Name an activity the sciatica makes hard")
	hs.press("S", "q", "?", "backspace", "backspace", "o", "c", "k", "s", "enter")
	hs.see("How well can you do this now: Socks?", "0 cannot do it at all")
	hs.press("1", "1", "enter")
	hs.see("Rate it from 0 (cannot do it) to 10")
	hs.press("backspace", "enter", "enter", "2", "0", "enter", "1", "h", "enter")
	if len(f.ms) != 1 || f.ms[0].Ratings[0] != (function.Rating{Activity: "Socks", Score: 1}) || f.ms[0].Sitting != 20 || f.ms[0].Walking != 60 {
		t.Fatalf("kept %+v", f.ms)
	}
	hs.see("Choose a routine", "Kept: activities 1/10 on average · sitting 20 min · walking 60 min.")
	if contains(hs.screen(), "Press f to take it now") {
		t.Error("still offered after it was taken")
	}
	hs.press("h", "tab")
	hs.see("Since the start: leg pain 6.4→3.1/10 ✓")
	hs.send(tea_ws(80, 30)) // the latest measure too, with room
	hs.see("Since the start: leg pain 6.4→3.1/10 ✓ (✓ better by a change that matters)", "What you can do, Sat 21 Nov: activities 1/10")
}

// x skips the check for the week; esc leaves the form keeping nothing.
func TestTheWeeklyCheckCanBeSkippedOrLeft(t *testing.T) {
	f := &fakeFunction{}
	hs := startedAWeekAgo(t).withHistory(fixtureHistory()).withFunction(f)
	hs.press("f", "esc")
	hs.see("Choose a routine", "Press f to take it now")
	hs.press("x")
	hs.see("Weekly check skipped for this week")
	if _, ok := hs.store.state["function-skipped"]; !ok {
		t.Error("the skip was not saved")
	}
	if len(f.ms) != 0 {
		t.Errorf("kept %+v", f.ms)
	}
}

// The program runs a batch's commands at once, so home's next read of the
// weekly check may finish before the answers are saved: home must not
// offer the check again on that stale read.
func TestAWeeklyCheckJustKeptIsNotOfferedAgainBeforeItIsSaved(t *testing.T) {
	f := &fakeFunction{}
	hs := startedAWeekAgo(t).withHistory(fixtureHistory()).withFunction(f)
	hs.press("f", "S", "o", "c", "k", "s", "enter", "1", "enter", "enter", "2", "0", "enter", "1", "h")
	_, cmd := hs.m.Update(keyPress("enter"))
	// Run the batch last command first: the reads before the save.
	stack := []tea.Cmd{cmd}
	for len(stack) > 0 {
		c := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if c == nil {
			continue
		}
		switch msg := c().(type) {
		case tea.BatchMsg:
			stack = append(stack, msg...)
		default:
			_, next := hs.m.Update(msg)
			stack = append(stack, next)
		}
	}
	if len(f.ms) != 1 {
		t.Fatalf("kept %+v", f.ms)
	}
	hs.see("Choose a routine", "Kept: activities 1/10 on average")
	if contains(hs.screen(), "Press f to take it now") {
		t.Errorf("offered again on a read from before the save:\n%s", hs.screen())
	}
}
