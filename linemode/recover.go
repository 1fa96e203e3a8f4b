package linemode

import (
	"context"
	"fmt"
	"time"

	"github.com/centra-app/centra/persist"
	"github.com/centra-app/centra/save"
)

// offerRecovery offers to save the results an earlier run could not
// (Deps.Recovery), one recovery file at a time. A file saved is renamed
// restored-….json; one not saved stays, and is offered next time.
func (a *app) offerRecovery() error {
	for _, path := range a.d.Recovery {
		a.blank()
		a.say("Results from an earlier session could not be saved then; they are kept in " + path + ".")
		yes, err := a.yesNo("Save them to your history now?")
		if err != nil {
			return err
		}
		if !yes {
			a.say("They stay in that file; centra offers them again next time.")
			continue
		}
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		n, err := save.Restore(ctx, a.d.Store, path)
		cancel()
		if err != nil {
			a.say(fmt.Sprintf("Could not save them: %v. They stay in %s; centra offers them again next time.", err, path))
			continue
		}
		a.say(fmt.Sprintf("Saved %d result(s) to your history.", n))
		if !a.hasPlan {
			if p, ok, err := persist.LoadPlan(a.ctx, a.d.Store); err == nil && ok {
				a.plan, a.hasPlan = p, true
			}
		}
	}
	return nil
}
