// Package imports checks the import system against python3.13: each directory here
// is a case, a main.py and the modules and packages it imports; CASE/expected.out,
// expected.err and expected.rc hold what `python3.13 -B main.py` printed and its
// exit status when run in a copy of the case (the copy's path replaced by TMP), made
// by gen.sh. The test builds the kaa command and runs each case the same way.
// Cases under todo/ are known differences and are skipped.
package imports

import (
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/kaa-python/kaa/internal/kaatest"
)

func TestImports(t *testing.T) {
	mains, _ := filepath.Glob("*/main.py")
	if len(mains) == 0 {
		t.Fatal("no cases")
	}
	kaa := kaatest.Kaa(t)
	env := []string{"PYTHONHASHSEED=0"}
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		if k != "PYTHONPATH" && k != "PYTHONSTARTUP" && k != "PYTHONHASHSEED" {
			env = append(env, kv)
		}
	}
	pass := 0
	for _, m := range mains {
		name := filepath.Dir(m)
		ok := t.Run(name, func(t *testing.T) {
			want := func(ext string) string {
				b, err := os.ReadFile(filepath.Join(name, "expected."+ext))
				if err != nil {
					t.Fatal(err)
				}
				return string(b)
			}
			wantOut, wantErr := want("out"), want("err")
			wantRC, _ := strconv.Atoi(strings.TrimSpace(want("rc")))
			tmp, err := filepath.EvalSymlinks(t.TempDir())
			if err != nil {
				t.Fatal(err)
			}
			if err := copyCase(name, tmp); err != nil {
				t.Fatal(err)
			}
			out, errOut, rc := kaatest.Run(t, kaa, tmp, env, nil, "-B", "main.py")
			gotOut := strings.ReplaceAll(out, tmp, "TMP")
			gotErr := strings.ReplaceAll(errOut, tmp, "TMP")
			if gotOut != wantOut {
				t.Errorf("--- kaa stdout\n%s--- python3.13 stdout\n%s", gotOut, wantOut)
			}
			if gotErr != wantErr || rc != wantRC {
				t.Errorf("exit %d (want %d)\n--- kaa stderr\n%s--- python3.13 stderr\n%s", rc, wantRC, gotErr, wantErr)
			}
		})
		if ok {
			pass++
		}
	}
	t.Logf("%d of %d cases equal python3.13", pass, len(mains))
}

// copyCase copies the case directory src, without its expected.* files, into dst.
func copyCase(src, dst string) error {
	return filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			if d.Name() == "__pycache__" {
				return filepath.SkipDir
			}
			return os.MkdirAll(target, 0o755)
		}
		if filepath.Dir(rel) == "." && strings.HasPrefix(d.Name(), "expected.") {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(target, b, 0o644)
	})
}
