package sre_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/kaa-python/kaa/lib"
	"github.com/kaa-python/kaa/modules"
	"github.com/kaa-python/kaa/py"
)

// run runs a Python program on a fresh interpreter with the standard modules.
func run(t *testing.T, file string, src []byte, argv ...string) string {
	t.Helper()
	var out, errb bytes.Buffer
	in := py.NewInterp(py.Config{Library: lib.Files, LibraryPath: py.StdlibPath()[0], Argv: append([]string{file}, argv...),
		Path: append([]string{"."}, py.StdlibPath()...), Stdout: &out, Stderr: &errb, Stdin: strings.NewReader(""), Modules: modules.Standard()})
	th := in.Main()
	exc := th.RunMain(file, src)
	status := th.ExitStatus(exc)
	in.Flush()
	if status != 0 {
		t.Fatalf("exit %d\n%s%s", status, out.String(), errb.String())
	}
	return out.String()
}

// TestCorpus runs python3.13's code lists (testdata/cases.json, from gen.py)
// on the engine and compares every answer with python3.13's.
func TestCorpus(t *testing.T) {
	src, err := readFile("testdata/driver.py")
	if err != nil {
		t.Fatal(err)
	}
	out := run(t, "testdata/driver.py", src, "testdata/cases.json")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	last := lines[len(lines)-1]
	if !strings.HasSuffix(last, "mismatches 0") {
		if len(out) > 20000 {
			out = out[:20000]
		}
		t.Errorf("%s\n%s", last, out)
	}
	t.Log(last)
}

// TestThreads matches one pattern from several threads at once: the engine
// offers the interpreter lock during long matches, and the pattern's lazily
// made set tables are shared (run with -race).
func TestThreads(t *testing.T) {
	prog := `
import re, threading
p = re.compile(r'(\w)@(\w)|c{2}y')
text = ('abc' * 30000 + ' u@v ') * 3
res = []
def work():
    res.append((len(p.findall(text)), p.sub(r'\2', text).count('v')))
ts = [threading.Thread(target=work) for _ in range(4)]
for th in ts: th.start()
for th in ts: th.join()
print(res)
`
	out := run(t, "threads.py", []byte(prog))
	if want := "[(3, 3), (3, 3), (3, 3), (3, 3)]\n"; out != want {
		t.Errorf("got %q, want %q", out, want)
	}
}
