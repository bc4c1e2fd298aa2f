// Package kaatest builds and runs the real kaa binary for tests that use it as a user
// would (python3.13 itself is found by internal/pyref).
package kaatest

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

var (
	buildOnce sync.Once
	buildExe  string
	buildErr  error
	buildOut  []byte
)

// sourceDirs are the packages the kaa binary is built from. Kaa reads their Go files
// so that `go test`, which caches a result by the files a test opens, reruns the
// test when the binary it builds would change.
// Trees listed with a trailing "/..." are read with every directory below them.
var sourceDirs = []string{"cmd/kaa", "py", "compile", "bytecode", "marshal", "constant", "syntax/token", "syntax/scanner", "syntax/ast", "syntax/parser", "modules/...", "lib/...", "internal/..."}

// Kaa builds the kaa command once per test binary and returns its path.
func Kaa(t testing.TB) string {
	t.Helper()
	buildOnce.Do(func() {
		if root := moduleRoot(); root != "" {
			for _, d := range sourceDirs {
				if tree, ok := strings.CutSuffix(d, "/..."); ok {
					filepath.WalkDir(filepath.Join(root, tree), func(path string, e os.DirEntry, err error) error {
						if err == nil && !e.IsDir() && (strings.HasSuffix(path, ".go") || strings.HasSuffix(path, ".py")) {
							os.ReadFile(path)
						}
						return nil
					})
					continue
				}
				files, _ := filepath.Glob(filepath.Join(root, d, "*.go"))
				for _, f := range files {
					os.ReadFile(f)
				}
			}
		}
		dir, err := os.MkdirTemp("", "kaatest")
		if err != nil {
			buildErr = err
			return
		}
		buildExe = filepath.Join(dir, "kaa")
		buildOut, buildErr = exec.Command("go", "build", "-o", buildExe, "github.com/kaa-python/kaa/cmd/kaa").CombinedOutput()
	})
	if buildErr != nil {
		t.Fatalf("go build kaa: %v\n%s", buildErr, buildOut)
	}
	return buildExe
}

// moduleRoot is the directory holding go.mod, above the test's working directory.
func moduleRoot() string {
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		up := filepath.Dir(dir)
		if up == dir {
			return ""
		}
		dir = up
	}
}

// Run runs exe with args in dir, with env as its whole environment and stdin as its
// standard input (nil: empty), and returns its output and exit status. A failure to
// start it fails the test.
func Run(t testing.TB, exe, dir string, env []string, stdin io.Reader, args ...string) (stdout, stderr string, status int) {
	return RunInterrupting(t, exe, dir, env, stdin, 0, args...)
}

// RunInterrupting is Run that also sends SIGINT (Ctrl-C) to the program after each of
// the first interrupts lines of its standard output that end in "ready", 200 ms
// after the line, so the program is running again when the signal comes (and kaa
// has installed its handler, 25 ms after it started); its
// standard input then stays open after stdin's text until 200 ms after the last
// signal. The
// status is what Python's subprocess reports: the exit code, or -N for a death by
// signal N. A program still running after a minute is killed.
func RunInterrupting(t testing.TB, exe, dir string, env []string, stdin io.Reader, interrupts int, args ...string) (stdout, stderr string, status int) {
	t.Helper()
	cmd := exec.Command(exe, args...)
	cmd.Dir, cmd.Env, cmd.Stdin = dir, env, stdin
	// Tracebacks without colour (as the recorded python3.13 output), whatever
	// NO_COLOR or FORCE_COLOR the environment has, unless the test says otherwise.
	if !slices.ContainsFunc(env, func(kv string) bool { return strings.HasPrefix(kv, "PYTHON_COLORS=") }) {
		cmd.Env = append(slices.Clip(env), "PYTHON_COLORS=0")
	}
	var in io.WriteCloser
	if interrupts > 0 {
		// Standard input stays open after stdin's text, so that a read blocks.
		cmd.Stdin = nil
		var err error
		if in, err = cmd.StdinPipe(); err != nil {
			t.Fatal(err)
		}
	}
	var out, errb bytes.Buffer
	cmd.Stderr = &errb
	pipe, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	if in != nil && stdin != nil {
		go io.Copy(in, stdin)
	}
	timer := time.AfterFunc(time.Minute, func() { cmd.Process.Kill() })
	defer timer.Stop()
	r := bufio.NewReader(pipe)
	for {
		line, err := r.ReadString('\n')
		out.WriteString(line)
		if interrupts > 0 && strings.HasSuffix(line, "ready\n") {
			interrupts--
			time.Sleep(200 * time.Millisecond)
			cmd.Process.Signal(os.Interrupt)
			if interrupts == 0 {
				time.AfterFunc(200*time.Millisecond, func() { in.Close() })
			}
		}
		if err != nil {
			break
		}
	}
	if err := cmd.Wait(); err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			t.Fatal(err)
		}
		status = ee.ExitCode()
		if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			status = -int(ws.Signal())
		}
	}
	return out.String(), errb.String(), status
}
