package hostile_test

import (
	"bufio"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/kaa-python/kaa/internal/kaatest"
)

// TestHostilePyc runs the .pyc corpus of pyc/ (written by pyc/gen.py): code
// objects no compiler makes. Kaa must end each with exit status 0 or 1 and a
// Python exception (SystemError for what CPython would execute blindly), never a
// Go crash; where python3.13 finished, the output and exception type must match.
func TestHostilePyc(t *testing.T) {
	exe := kaatest.Kaa(t)
	f, err := os.Open(filepath.Join("pyc", "expected.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	n := 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		name, rest, _ := strings.Cut(sc.Text(), " ")
		n++
		t.Run(name, func(t *testing.T) {
			env := []string{"PYTHONHASHSEED=0", "PATH=" + os.Getenv("PATH"), "HOME=" + os.Getenv("HOME")}
			out, stderr, rc := kaatest.Run(t, "/bin/sh", "pyc", env, nil,
				"-c", `ulimit -v `+memLimitKB+` && exec "$0" "$@"`, exe, name+".pyc")
			for _, bad := range []string{"goroutine ", "Fatal Python error", "fatal error:", "panic:"} {
				if strings.Contains(stderr, bad) {
					t.Fatalf("stderr shows a crash (%q):\n%s", bad, tail(stderr))
				}
			}
			if rc != 0 && rc != 1 {
				t.Fatalf("exit status %d\nstderr:\n%s", rc, tail(stderr))
			}
			if rc == 1 && finalException(stderr) == "" {
				t.Errorf("exit status 1 without a Python exception:\n%s", tail(stderr))
			}
			if rest == "crash" {
				return
			}
			fields := strings.SplitN(rest, " ", 3)
			wantRC, _ := strconv.Atoi(strings.TrimPrefix(fields[0], "rc="))
			wantExc := strings.TrimPrefix(fields[1], "exc=")
			wantOut, err := strconv.Unquote(pyStr(strings.TrimPrefix(fields[2], "out=")))
			if err != nil {
				t.Fatalf("bad expected.txt line: %v", err)
			}
			if rc != wantRC || out != wantOut {
				t.Errorf("exit %d, stdout %q; want %d, %q\nstderr:\n%s", rc, out, wantRC, wantOut, tail(stderr))
			}
			if wantRC == 1 {
				if got := finalException(stderr); got != wantExc {
					t.Errorf("final exception %q, want %q\nstderr:\n%s", got, wantExc, tail(stderr))
				}
			}
		})
	}
	if n == 0 {
		t.Fatal("empty corpus")
	}
}

// pyStr turns the repr of a Python str (quoted with ' or ") into a Go string
// literal strconv.Unquote reads (the corpus's outputs are ASCII).
func pyStr(r string) string {
	if strings.HasPrefix(r, "'") {
		body := r[1 : len(r)-1]
		body = strings.ReplaceAll(body, `\'`, `'`)
		body = strings.ReplaceAll(body, `"`, `\"`)
		return `"` + body + `"`
	}
	return r
}
