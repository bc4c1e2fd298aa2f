package main

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/kaa-python/kaa/internal/pyref"
)

// TestAstLib runs `kaa -m ast -a` (in process) over every .py file of CPython's Lib
// and compares each output with python3.13's (by SHA-256; tests/astlib/dump_lib.py
// computes python's in one process).
func TestAstLib(t *testing.T) {
	py := pyref.Find()
	if py == "" {
		t.Skip("python3.13 not found: skipping the Lib corpus comparison")
	}
	lib := pyref.Stdlib()
	var files []string
	filepath.Walk(lib, func(p string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() && strings.HasSuffix(p, ".py") {
			files = append(files, p)
		}
		return nil
	})
	sort.Strings(files)
	cmd := exec.Command(py, "../../tests/astlib/dump_lib.py")
	cmd.Stdin = strings.NewReader(strings.Join(files, "\n") + "\n")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("dump_lib.py: %v", err)
	}
	want := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		h, path, _ := strings.Cut(line, "\t")
		want[path] = h
	}
	same, rejected, bad := 0, 0, 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		got, err := astDump(f, src, "exec", true, true, 3)
		w := want[f]
		if strings.HasPrefix(w, "ERROR") {
			if err == nil {
				bad++
				t.Errorf("%s: python3.13 rejects it (%s) but kaa parsed it", f, w)
			} else {
				rejected++
			}
			continue
		}
		if err != nil {
			bad++
			if bad <= 20 {
				t.Errorf("%s: %v", f, err)
			}
			continue
		}
		sum := sha256.Sum256([]byte(got + "\n"))
		if hex.EncodeToString(sum[:]) != w {
			bad++
			if bad <= 20 {
				t.Errorf("%s: dump differs from python3.13's%s", f, firstDumpDiff(py, f, got))
			}
			continue
		}
		same++
	}
	nErr := countErrors(want)
	t.Logf("kaa -m ast -a: %d identical of %d files CPython parses; %d of %d files CPython rejects are rejected",
		same, len(files)-nErr, rejected, nErr)
}

func countErrors(want map[string]string) int {
	n := 0
	for _, w := range want {
		if strings.HasPrefix(w, "ERROR") {
			n++
		}
	}
	return n
}

// firstDumpDiff re-runs python3.13 on one file to show the first differing line.
func firstDumpDiff(py, file, got string) string {
	out, err := exec.Command(py, "-m", "ast", "-a", file).Output()
	if err != nil {
		return ""
	}
	g, w := strings.Split(got, "\n"), strings.Split(string(out), "\n")
	for i := 0; i < len(g) && i < len(w); i++ {
		if g[i] != w[i] {
			lo := max(i-3, 0)
			for k := range g {
				if len(g[k]) > 200 {
					g[k] = g[k][:200]
				}
			}
			for k := range w {
				if len(w[k]) > 200 {
					w[k] = w[k][:200]
				}
			}
			return "\n  at line " + strconv.Itoa(i+1) + ":\n  got:  " + strings.Join(g[lo:i+1], "\n        ") + "\n  want: " + strings.Join(w[lo:i+1], "\n        ")
		}
	}
	return "\n  (one output is a prefix of the other)"
}
