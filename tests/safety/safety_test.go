// Package safety runs programs that call builtins with every kind of wrong
// argument: a Go panic inside Kaa turns into SystemError, and none may occur.
package safety

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kaa-python/kaa/lib"
	"github.com/kaa-python/kaa/modules"
	"github.com/kaa-python/kaa/py"
)

func TestNoInternalErrors(t *testing.T) {
	files, _ := filepath.Glob("*.py")
	if len(files) == 0 {
		t.Fatal("no programs")
	}
	// The programs run in this process, so one that changes directory changes
	// ours: every program starts from here again.
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		t.Run(f, func(t *testing.T) {
			if err := os.Chdir(dir); err != nil {
				t.Fatal(err)
			}
			defer os.Chdir(dir)
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			var out, errb bytes.Buffer
			in := py.NewInterp(py.Config{Library: lib.Files, LibraryPath: py.StdlibPath()[0], Argv: []string{f}, Path: append([]string{"."}, py.StdlibPath()...), Stdout: &out, Stderr: &errb, Stdin: strings.NewReader(""), Modules: modules.Standard()})
			th := in.Main()
			exc := th.RunMain(f, src)
			status := th.ExitStatus(exc)
			in.Flush()
			lines := strings.Split(strings.TrimSpace(out.String()), "\n")
			last := lines[len(lines)-1]
			if status != 0 || !strings.HasSuffix(last, "system errors 0") {
				t.Errorf("exit %d, last line %q\n%s%s", status, last, grep(out.String(), "SYSTEMERROR"), errb.String())
			}
		})
	}
}

func grep(s, sub string) string {
	var b strings.Builder
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, sub) {
			b.WriteString(l + "\n")
		}
	}
	return b.String()
}
