// Package hostile_test runs the hostile-program corpus: programs written to crash an
// interpreter (deep recursion in Go code, impossible allocations, containers mutated
// during an operation, inconsistent code objects, signals). Each runs in the real kaa
// binary under an address-space limit, so that a regression cannot take the machine
// down, and its stdout, exit status and final exception type must equal python3.13's
// (NAME.out, NAME.rc, NAME.exc; regenerate with gen.sh). Kaa must never show a Go
// panic, a goroutine dump or an internal error.
package hostile_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/kaa-python/kaa/internal/kaatest"
)

// memLimitKB is the address-space limit (ulimit -v) of every program, as gen.sh gives
// python3.13.
const memLimitKB = "4000000"

var lastExc = regexp.MustCompile(`^([A-Za-z_][A-Za-z0-9_.]*)(:.*)?$`)

// finalException is the type of the exception a traceback on stderr ends with.
func finalException(stderr string) string {
	lines := strings.Split(strings.TrimRight(stderr, "\n"), "\n")
	for i := len(lines) - 1; i >= 0; i-- {
		if strings.TrimSpace(lines[i]) == "" {
			continue
		}
		if m := lastExc.FindStringSubmatch(lines[i]); m != nil {
			return m[1]
		}
		return ""
	}
	return ""
}

func TestHostile(t *testing.T) {
	exe := kaatest.Kaa(t)
	files, _ := filepath.Glob("*.py")
	if len(files) == 0 {
		t.Fatal("no programs")
	}
	for _, f := range files {
		t.Run(strings.TrimSuffix(f, ".py"), func(t *testing.T) { runHostile(t, exe, f, memLimitKB) })
	}
}

// deepMemLimitKB is the address-space limit of the programs of deep/, which
// recurse a million frames deep: Kaa's Go stack then takes 1 GB, and while Go
// copies it to grow it, the old half as well, besides about 0.8 GB of heap for
// the frames (python3.13 needs 0.25 GB in all). gen.sh gives python3.13 the same.
const deepMemLimitKB = "8000000"

// TestDeepRecursion runs deep/: recursion to sys.setrecursionlimit(10**6).
func TestDeepRecursion(t *testing.T) {
	exe := kaatest.Kaa(t)
	files, _ := filepath.Glob("deep/*.py")
	if len(files) == 0 {
		t.Fatal("no programs")
	}
	for _, f := range files {
		t.Run(strings.TrimSuffix(filepath.Base(f), ".py"), func(t *testing.T) { runHostile(t, exe, f, deepMemLimitKB) })
	}
}

// runHostile runs program f under an address-space limit and compares its
// stdout, exit status and final exception with python3.13's (gen.sh).
func runHostile(t *testing.T, exe, f, limitKB string) {
	name := strings.TrimSuffix(f, ".py")
	want, err := os.ReadFile(name + ".out")
	if err != nil {
		t.Fatalf("no expected output (run gen.sh): %v", err)
	}
	wantRC := 0
	if b, err := os.ReadFile(name + ".rc"); err == nil {
		wantRC, _ = strconv.Atoi(strings.TrimSpace(string(b)))
	}
	wantExc := ""
	if b, err := os.ReadFile(name + ".exc"); err == nil {
		wantExc = strings.TrimSpace(string(b))
	}
	env := []string{"PYTHONHASHSEED=0", "PATH=" + os.Getenv("PATH"), "HOME=" + os.Getenv("HOME")}
	out, stderr, rc := kaatest.Run(t, "/bin/sh", ".", env, nil,
		"-c", `ulimit -v `+limitKB+` && exec "$0" "$@"`, exe, f)
	for _, bad := range []string{"goroutine ", "internal error", "fatal error:", "panic:"} {
		if strings.Contains(stderr, bad) {
			t.Errorf("stderr shows a Go crash (%q):\n%s", bad, tail(stderr))
		}
	}
	if out != string(want) {
		t.Errorf("stdout:\n%s\nwant:\n%s", tail(out), tail(string(want)))
	}
	if rc != wantRC {
		t.Errorf("exit status %d, want %d\nstderr:\n%s", rc, wantRC, tail(stderr))
	}
	if wantRC > 0 {
		if got := finalException(stderr); got != wantExc {
			t.Errorf("final exception %q, want %q\nstderr:\n%s", got, wantExc, tail(stderr))
		}
	}
}

// tail is the end of a long output.
func tail(s string) string {
	if len(s) > 3000 {
		return "..." + s[len(s)-3000:]
	}
	return s
}
