package main

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/kaa-python/kaa/bytecode"
	"github.com/kaa-python/kaa/internal/pyref"
	"github.com/kaa-python/kaa/marshal"
	"github.com/kaa-python/kaa/py"
)

// compileCases is testdata/compileall/cases.json, written by gen.py from python3.13.
type compileCases struct {
	T0, T1    int64
	Tree      map[string]string
	Scenarios []struct {
		Name  string
		Steps []struct {
			Module string
			Args   []string
			Stdin  string
			Env    map[string]string
			Touch  []string
			Write  map[string]string
		}
		Results []struct {
			Stdout, Stderr string
			Code           int
			Pycs           map[string]struct {
				Header    string
				Filenames []string
			}
		}
	}
}

func loadCompileCases(t *testing.T) *compileCases {
	data, err := os.ReadFile("testdata/compileall/cases.json")
	if err != nil {
		t.Fatal(err)
	}
	var c compileCases
	if err := json.Unmarshal(data, &c); err != nil {
		t.Fatal(err)
	}
	return &c
}

// buildTree writes the scenario tree under root: "@target" entries are symlinks,
// files get mtime t0.
func buildTree(t *testing.T, root string, tree map[string]string, t0 int64) {
	for rel, text := range tree {
		p := filepath.Join(root, rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if strings.HasPrefix(text, "@") {
			if err := os.Symlink(text[1:], p); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		setMtime(t, p, t0)
	}
}

func setMtime(t *testing.T, p string, sec int64) {
	tm := time.Unix(sec, 0)
	if err := os.Chtimes(p, tm, tm); err != nil {
		t.Fatal(err)
	}
}

// codeFilenames collects co_filename of code and its nested code objects.
func codeFilenames(c *bytecode.Code, out map[string]bool) {
	out[c.Filename] = true
	for _, k := range c.Consts {
		if n, ok := k.(*bytecode.Code); ok {
			codeFilenames(n, out)
		}
	}
}

// runCompileCases replays each scenario of cases.json for module (compileall or
// py_compile) in a fresh tree and compares stdout, stderr, exit status and the .pyc
// files left (headers byte for byte, recorded filenames) with python3.13's.
func runCompileCases(t *testing.T, module string) {
	cases := loadCompileCases(t)
	n := 0
	for _, sc := range cases.Scenarios {
		if sc.Steps[0].Module != module {
			continue
		}
		n++
		t.Run(sc.Name, func(t *testing.T) {
			tmp, err := filepath.EvalSymlinks(t.TempDir())
			if err != nil {
				t.Fatal(err)
			}
			buildTree(t, tmp, cases.Tree, cases.T0)
			t.Chdir(tmp)
			for i, st := range sc.Steps {
				want := sc.Results[i]
				for _, rel := range st.Touch {
					setMtime(t, filepath.Join(tmp, rel), cases.T1)
				}
				for rel, text := range st.Write {
					if err := os.WriteFile(filepath.Join(tmp, strings.ReplaceAll(rel, "TAG", py.CacheTag)), []byte(text), 0o644); err != nil {
						t.Fatal(err)
					}
				}
				t.Setenv("SOURCE_DATE_EPOCH", st.Env["SOURCE_DATE_EPOCH"])
				args := make([]string, len(st.Args))
				for k, a := range st.Args {
					args[k] = strings.ReplaceAll(a, "TMP", tmp)
				}
				var stdout, stderr bytes.Buffer
				var code int
				if module == "compileall" {
					code = compileallMain(args, testToolEnv(), strings.NewReader(st.Stdin), &stdout, &stderr)
				} else {
					code = pyCompileMainTo(args, 0, strings.NewReader(st.Stdin), &stdout, &stderr)
				}
				norm := func(s string) string {
					return strings.ReplaceAll(strings.ReplaceAll(s, tmp, "TMP"), py.CacheTag, "TAG")
				}
				gotOut, gotErr, wantOut, wantErr := norm(stdout.String()), norm(stderr.String()), want.Stdout, want.Stderr
				if slices.Contains(st.Args, "-j") {
					// Workers print in the order they finish.
					gotOut, wantOut = sortedLines(gotOut), sortedLines(wantOut)
				}
				if strings.HasPrefix(wantErr, "Traceback") {
					// CPython's traceback shows its own source lines: compare the
					// exception line.
					gotErr, wantErr = lastLine(gotErr), lastLine(wantErr)
				}
				step := strings.Join(st.Args, " ")
				if code != want.Code {
					t.Errorf("step %d (%s): exit %d, want %d", i, step, code, want.Code)
				}
				if gotOut != wantOut {
					t.Errorf("step %d (%s): stdout\n%s\nwant\n%s", i, step, gotOut, wantOut)
				}
				if gotErr != wantErr {
					t.Errorf("step %d (%s): stderr\n%s\nwant\n%s", i, step, gotErr, wantErr)
				}
				got := map[string]bool{}
				filepath.Walk(tmp, func(p string, fi os.FileInfo, err error) error {
					if err != nil || !strings.HasSuffix(p, ".pyc") {
						return nil
					}
					rel, _ := filepath.Rel(tmp, p)
					rel = strings.ReplaceAll(rel, py.CacheTag, "TAG")
					got[rel] = true
					w, ok := want.Pycs[rel]
					if !ok {
						t.Errorf("step %d (%s): kaa wrote %s, python3.13 did not", i, step, rel)
						return nil
					}
					data, err := os.ReadFile(p)
					if err != nil {
						t.Error(err)
						return nil
					}
					if h := hex.EncodeToString(data[:min(16, len(data))]); h != w.Header {
						t.Errorf("step %d (%s): %s header %s, want %s", i, step, rel, h, w.Header)
					}
					if w.Filenames == nil {
						return nil
					}
					_, code, err := marshal.ReadPyc(p, data)
					if err != nil {
						t.Errorf("step %d (%s): %s: %v", i, step, rel, err)
						return nil
					}
					names := map[string]bool{}
					codeFilenames(code, names)
					var list []string
					for n := range names {
						list = append(list, strings.ReplaceAll(n, tmp, "TMP"))
					}
					slices.Sort(list)
					if !slices.Equal(list, w.Filenames) {
						t.Errorf("step %d (%s): %s co_filenames %q, want %q", i, step, rel, list, w.Filenames)
					}
					return nil
				})
				for rel := range want.Pycs {
					if !got[rel] {
						t.Errorf("step %d (%s): python3.13 wrote %s, kaa did not", i, step, rel)
					}
				}
			}
		})
	}
	t.Logf("%d %s scenarios", n, module)
}

func sortedLines(s string) string {
	lines := strings.Split(s, "\n")
	slices.Sort(lines)
	return strings.Join(lines, "\n")
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return lines[len(lines)-1]
}

// TestCompileallCLI compares kaa -m compileall with python3.13 -m compileall.
func TestCompileallCLI(t *testing.T) { runCompileCases(t, "compileall") }

// pycCheck is run by python3.13 on each .pyc kaa wrote: it checks the magic number
// and the flags word, unmarshals the code object and executes it.
const pycCheck = `
import marshal, sys
want = int(sys.argv[1])
for path in sys.argv[2:]:
    data = open(path, 'rb').read()
    assert data[:4] == (3571).to_bytes(2, 'little') + b'\r\n', path
    flags = int.from_bytes(data[4:8], 'little')
    assert flags == want, (path, flags, want)
    code = marshal.loads(data[16:])
    exec(code, {'__name__': 'm', '__builtins__': __builtins__})
print('ok', len(sys.argv) - 2)
`

// TestCompileallPycsLoadInCPython compiles a tree with kaa -m compileall in each
// invalidation mode and has python3.13 load and run every .pyc written.
func TestCompileallPycsLoadInCPython(t *testing.T) {
	py := pyref.Find()
	if py == "" {
		t.Skip("python3.13 not found: skipping the .pyc loading test")
	}
	tree := map[string]string{
		"p/a.py":            "x = [i * 2 for i in range(3)]\nassert x == [0, 2, 4]\n",
		"p/q/__init__.py":   "def f(*a, **k):\n    return a, k\nassert f(1, b=2) == ((1,), {'b': 2})\n",
		"p/q/cls.py":        "class C:\n    '''doc'''\n    def m(self):\n        return __class__\nassert C().m() is C\n",
		"p/q/r/gen.py":      "def g():\n    yield from range(3)\nassert list(g()) == [0, 1, 2]\n",
		"p/q/r/__init__.py": "",
	}
	for _, mode := range []struct {
		arg   string
		flags int
	}{{"timestamp", 0}, {"checked-hash", 3}, {"unchecked-hash", 1}} {
		tmp := t.TempDir()
		buildTree(t, tmp, tree, 1_700_000_000)
		t.Chdir(tmp)
		var out, errb bytes.Buffer
		if code := compileallMain([]string{"-q", "-o", "0", "-o", "1", "-o", "2", "--invalidation-mode", mode.arg, "p"}, testToolEnv(), strings.NewReader(""), &out, &errb); code != 0 {
			t.Fatalf("%s: exit %d: %s%s", mode.arg, code, out.String(), errb.String())
		}
		var pycs []string
		filepath.Walk(tmp, func(p string, fi os.FileInfo, err error) error {
			if err == nil && strings.HasSuffix(p, ".pyc") {
				pycs = append(pycs, p)
			}
			return nil
		})
		if len(pycs) != 3*len(tree) {
			t.Errorf("%s: %d pycs written, want %d", mode.arg, len(pycs), 3*len(tree))
		}
		res, err := exec.Command(py, append([]string{"-c", pycCheck, strconv.Itoa(mode.flags)}, pycs...)...).CombinedOutput()
		if err != nil || string(res) != "ok "+strconv.Itoa(len(pycs))+"\n" {
			t.Errorf("%s: python3.13 loading kaa's pycs: %v\n%s", mode.arg, err, res)
		}
	}
}

// TestCompileallNoArgs checks `kaa -m compileall` without arguments: each sys.path
// entry (here the current directory, absolute so not skipped, and a missing
// archive) is compiled without recursion.
// (python3.13 also compiles its stdlib directories, so there is no CPython output
// to compare with.)
func TestCompileallNoArgs(t *testing.T) {
	tmp, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	buildTree(t, tmp, map[string]string{"top.py": "x = 1\n", "sub/deep.py": "y = 2\n"}, 1_700_000_000)
	t.Chdir(tmp)
	var out, errb bytes.Buffer
	code := compileallMain(nil, toolEnv{path: []string{tmp, filepath.Join(tmp, "missing.zip")}}, strings.NewReader(""), &out, &errb)
	want := "Listing '" + tmp + "'...\nCompiling '" + tmp + "/top.py'...\nListing '" + tmp + "/missing.zip'...\nCan't list '" + tmp + "/missing.zip'\n"
	if code != 0 || out.String() != want || errb.Len() != 0 {
		t.Errorf("exit %d, stdout %q, stderr %q; want 0, %q", code, out.String(), errb.String(), want)
	}
	if _, err := os.Stat(filepath.Join(tmp, "__pycache__", "top."+py.CacheTag+".pyc")); err != nil {
		t.Error(err)
	}
}

// testToolEnv is the tools' environment in the in-process tests: -O 0 and the
// sys.path kaa gives `-m` (the current directory, then the standard library).
func testToolEnv() toolEnv {
	wd, _ := os.Getwd()
	return toolEnv{path: append([]string{wd}, py.StdlibPath()...)}
}
