// Package traceback checks that uncaught exceptions print what python3.13
// prints: each *.py here dies in some way; NAME.err and NAME.rc hold python3.13's
// standard error (with this directory's path removed) and exit status, made by
// gen.sh.
package traceback

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/kaa-python/kaa/py"
)

func TestTracebacks(t *testing.T) {
	dir, err := filepath.Abs(".")
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("*.py")
	if len(files) == 0 {
		t.Fatal("no programs")
	}
	pass := 0
	for _, f := range files {
		name := strings.TrimSuffix(f, ".py")
		ok := t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			wantErr, err := os.ReadFile(name + ".err")
			if err != nil {
				t.Fatal(err)
			}
			rcText, err := os.ReadFile(name + ".rc")
			if err != nil {
				t.Fatal(err)
			}
			wantRC, _ := strconv.Atoi(strings.TrimSpace(string(rcText)))
			var out, errb bytes.Buffer
			abs := filepath.Join(dir, f)
			in := py.NewInterp(py.Config{Argv: []string{f}, Path: []string{dir}, Stdout: &out, Stderr: &errb, Stdin: strings.NewReader("")})
			th := in.Main()
			rc := th.ExitStatus(th.RunMain(abs, src))
			in.Flush()
			got := strings.ReplaceAll(errb.String(), dir+string(filepath.Separator), "")
			if got != string(wantErr) || rc != wantRC {
				t.Errorf("exit %d (want %d)\n--- kaa stderr\n%s--- python3.13 stderr\n%s", rc, wantRC, got, wantErr)
			}
		})
		if ok {
			pass++
		}
	}
	t.Logf("%d of %d programs print python3.13's traceback", pass, len(files))
}
