// Package vm_test runs the behaviour corpus: each .py program's stdout under Kaa must
// equal the .out python3.13 produced (regenerate with gen.sh).
package vm_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kaa-python/kaa/py"
)

func TestCorpus(t *testing.T) {
	files, _ := filepath.Glob("*.py")
	pass := 0
	for _, f := range files {
		t.Run(strings.TrimSuffix(f, ".py"), func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(strings.TrimSuffix(f, ".py") + ".out")
			if err != nil {
				t.Fatal(err)
			}
			var out bytes.Buffer
			in := py.NewInterp(py.Config{Argv: []string{f}, Path: []string{"."}, Stdout: &out})
			th := in.Main()
			if e := th.RunMain(f, src); e != nil {
				in.Flush()
				t.Fatalf("uncaught: %s\n%s", py.FormatException(th, e), out.String())
			}
			in.Flush()
			if out.String() != string(want) {
				t.Fatalf("output differs\n--- kaa\n%s\n--- python3.13\n%s", out.String(), want)
			}
			pass++
		})
	}
	t.Logf("%d of %d programs pass", pass, len(files))
}
