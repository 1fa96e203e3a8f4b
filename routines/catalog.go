package routines

import "sort"

// Catalog is the validated library of exercises and routines. The content
// package builds it; everything else only reads it.
type Catalog struct {
	exercises map[string]*Exercise
	routines  map[string]*Routine
	exOrder   []*Exercise
	rtOrder   []*Routine
}

// NewCatalog builds a catalog from already validated exercises and
// routines, keeping their order for listings.
func NewCatalog(exercises []*Exercise, routines []*Routine) *Catalog {
	c := &Catalog{
		exercises: make(map[string]*Exercise, len(exercises)),
		routines:  make(map[string]*Routine, len(routines)),
		exOrder:   exercises,
		rtOrder:   routines,
	}
	for _, e := range exercises {
		c.exercises[e.ID] = e
	}
	for _, r := range routines {
		c.routines[r.ID] = r
	}
	return c
}

// Exercise returns the exercise with the given id.
func (c *Catalog) Exercise(id string) (*Exercise, bool) {
	e, ok := c.exercises[id]
	return e, ok
}

// Routine returns the routine with the given id.
func (c *Catalog) Routine(id string) (*Routine, bool) {
	r, ok := c.routines[id]
	return r, ok
}

// Exercises lists every exercise in library order.
func (c *Catalog) Exercises() []*Exercise { return c.exOrder }

// Routines lists every routine in library order.
func (c *Catalog) Routines() []*Routine { return c.rtOrder }

// Ladder returns a family's exercises that sit on its ladder (level 1 and
// up), least force first.
func (c *Catalog) Ladder(f Family) []*Exercise {
	var out []*Exercise
	for _, e := range c.exOrder {
		if e.Family == f && e.Level > 0 {
			out = append(out, e)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Level < out[j].Level })
	return out
}
