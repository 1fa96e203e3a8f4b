package routines

import (
	"testing"
	"time"
)

func TestSettingsTuneRestAndRepSpeedOnce(t *testing.T) {
	press := Dose{Kind: DoseReps, Sets: 3, Rest: 30 * time.Second, Reps: 2,
		Cadence: []Beat{{Cue: "up", Length: 2 * time.Second}, {Cue: "down", Length: time.Second}}}
	r := &Routine{ID: "r", Blocks: []Block{{Exercise: &Exercise{ID: "press"}, Dose: press}}}
	run := NewRunner(r, NewFakeClock(time.Unix(0, 0)), RunnerOptions{Rest: 45 * time.Second, RepSpeed: 0.5})
	got := run.Blocks()[0].Dose
	if got.Rest != 45*time.Second {
		t.Errorf("rest = %v, want the setting's 45s", got.Rest)
	}
	if got.Cadence[0].Length != 4*time.Second || got.Cadence[1].Length != 2*time.Second {
		t.Errorf("cadence = %+v, want every beat twice as long at half speed", got.Cadence)
	}
	if press.Cadence[0].Length != 2*time.Second {
		t.Errorf("the routine's own dose changed: %+v", press.Cadence)
	}
	// The coach hands the tuned blocks back after a swap: not slowed twice.
	run.ReplaceRemaining(run.Blocks())
	if again := run.Blocks()[1].Dose; again.Cadence[0].Length != 4*time.Second {
		t.Errorf("after a swap the cadence = %+v, want it scaled once", again.Cadence)
	}
}

func TestSettingsKeepTimedDosesAndRoutineRestWhenUnset(t *testing.T) {
	timed := Dose{Kind: DoseTimed, Sets: 1, Duration: time.Minute}
	if got := (RunnerOptions{Rest: time.Minute, RepSpeed: 2}).tune(timed); got.Rest != 0 || got.Duration != time.Minute {
		t.Errorf("a one-set timed dose gained a rest or changed length: %+v", got)
	}
	d := Dose{Kind: DoseReps, Rest: 20 * time.Second, Cadence: []Beat{{Length: time.Second}}}
	if got := (RunnerOptions{}).tune(d); got.Rest != 20*time.Second || got.Cadence[0].Length != time.Second {
		t.Errorf("zero options changed the dose: %+v", got)
	}
}
