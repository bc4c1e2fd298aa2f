// Package kaatest builds the real kaa binary for tests that run it as a user would
// (python3.13 itself is found by internal/pyref).
package kaatest

import (
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
)

var (
	buildOnce sync.Once
	buildExe  string
	buildErr  error
	buildOut  []byte
)

// Kaa builds the kaa command once per test binary and returns its path.
func Kaa(t testing.TB) string {
	t.Helper()
	buildOnce.Do(func() {
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
