package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/kaa-python/kaa/internal/pyref"
)

var codeAddr = regexp.MustCompile(` at 0x[0-9a-f]+`)

// TestDisCLI runs `kaa -m dis` on the compiler's test programs and compares the
// output with `python3.13 -m dis` on the same file (code addresses masked).
func TestDisCLI(t *testing.T) {
	py := pyref.Find()
	if py == "" {
		t.Skip("python3.13 not found: skipping the dis comparison")
	}
	data, err := os.ReadFile("../../compile/testdata/code.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct{ Src string }
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	same := 0
	for i, c := range cases {
		f := filepath.Join(dir, "prog"+strconv.Itoa(i+1)+".py")
		os.WriteFile(f, []byte(c.Src), 0o644)
		want, err := exec.Command(py, "-m", "dis", f).Output()
		if err != nil {
			t.Fatalf("python3.13 -m dis %s: %v", f, err)
		}
		var out, errb bytes.Buffer
		if code := disMain([]string{f}, strings.NewReader(""), &out, &errb); code != 0 {
			t.Errorf("%q: exit %d: %s", c.Src, code, errb.String())
			continue
		}
		g := codeAddr.ReplaceAllString(out.String(), " at 0x?")
		w := codeAddr.ReplaceAllString(string(want), " at 0x?")
		if g != w {
			t.Errorf("%q: kaa -m dis differs from python3.13 -m dis:\n%s\n---\n%s", c.Src, g, w)
			continue
		}
		same++
	}
	t.Logf("kaa -m dis: %d of %d programs identical to python3.13 -m dis", same, len(cases))
}
