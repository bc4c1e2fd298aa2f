// Package stdlib_test runs the standard library's behaviour programs: each NAME.py
// runs under the real kaa binary (with no CPython Lib anywhere on its path) and its
// standard output and exit status must equal python3.13's (NAME.out, NAME.rc;
// regenerate with gen.sh). Programs that reach the operating system work in
// temporary directories they make themselves. NAME.env, if present, adds
// environment variables (KEY=VALUE lines: a fixed TZ, for example).
package stdlib_test

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/kaa-python/kaa/internal/kaatest"
)

func TestPrograms(t *testing.T) {
	exe := kaatest.Kaa(t)
	files, _ := filepath.Glob("*.py")
	if len(files) == 0 {
		t.Fatal("no programs")
	}
	env := append(os.Environ(), "PYTHONHASHSEED=0")
	for _, f := range files {
		name := strings.TrimSuffix(f, ".py")
		t.Run(name, func(t *testing.T) {
			want, err := os.ReadFile(name + ".out")
			if err != nil {
				t.Fatalf("no expected output (run gen.sh): %v", err)
			}
			wantRC := 0
			if rc, err := os.ReadFile(name + ".rc"); err == nil {
				wantRC, _ = strconv.Atoi(strings.TrimSpace(string(rc)))
			}
			env := env
			if extra, err := os.ReadFile(name + ".env"); err == nil {
				env = append(slices.Clip(env), strings.Fields(string(extra))...)
			}
			out, stderr, rc := kaatest.Run(t, exe, ".", env, nil, f)
			if out != string(want) || rc != wantRC {
				t.Errorf("status %d (want %d)\n--- got\n%s\n--- want\n%s\n--- stderr\n%s", rc, wantRC, out, want, stderr)
			}
		})
	}
}
