package content

import (
	"cmp"
	"fmt"
	"io"
	"io/fs"
	"path"
	"slices"

	"github.com/centra-app/centra/routines"
)

// Load reads every *.toml file in fsys (in any directory, in lexical
// order), validates them together as one library and returns its catalog.
// A file may define exercises, a routine, or both; a routine may use any
// exercise of the library. When anything is wrong the error is a Problems
// listing every problem found, and the catalog is nil.
func Load(fsys fs.FS) (*routines.Catalog, error) {
	var files []*fileDef
	var probs Problems
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			probs = append(probs, Problem{File: p, Msg: fmt.Sprintf("cannot read: %v", err)})
			return nil
		}
		if d.IsDir() || path.Ext(p) != ".toml" {
			return nil
		}
		data, err := readAll(fsys.Open(p))
		if err != nil {
			probs = append(probs, Problem{File: p, Msg: err.Error()})
			return nil
		}
		files = append(files, parseFile(p, data))
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("content: walking the library: %w", err)
	}
	if len(files) == 0 && len(probs) == 0 {
		probs = append(probs, Problem{Msg: "no *.toml content files found"})
	}
	empty := routines.NewCatalog(nil, nil)
	exs, rts := build(empty, empty, files, false)
	for _, f := range files {
		probs = append(probs, f.rep.probs...)
	}
	if len(probs) > 0 {
		sortProblems(probs)
		return nil, probs
	}
	famIndex := func(f routines.Family) int { return slices.Index(routines.Families, f) }
	slices.SortStableFunc(exs, func(a, b *routines.Exercise) int { return cmp.Compare(famIndex(a.Family), famIndex(b.Family)) })
	stIndex := func(s routines.Stage) int { return slices.Index(routines.Stages, s) }
	slices.SortStableFunc(rts, func(a, b *routines.Routine) int { return cmp.Compare(stIndex(a.Stage), stIndex(b.Stage)) })
	return routines.NewCatalog(exs, rts), nil
}

// readAll reads an opened file, refusing files over MaxFileSize.
func readAll(f fs.File, err error) ([]byte, error) {
	if err != nil {
		return nil, fmt.Errorf("cannot open: %w", err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("cannot read: %w", err)
	}
	if len(data) > MaxFileSize {
		return nil, fmt.Errorf("the file is larger than %d KiB; is it the right file?", MaxFileSize>>10)
	}
	return data, nil
}

// build checks what needs more than one file: unique ids, ladders, and
// the exercises routines refer to. Blocks may use the exercises of base and
// of files; ids must not clash with taken or with each other. custom files
// may not put exercises on a ladder. It returns the exercises and routines
// the files add; the files' reporters hold any problems.
func build(base, taken *routines.Catalog, files []*fileDef, custom bool) ([]*routines.Exercise, []*routines.Routine) {
	refs := map[string]*exerciseDef{}
	for _, e := range base.Exercises() {
		refs[e.ID] = &exerciseDef{ex: e, ok: true}
	}
	var exs []*routines.Exercise
	firstEx := map[string]*exerciseDef{}
	rungs := map[routines.Family]map[int]*exerciseDef{}
	for _, f := range files {
		for _, d := range f.exercises {
			id := d.ex.ID
			idPath := joinPath(d.path, "id")
			switch old, ok := taken.Exercise(id); {
			case id == "":
				continue
			case ok:
				d.rep.errf(idPath, "exercise id %q is already taken by %q; choose another id", id, old.Name)
				continue
			case firstEx[id] != nil:
				d.rep.errf(idPath, "duplicate exercise id %q (first defined at %s)", id, firstEx[id].where())
				continue
			}
			firstEx[id] = d
			refs[id] = d
			exs = append(exs, d.ex)
			checkRung(d, rungs, custom)
		}
	}
	var rts []*routines.Routine
	firstRt := map[string]*routineDef{}
	for _, f := range files {
		r := f.routine
		if r == nil {
			continue
		}
		id := r.rt.ID
		switch old, ok := taken.Routine(id); {
		case id == "":
		case ok:
			r.rep.errf("id", "routine id %q is already taken by %q; choose another id", id, old.Name)
		case firstRt[id] != nil:
			r.rep.errf("id", "duplicate routine id %q (first defined in %s)", id, firstRt[id].rep.file)
		default:
			firstRt[id] = r
		}
		for _, b := range r.blocks {
			if blk, ok := resolveBlock(b, r.rep, refs); ok {
				r.rt.Blocks = append(r.rt.Blocks, blk)
			}
		}
		rts = append(rts, r.rt)
	}
	return exs, rts
}

// checkRung enforces one exercise per level on each family's ladder.
func checkRung(d *exerciseDef, rungs map[routines.Family]map[int]*exerciseDef, custom bool) {
	lvl := d.ex.Level
	if lvl <= 0 {
		return
	}
	at := joinPath(d.path, "level")
	if custom {
		d.rep.errf(at, "custom exercises cannot sit on a ladder, which the coach climbs by the clinical rules; use level = 0")
		return
	}
	if rungs[d.ex.Family] == nil {
		rungs[d.ex.Family] = map[int]*exerciseDef{}
	}
	if old := rungs[d.ex.Family][lvl]; old != nil {
		d.rep.errf(at, "level %d of the %s ladder is already taken by %q (%s)", lvl, d.ex.Family, old.ex.ID, old.where())
		return
	}
	rungs[d.ex.Family][lvl] = d
}

// where names the place an exercise is defined, as file:line.
func (d *exerciseDef) where() string {
	if d.rep == nil {
		return "the built-in library"
	}
	p := d.rep.at(d.path)
	if p.line == 0 {
		return d.rep.file
	}
	return fmt.Sprintf("%s:%d", d.rep.file, p.line)
}

// resolveBlock finds a block's exercise and works out its dose.
func resolveBlock(b blockDef, rep *reporter, refs map[string]*exerciseDef) (routines.Block, bool) {
	at := joinPath(b.path, "exercise")
	if b.exercise == "" {
		return routines.Block{}, false // already reported
	}
	d, ok := refs[b.exercise]
	if !ok {
		ids := make([]string, 0, len(refs))
		for id := range refs {
			ids = append(ids, id)
		}
		slices.Sort(ids)
		msg := fmt.Sprintf("unknown exercise %q", b.exercise)
		if s := suggest(b.exercise, ids); s != "" {
			msg += fmt.Sprintf(" (did you mean %q?)", s)
		}
		if phrase := forbiddenPhrase(b.exercise); phrase != "" {
			msg = forbiddenMsg(b.exercise, phrase)
		}
		rep.errf(at, "%s", msg)
		return routines.Block{}, false
	}
	if phrase := forbiddenPhrase(d.ex.ID, d.ex.Name); phrase != "" {
		rep.errf(at, "%s", forbiddenMsg(d.ex.ID, phrase))
		return routines.Block{}, false
	}
	if !d.ok {
		return routines.Block{}, false // the exercise's own problems are reported
	}
	dose := b.over.apply(d.ex.Dose)
	validateDose(rep, dose, b.over)
	if _, ok := b.over.set["cadence"]; ok {
		checkBeatPoses(rep, d.ex, dose, b.over)
	}
	return routines.Block{Exercise: d.ex, Dose: dose}, true
}
