package scanner

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/kaa-python/kaa/internal/pyref"
	"github.com/kaa-python/kaa/syntax/token"
)

// dumpTokens prints the tokens of src in the format testdata/gen_tokens.py prints.
func dumpTokens(filename string, src []byte) (string, error) {
	text, err := Decode(filename, src)
	if err != nil {
		return "", err
	}
	s := New(filename, text, 0)
	var b strings.Builder
	for {
		t, err := s.Next()
		if err != nil {
			return b.String(), err
		}
		switch t.Kind {
		case token.FSTRING_MIDDLE:
			fmt.Fprintf(&b, "%s %d\n", t.Kind, t.Start.Line)
		case token.INDENT, token.DEDENT, token.ENDMARKER, token.NEWLINE:
			fmt.Fprintf(&b, "%s\n", t.Kind)
		default:
			esc := strings.ReplaceAll(strings.ReplaceAll(t.Text, `\`, `\\`), "\n", `\n`)
			fmt.Fprintf(&b, "%s %s %d,%d-%d,%d\n", t.Kind, esc, t.Start.Line, t.Start.Col, t.End.Line, t.End.Col)
		}
		if t.Kind == token.ENDMARKER {
			return b.String(), nil
		}
	}
}

func TestTokensMatchCPython(t *testing.T) {
	py := pyref.Find()
	if py == "" {
		t.Skip("python3.13 not found: cannot compare with CPython's tokenizer")
	}
	lib := pyref.Stdlib()
	var files []string
	filepath.Walk(lib, func(p string, info os.FileInfo, err error) error {
		if err == nil && strings.HasSuffix(p, ".py") && !strings.Contains(p, "site-packages") {
			files = append(files, p)
		}
		return nil
	})
	sort.Strings(files)
	if testing.Short() && len(files) > 300 {
		files = files[:300]
	}
	outAll, err := exec.Command(py, append([]string{"testdata/gen_tokens.py"}, files...)...).Output()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{}
	for _, part := range strings.Split(string(outAll), "\x00FILE ")[1:] {
		name, body, _ := strings.Cut(part, "\n")
		want[name] = body
	}
	same, diff, pyfail := 0, 0, 0
	for _, f := range files {
		out := want[f]
		if strings.HasPrefix(out, "ERROR") {
			pyfail++
			continue
		}
		src, _ := os.ReadFile(f)
		got, gerr := dumpTokens(f, src)
		if gerr != nil || got != string(out) {
			diff++
			if diff <= 5 {
				t.Errorf("%s: err=%v\n%s", f, gerr, firstDiff(got, string(out)))
			}
			continue
		}
		same++
	}
	t.Logf("tokens identical for %d of %d files (%d rejected by tokenize)", same, same+diff, pyfail)
}

func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) && i < len(w); i++ {
		if g[i] != w[i] {
			return fmt.Sprintf("line %d:\n got  %s\n want %s", i+1, g[i], w[i])
		}
	}
	return fmt.Sprintf("lengths differ: got %d lines, want %d", len(g), len(w))
}
