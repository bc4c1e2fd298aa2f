package hostile_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/kaa-python/kaa"
)

// TestHostSurvives runs every hostile program inside one Go process through the
// embedding API, each in its own interpreter: whatever the program does, Exec
// returns (nil or a *kaa.Error), the process lives on, the program's output is
// python3.13's, and the same interpreter then runs more code.
func TestHostSurvives(t *testing.T) {
	files, _ := filepath.Glob("*.py")
	for _, f := range files {
		name := strings.TrimSuffix(f, ".py")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			want, _ := os.ReadFile(name + ".out")
			var out, errOut bytes.Buffer
			in, err := kaa.New(kaa.Options{Stdout: &out, Stderr: &errOut, Argv: []string{f}})
			if err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
			defer cancel()
			err = in.Exec(ctx, string(src))
			var pe *kaa.Error
			if err != nil && !errors.As(err, &pe) {
				t.Fatalf("Exec: %v (not a Python exception)", err)
			}
			if pe != nil && strings.Contains(pe.Message, "internal error") {
				t.Errorf("internal error: %v", pe)
			}
			if _, err := os.Stat(name + ".rc"); err != nil && out.String() != string(want) {
				t.Errorf("stdout:\n%s\nwant:\n%s", tail(out.String()), tail(string(want)))
			}
			if v, err := in.Eval(context.Background(), "6 * 7"); err != nil || v != int64(42) {
				t.Errorf("the interpreter after the program: %v, %v", v, err)
			}
		})
	}
}
