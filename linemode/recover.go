package linemode

import (
	"context"
	"fmt"
	"time"

	core "github.com/centra-app/centra/app"
	"github.com/centra-app/centra/persist"
	"github.com/centra-app/centra/save"
)

// offerRecovery offers to save the results an earlier run could not
// (Deps.Recovery), one recovery file at a time. A file saved is renamed
// restored-….json; one not saved stays, and is offered next time.
func (s *saver) offerRecovery() error {
	for _, path := range s.env.d.Recovery {
		s.io.blank()
		s.io.say(core.RecoveryKept(path))
		yes, err := s.io.yesNo("Save them to your history now?")
		if err != nil {
			return err
		}
		if !yes {
			s.io.say("They stay in that file; centra offers them again next time.")
			continue
		}
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		n, err := save.Restore(ctx, s.env.d.Store, path)
		cancel()
		if err != nil {
			s.io.say(fmt.Sprintf("Could not save them: %v. They stay in %s; centra offers them again next time.", err, path))
			continue
		}
		s.io.say(core.RecoverySaved(n))
		if !s.env.hasPlan {
			if p, ok, err := persist.LoadPlan(s.env.ctx, s.env.d.Store); err == nil && ok {
				s.env.plan, s.env.hasPlan = p, true
			}
		}
	}
	return nil
}
