// Package traceback checks that uncaught exceptions print what python3.13
// prints: each *.py here dies in some way; NAME.err and NAME.rc hold python3.13's
// standard error (with this directory's path removed) and exit status, and
// NAME.color its standard error in colour (PYTHON_COLORS=1), made by gen.sh.
package traceback

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/kaa-python/kaa/lib"
	"github.com/kaa-python/kaa/modules"
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
	pass, total := 0, 0
	for _, mode := range []struct{ colors, suffix string }{{"0", ".err"}, {"1", ".color"}} {
		t.Setenv("PYTHON_COLORS", mode.colors)
		for _, f := range files {
			total++
			if runProgram(t, dir, f, mode.suffix) {
				pass++
			}
		}
	}
	t.Logf("%d of %d tracebacks (each program plain and in colour) are python3.13's", pass, total)
}

// runProgram runs one program and compares its stderr with python3.13's in the
// file NAME+suffix.
func runProgram(t *testing.T, dir, f, suffix string) bool {
	name := strings.TrimSuffix(f, ".py")
	return t.Run(name+suffix, func(t *testing.T) {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		wantErr, err := os.ReadFile(name + suffix)
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
		in := py.NewInterp(py.Config{Library: lib.Files, LibraryPath: py.StdlibPath()[0], Argv: []string{f}, Path: append([]string{dir}, py.StdlibPath()...), Stdout: &out, Stderr: &errb, Stdin: strings.NewReader(""), Modules: modules.Standard()})
		th := in.Main()
		rc := th.ExitStatus(th.RunMain(abs, src))
		in.Flush()
		got := strings.ReplaceAll(errb.String(), dir+string(filepath.Separator), "")
		if got != string(wantErr) || rc != wantRC {
			t.Errorf("exit %d (want %d)\n--- kaa stderr\n%s--- python3.13 stderr\n%s", rc, wantRC, got, wantErr)
		}
	})
}
