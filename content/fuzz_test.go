package content

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

// FuzzParseRoutine feeds arbitrary bytes to the custom-file validator. It
// must never panic, every problem must be located in the file it names,
// and whatever validates must make a routine the player can run.
func FuzzParseRoutine(f *testing.F) {
	for _, dir := range []string{"testdata/broken", "testdata/custom"} {
		paths, _ := filepath.Glob(filepath.Join(dir, "*.toml"))
		for _, p := range paths {
			data, err := os.ReadFile(p)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(data)
		}
	}
	routineFiles, _ := fs.Glob(embedded, "data/routines/*.toml")
	for _, p := range routineFiles {
		data, _ := fs.ReadFile(embedded, p)
		f.Add(data)
	}
	f.Add([]byte("id = \"a\"\n[[block]]\nexercise = \"walk\"\nduration = 1e300\n"))
	f.Add([]byte("[[exercise]]\n[exercise.dose]\ncadence = [[1], {secs = -1}]\nholds = [9999999999999]\n"))
	base, err := Builtin()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		locate(string(data))
		file := parseFile("fuzz.toml", data)
		_, rts := build(base, base, []*fileDef{file}, true)
		for _, p := range file.rep.probs {
			if p.File != "fuzz.toml" || p.Msg == "" || p.Line < 0 || p.Column < 0 {
				t.Fatalf("bad problem %#v", p)
			}
		}
		if len(file.rep.probs) > 0 {
			return
		}
		for _, r := range rts {
			if len(r.Blocks) == 0 || r.Length() <= 0 {
				t.Fatalf("valid routine %q cannot run: %+v", r.ID, r)
			}
			for _, b := range r.Blocks {
				if b.Exercise == nil || b.Dose.Sets < 1 || b.Dose.SetLength(0) <= 0 {
					t.Fatalf("valid routine %q has a bad block %+v", r.ID, b)
				}
			}
		}
	})
}
