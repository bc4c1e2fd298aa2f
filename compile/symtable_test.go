package compile

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/kaa-python/kaa/internal/pyref"
	"github.com/kaa-python/kaa/syntax/parser"
)

func dumpScope(b *strings.Builder, s *Scope, ind int) {
	fmt.Fprintf(b, "%s%d %s %d\n", strings.Repeat(" ", ind), s.Type, s.Name, s.Lineno)
	names := make([]string, 0, len(s.Symbols))
	for n := range s.Symbols {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(b, "%s  %s %d\n", strings.Repeat(" ", ind), n, s.Symbols[n])
	}
	for _, c := range s.Children {
		dumpScope(b, c, ind+2)
	}
}

func symtableOf(path string, src []byte) (string, error) {
	res, err := parser.Parse(path, src, parser.Exec, parser.Options{})
	if err != nil {
		return "", err
	}
	t, err := BuildSymtable(res.Tree, path, FutureAnnotations(res.Tree))
	if err != nil {
		return "", err
	}
	var b strings.Builder
	dumpScope(&b, t.Top, 0)
	return b.String(), nil
}

// TestSymtableLib compares the symbol tables of every Lib file with python3.13's
// symtable module.
func TestSymtableLib(t *testing.T) {
	py := pyref.Find()
	if py == "" {
		t.Skip("python3.13 not found: skipping the symtable comparison")
	}
	var files []string
	filepath.Walk(pyref.Stdlib(), func(p string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() && strings.HasSuffix(p, ".py") {
			files = append(files, p)
		}
		return nil
	})
	sort.Strings(files)
	cmd := exec.Command(py, "testdata/symtable_lib.py")
	cmd.Stdin = strings.NewReader(strings.Join(files, "\n") + "\n")
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{}
	for _, part := range strings.Split(string(out), "\x00FILE ")[1:] {
		name, body, _ := strings.Cut(part, "\n")
		want[name] = body
	}
	same, bad := 0, 0
	for _, f := range files {
		w := want[f]
		src, _ := os.ReadFile(f)
		got, err := symtableOf(f, src)
		if strings.HasPrefix(w, "ERROR") {
			if err != nil {
				same++
			} else {
				bad++
				t.Errorf("%s: python3.13: %s; kaa: no error", f, strings.TrimSpace(w))
			}
			continue
		}
		if err != nil || got != w {
			bad++
			if bad <= 8 {
				t.Errorf("%s: %v%s", f, err, firstDiff(got, w))
			}
			continue
		}
		same++
	}
	t.Logf("symtable: %d identical of %d Lib files", same, len(files))
}

func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) && i < len(w); i++ {
		if g[i] != w[i] {
			lo := max(0, i-3)
			return fmt.Sprintf("\n  line %d\n  got:  %s\n  want: %s", i+1, strings.Join(g[lo:i+1], " | "), strings.Join(w[lo:i+1], " | "))
		}
	}
	return ""
}
