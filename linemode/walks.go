package linemode

import (
	"strconv"
	"strings"
	"time"

	core "github.com/centra-app/centra/app"
	"github.com/centra-app/centra/routines"
	"github.com/centra-app/centra/routines/coach"
	"github.com/centra-app/centra/save"
)

// walkLog logs walks, and says today's walks on home and the week's in
// the history.
type walkLog struct {
	env   *env
	io    *term
	saver *saver
}

// log asks the minutes of a walk and how the leg felt, and keeps it:
// walks count apart from the exercise sets.
func (wl *walkLog) log() error {
	if wl.env.d.Walks == nil {
		wl.io.say("The walk log is not available in this run.")
		return nil
	}
	def := coach.WalkMinutes
	if adv, err := core.ReadWalks(wl.env.ctx, wl.env.d.Walks, wl.env.plan, wl.env.clock.Now()); err == nil {
		def = adv.Minutes
	}
	wl.io.blank()
	wl.io.say("Log a walk")
	w := routines.Walk{At: wl.env.clock.Now()}
	err := wl.io.ask(question{text: "How many minutes did you walk? Type the minutes, then Enter (Enter alone: " + strconv.Itoa(def) + ").",
		parse: func(in string) string {
			n, err := core.ParseWalkMinutes(in, def)
			if err != nil {
				return sentence(err)
			}
			w.Minutes = n
			return ""
		}})
	if err != nil {
		return err
	}
	var choices []string
	for i, f := range routines.WalkFeels {
		choices = append(choices, core.WalkFeelKeys[i]+" "+f.Words())
	}
	err = wl.io.ask(question{text: "How did your leg feel after it?", choices: strings.Join(choices, " · "), parse: func(in string) string {
		f, err := core.ParseWalkFeel(in)
		if err != nil {
			return sentence(err)
		}
		w.Feel = f
		return ""
	}})
	if err != nil {
		return err
	}
	wl.saver.add(save.Walk{Walk: w, Log: wl.env.d.Walks})
	if wl.saver.saved() {
		wl.io.say(core.WalkLogged(w))
		if adv, err := core.ReadWalks(wl.env.ctx, wl.env.d.Walks, wl.env.plan, wl.env.clock.Now()); err == nil {
			wl.io.say(adv.Line())
		}
	}
	return nil
}

// homeLines are today's walks and the walking plan, for the home menu.
func (wl *walkLog) homeLines() []string {
	if wl.env.d.Walks == nil {
		return nil
	}
	adv, err := core.ReadWalks(wl.env.ctx, wl.env.d.Walks, wl.env.plan, wl.env.clock.Now())
	if err != nil {
		return []string{"The walks could not be read: " + err.Error()}
	}
	if l := adv.Line(); l != "" {
		return []string{l}
	}
	return nil
}

// week says the walks of the last 7 days, for the history.
func (wl *walkLog) week() {
	if wl.env.d.Walks == nil {
		return
	}
	now := wl.env.clock.Now()
	ws, err := wl.env.d.Walks.Walks(wl.env.ctx, core.StartOfDay(now).AddDate(0, 0, -6), now.Add(time.Minute))
	if err != nil {
		wl.io.say("The walks could not be read: " + err.Error())
		return
	}
	wl.io.say(core.WeekWalksLine(ws))
	for i := len(ws) - 1; i >= 0 && i >= len(ws)-10; i-- {
		wl.io.say("  " + core.WalkLine(ws[i]))
	}
}
