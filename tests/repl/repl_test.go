// Package repl checks the interactive interpreter against python3.13's: each
// NAME.in here is fed as standard input to `kaa -q -i` (after NAME.py, or the
// command in NAME.cmd, when present; PYTHONSTARTUP names NAME.startup when that
// exists); NAME.out, NAME.err and NAME.rc hold
// python3.13's standard output, standard error (with this directory's path removed)
// and exit status for the same command line, made by gen.sh.
package repl

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/kaa-python/kaa/internal/kaatest"
)

func TestREPL(t *testing.T) {
	dir, err := filepath.Abs(".")
	if err != nil {
		t.Fatal(err)
	}
	kaa := kaatest.Kaa(t)
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "PYTHONSTARTUP=") {
			env = append(env, kv)
		}
	}
	env = append(env, "PYTHONDONTWRITEBYTECODE=1", "PYTHONHASHSEED=0")
	files, _ := filepath.Glob("*.in")
	if len(files) == 0 {
		t.Fatal("no inputs")
	}
	pass := 0
	for _, f := range files {
		name := strings.TrimSuffix(f, ".in")
		ok := t.Run(name, func(t *testing.T) {
			want := map[string]string{}
			for _, ext := range []string{".out", ".err", ".rc"} {
				b, err := os.ReadFile(name + ext)
				if err != nil {
					t.Fatal(err)
				}
				want[ext] = string(b)
			}
			wantRC, _ := strconv.Atoi(strings.TrimSpace(want[".rc"]))
			args := []string{"-q", "-i"}
			if opts, err := os.ReadFile(name + ".opts"); err == nil {
				args = append(args, strings.Fields(string(opts))...)
			}
			if _, err := os.Stat(name + ".py"); err == nil {
				args = append(args, name+".py")
			} else if cmd, err := os.ReadFile(name + ".cmd"); err == nil {
				args = append(args, "-c", strings.TrimSuffix(string(cmd), "\n"))
			}
			in, err := os.Open(f)
			if err != nil {
				t.Fatal(err)
			}
			defer in.Close()
			cmdEnv := env
			if _, err := os.Stat(name + ".startup"); err == nil {
				cmdEnv = append(env[:len(env):len(env)], "PYTHONSTARTUP="+name+".startup")
			}
			stdout, stderr, rc := kaatest.Run(t, kaa, dir, cmdEnv, in, args...)
			gotErr := strings.ReplaceAll(stderr, dir+string(filepath.Separator), "")
			if stdout != want[".out"] {
				t.Errorf("stdout differs\n--- kaa\n%s--- python3.13\n%s", stdout, want[".out"])
			}
			if gotErr != want[".err"] {
				t.Errorf("stderr differs\n--- kaa\n%s--- python3.13\n%s", gotErr, want[".err"])
			}
			if rc != wantRC {
				t.Errorf("exit %d, want %d", rc, wantRC)
			}
		})
		if ok {
			pass++
		}
	}
	t.Logf("%d of %d sessions equal python3.13's", pass, len(files))
}
