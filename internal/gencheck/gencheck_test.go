package gencheck

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"go/format"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/kaa-python/kaa/internal/pyref"
)

// directive is one //go:generate line. Most are of the form
//
//	//go:generate sh -c "COMMAND [| gofmt] > OUTPUT"
//	//go:generate sh -c "COMMAND > OUTPUT && gofmt -w OUTPUT"
//
// (the generator prints the file), which TestRegenerate checks. A generator that
// writes its files itself (lib's, which runs Kaa's compiler) has any other form
// (out is then ""): its package's own test must check that they are current, and
// every generated file of its directory counts as made by it.
type directive struct {
	dir, file string // the package directory and the file holding the line
	cmd       string // COMMAND
	gofmt     bool
	out       string // OUTPUT, relative to dir
}

var (
	directiveRe = regexp.MustCompile(`^//go:generate sh -c "(.+?)(\s*\|\s*gofmt)?\s*>\s*(\S+)"$`)
	// the same with gofmt run afterwards: sh -c "COMMAND > OUTPUT && gofmt -w OUTPUT"
	directiveGofmtWRe = regexp.MustCompile(`^//go:generate sh -c "(.+?)\s*>\s*(\S+) && gofmt -w (\S+)"$`)
)

// generatedRe matches the header Go's convention gives generated files.
var generatedRe = regexp.MustCompile(`(?m)^// Code generated .* DO NOT EDIT\.?$`)

func repoRoot(t *testing.T) string {
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		t.Fatal("no go.mod at", root)
	}
	return root
}

// scan returns the repository's generate directives, and its Go files that say
// they are generated.
func scan(t *testing.T, root string) (ds []directive, generated []string) {
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if n := d.Name(); p != root && (strings.HasPrefix(n, ".") || n == "testdata") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(p, ".go") {
			return nil
		}
		src, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		head := src
		if i := bytes.Index(head, []byte("\npackage ")); i >= 0 {
			head = head[:i]
		}
		if generatedRe.Match(head) {
			generated = append(generated, p)
		}
		sc := bufio.NewScanner(bytes.NewReader(src))
		for sc.Scan() {
			line := sc.Text()
			if !strings.HasPrefix(line, "//go:generate ") {
				continue
			}
			if m := directiveGofmtWRe.FindStringSubmatch(line); m != nil && m[2] == m[3] {
				ds = append(ds, directive{dir: filepath.Dir(p), file: p, cmd: m[1], gofmt: true, out: m[2]})
				continue
			}
			m := directiveRe.FindStringSubmatch(line)
			if m == nil {
				ds = append(ds, directive{dir: filepath.Dir(p), file: p, cmd: strings.TrimPrefix(line, "//go:generate ")})
				continue
			}
			ds = append(ds, directive{dir: filepath.Dir(p), file: p, cmd: m[1], gofmt: m[2] != "", out: m[3]})
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return ds, generated
}

// TestGeneratedFilesHaveDirectives checks that every file that says it is
// generated is the output of some //go:generate line.
func TestGeneratedFilesHaveDirectives(t *testing.T) {
	root := repoRoot(t)
	ds, generated := scan(t, root)
	outs := map[string]bool{}
	selfWriting := map[string]bool{} // directories whose generator writes its own files
	for _, d := range ds {
		if d.out == "" {
			selfWriting[d.dir] = true
			continue
		}
		outs[filepath.Join(d.dir, d.out)] = true
	}
	for _, g := range generated {
		if !outs[g] && !selfWriting[filepath.Dir(g)] {
			rel, _ := filepath.Rel(root, g)
			t.Errorf("%s is generated but no //go:generate line makes it", rel)
		}
	}
}

// TestRegenerate runs every generator and compares what it prints with the
// committed file.
func TestRegenerate(t *testing.T) {
	py := pyref.Find()
	root := repoRoot(t)
	ds, _ := scan(t, root)
	env := os.Environ()
	if py != "" {
		env = append(env, "PATH="+filepath.Dir(py)+string(os.PathListSeparator)+os.Getenv("PATH"), "PYENV_VERSION=3.13.0")
	}
	for _, d := range ds {
		if d.out == "" {
			continue // checked by its package's own test
		}
		rel, _ := filepath.Rel(root, filepath.Join(d.dir, d.out))
		t.Run(rel, func(t *testing.T) {
			if py == "" && strings.Contains(d.cmd, "python3.13") {
				t.Skip("python3.13 not found")
			}
			want, err := os.ReadFile(filepath.Join(d.dir, d.out))
			if err != nil {
				t.Fatal(err)
			}
			cmd := exec.Command("sh", "-c", d.cmd)
			cmd.Dir, cmd.Env = d.dir, env
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			got, err := cmd.Output()
			if err != nil {
				t.Fatalf("%s: %v\n%s", d.cmd, err, stderr.Bytes())
			}
			if d.gofmt {
				if got, err = format.Source(got); err != nil {
					t.Fatalf("%s: output does not format: %v", d.cmd, err)
				}
			}
			if strings.HasSuffix(d.out, ".gz") { // compare what is compressed
				got, want = gunzip(t, got), gunzip(t, want)
			}
			if !bytes.Equal(got, want) {
				rf, _ := filepath.Rel(root, d.file)
				t.Errorf("%s differs from what its generator prints now: run go generate in %s (directive in %s)\n%s",
					rel, filepath.Dir(rf), rf, firstDiff(got, want))
			}
		})
	}
}

func gunzip(t *testing.T, b []byte) []byte {
	r, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	out, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// firstDiff describes the first line where got and want differ.
func firstDiff(got, want []byte) string {
	g, w := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			if len(gl) > 200 {
				gl = gl[:200] + "…"
			}
			if len(wl) > 200 {
				wl = wl[:200] + "…"
			}
			return "line " + strconv.Itoa(i+1) + ":\n  regenerated: " + gl + "\n  committed:   " + wl
		}
	}
	return ""
}
