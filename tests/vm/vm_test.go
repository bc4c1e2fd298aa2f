// Package vm_test runs the behaviour corpus: each .py program's stdout under Kaa must
// equal the .out python3.13 produced (regenerate with gen.sh).
package vm_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kaa-python/kaa/py"
)

// TestMain re-runs the test binary with PYTHONHASHSEED=0 when it is not set: the
// expected outputs were made that way (set order of str depends on the hash key, which
// Kaa, like CPython, fixes per process at start-up).
func TestMain(m *testing.M) {
	if os.Getenv("PYTHONHASHSEED") != "0" {
		cmd := exec.Command(os.Args[0], os.Args[1:]...)
		cmd.Env = append(os.Environ(), "PYTHONHASHSEED=0")
		cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
		if err := cmd.Run(); err != nil {
			if ee, ok := err.(*exec.ExitError); ok {
				os.Exit(ee.ExitCode())
			}
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

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
