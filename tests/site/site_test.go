// Package site checks start-up's site processing against python3.13: each
// cases/NAME.sh is a bash script that sets up site-packages folders, .pth files,
// virtual environments or packages installed by pip in a fresh temporary
// directory, and runs the interpreter PY on them; cases/NAME.out and NAME.err hold
// what it printed with PY=python3.13 (gen.sh), the directory's path replaced by
// TMP. The test runs the scripts with PY=kaa. Scripts that set things up with
// python3.13 itself (REF: venv, pip) are skipped when it is absent.
package site

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kaa-python/kaa/internal/kaatest"
	"github.com/kaa-python/kaa/internal/pyref"
)

func TestSite(t *testing.T) {
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("no bash")
	}
	scripts, _ := filepath.Glob("cases/*.sh")
	if len(scripts) == 0 {
		t.Fatal("no cases")
	}
	kaa := kaatest.Kaa(t)
	ref := pyref.Find()
	for _, s := range scripts {
		name := strings.TrimSuffix(filepath.Base(s), ".sh")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(s)
			if err != nil {
				t.Fatal(err)
			}
			if ref == "" && strings.Contains(string(src), "$REF") {
				t.Skip("python3.13 not found (needed to set the case up)")
			}
			want := func(ext string) string {
				b, err := os.ReadFile(strings.TrimSuffix(s, ".sh") + "." + ext)
				if err != nil {
					t.Fatal(err)
				}
				return string(b)
			}
			tmp, err := filepath.EvalSymlinks(t.TempDir())
			if err != nil {
				t.Fatal(err)
			}
			abs, _ := filepath.Abs(s)
			cmd := exec.Command(bash, abs)
			cmd.Dir = tmp
			var env []string
			for _, kv := range os.Environ() {
				k, _, _ := strings.Cut(kv, "=")
				switch k {
				case "PYTHONPATH", "PYTHONSTARTUP", "PYTHONUSERBASE", "PYTHONNOUSERSITE", "PY", "REF", "HOME":
				default:
					env = append(env, kv)
				}
			}
			cmd.Env = append(env, "PYTHON_COLORS=0", "PY="+kaa, "REF="+ref, "HOME="+tmp+"/home")
			var out, errOut strings.Builder
			cmd.Stdout, cmd.Stderr = &out, &errOut
			cmd.Run()
			gotOut := strings.ReplaceAll(out.String(), tmp, "TMP")
			gotErr := strings.ReplaceAll(errOut.String(), tmp, "TMP")
			if w := want("out"); gotOut != w {
				t.Errorf("--- kaa stdout\n%s--- python3.13 stdout\n%s", gotOut, w)
			}
			if w := want("err"); gotErr != w {
				t.Errorf("--- kaa stderr\n%s--- python3.13 stderr\n%s", gotErr, w)
			}
		})
	}
}
