package hostile_test

import (
	"os"
	"strings"
	"testing"

	"github.com/kaa-python/kaa/internal/kaatest"
)

// TestBeyondCPython runs the programs of beyond/: hostile input that kills
// python3.13 itself (a C stack overflow) or keeps it computing for minutes, so
// there is no output of its to compare with. Kaa must end each with exit status
// 0, every line the program prints naming the expected exception or saying it is
// still running, and no crash.
func TestBeyondCPython(t *testing.T) {
	exe := kaatest.Kaa(t)
	want := map[string]string{
		"deep_iterators": "RecursionError: maximum recursion depth exceeded",
		"impossible_pow": "MemoryError",
	}
	for name, marker := range want {
		t.Run(name, func(t *testing.T) {
			env := []string{"PATH=" + os.Getenv("PATH"), "HOME=" + os.Getenv("HOME")}
			out, stderr, rc := kaatest.Run(t, "/bin/sh", "beyond", env, nil,
				"-c", `ulimit -v `+memLimitKB+` && exec "$0" "$@"`, exe, name+".py")
			if rc != 0 {
				t.Fatalf("exit status %d\nstderr:\n%s", rc, tail(stderr))
			}
			lines := strings.Split(strings.TrimSpace(out), "\n")
			if len(lines) < 2 || lines[len(lines)-1] != "still running" {
				t.Fatalf("output:\n%s", out)
			}
			for _, l := range lines[:len(lines)-1] {
				if !strings.Contains(l, marker) {
					t.Errorf("line %q", l)
				}
			}
		})
	}
}
