package marshal_test

import (
	"os/exec"
	"strings"
	"testing"

	"github.com/kaa-python/kaa/internal/kaatest"
	"github.com/kaa-python/kaa/internal/pyref"
)

// compilerDifferences are the Lib modules whose code Kaa's compiler still makes
// differently from python3.13's (so their marshalled bytes differ too).
var compilerDifferences = map[string]bool{
	"_osx_support.py": true, "ftplib.py": true, "pydoc.py": true, "symtable.py": true,
}

// TestLibCodeDumps compiles every top-level module of python3.13's Lib in both
// interpreters and compares marshal.dumps of the code objects: the bytes, FLAG_REF
// bits and references included, must be python3.13's.
func TestLibCodeDumps(t *testing.T) {
	py := pyref.Find()
	if py == "" {
		t.Skip("python3.13 not found")
	}
	lib := pyref.Stdlib()
	want, err := exec.Command(py, "testdata/lib_dumps.py", lib).Output()
	if err != nil {
		t.Fatalf("python3.13: %v", err)
	}
	got, stderr, status := kaatest.Run(t, kaatest.Kaa(t), ".", []string{"PYTHONHASHSEED=0"}, nil, "testdata/lib_dumps.py", lib)
	if status != 0 {
		t.Fatalf("kaa exited %d: %s", status, stderr)
	}
	wantLines := strings.Split(strings.TrimSpace(string(want)), "\n")
	gotLines := strings.Split(strings.TrimSpace(got), "\n")
	if len(wantLines) != len(gotLines) {
		t.Fatalf("kaa listed %d modules, python3.13 %d", len(gotLines), len(wantLines))
	}
	same := 0
	for i, w := range wantLines {
		name := strings.Fields(w)[0]
		switch {
		case gotLines[i] == w:
			same++
		case !compilerDifferences[name]:
			t.Errorf("%s: kaa %q, python3.13 %q", name, gotLines[i], w)
		}
	}
	t.Logf("%d of %d Lib modules marshal byte for byte as python3.13's", same, len(wantLines))
}
