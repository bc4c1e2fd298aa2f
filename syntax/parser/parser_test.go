package parser

import (
	"encoding/json"
	"math/rand"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/kaa-python/kaa/internal/pyref"
	"github.com/kaa-python/kaa/syntax/ast"
	"github.com/kaa-python/kaa/syntax/token"
)

// hostileCases builds the inputs of testdata/hostile.py (keep the two in step).
func hostileCases() map[string]string {
	var ifNest strings.Builder
	for i := 0; i < 150; i++ {
		ifNest.WriteString(strings.Repeat("    ", i) + "if x:\n")
	}
	ifNest.WriteString(strings.Repeat("    ", 150) + "pass\n")
	sum := make([]string, 200000)
	for i := range sum {
		sum[i] = "1"
	}
	return map[string]string{
		"nested_parens_100k": strings.Repeat("(", 100000) + strings.Repeat(")", 100000),
		"nested_lists_100k":  strings.Repeat("[", 100000) + strings.Repeat("]", 100000),
		"nested_braces_201":  strings.Repeat("{", 201) + strings.Repeat("}", 201),
		"sum_200k":           strings.Join(sum, "+"),
		"not_100k":           strings.Repeat("not ", 100000) + "x",
		"neg_100k":           strings.Repeat("-", 100000) + "x",
		"attr_100k":          "x" + strings.Repeat(".a", 100000),
		"call_50k":           "f" + strings.Repeat("()", 50000),
		"if_nest_150":        ifNest.String(),
		"ifexp_5k":           strings.Repeat("x if y else ", 5000) + "z",
		"fstring_nest_100":   strings.Repeat("f'{", 100) + "x" + strings.Repeat("}'", 100),
		"nul":                "x = 1\x00\n",
		"long_line_1m":       "x = '" + strings.Repeat("a", 1000000) + "'\n",
		"many_lines_200k":    strings.Repeat("x = 1\n", 200000),
	}
}

// TestHostile checks that hostile input gives CPython's error (or succeeds where
// CPython fails only from its own recursion limit while building the tree) without
// a Go panic or stack overflow; a hang is left to go test's timeout (no timing
// assertions: a loaded machine is slow).
func TestHostile(t *testing.T) {
	data, err := os.ReadFile("testdata/hostile.json")
	if err != nil {
		t.Fatal(err)
	}
	var want map[string]struct{ Type, Msg string }
	if err := json.Unmarshal(data, &want); err != nil {
		t.Fatal(err)
	}
	cases := hostileCases()
	if len(cases) != len(want) {
		t.Fatalf("hostileCases has %d cases, hostile.json %d", len(cases), len(want))
	}
	for name, src := range cases {
		w := want[name]
		_, err := Parse("<hostile>", []byte(src), Exec, Options{})
		switch {
		case err == nil:
			if w.Type != "OK" && w.Type != "RecursionError" {
				t.Errorf("%s: parsed, but CPython raises %s: %s", name, w.Type, w.Msg)
			}
		default:
			e, ok := err.(*token.Error)
			if !ok {
				t.Errorf("%s: error %T %v", name, err, err)
				continue
			}
			if w.Type == "OK" || e.Type != w.Type || e.Msg != w.Msg {
				t.Errorf("%s: got %s: %s; CPython: %s: %s", name, e.Type, e.Msg, w.Type, w.Msg)
			}
		}
	}
}

// TestRandomBytes feeds random byte strings and mutated Python to the parser: every
// one must give a tree or a *token.Error, never a panic.
func TestRandomBytes(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	base := []byte("def f(a, *b, c=1, **d):\n    return [x async for x in y if x] + {k: v for k, v in z}\nclass C(B, metaclass=M):\n    x: int = f'{a!r:>{w}}'\n")
	for i := 0; i < 20000; i++ {
		var src []byte
		if i%2 == 0 {
			src = make([]byte, r.Intn(64))
			r.Read(src)
		} else {
			src = append([]byte(nil), base...)
			for k := 0; k < 1+r.Intn(4); k++ {
				chars := " ()[]{}:,.=*'\"\n\tfx0\\#"
				src[r.Intn(len(src))] = chars[r.Intn(len(chars))]
			}
		}
		res, err := Parse("<random>", src, Exec, Options{TypeComments: i%3 == 0})
		if err == nil && res.Tree == nil {
			t.Fatalf("%q: no tree and no error", src)
		}
		if err != nil {
			if _, ok := err.(*token.Error); !ok {
				t.Fatalf("%q: error %T %v", src, err, err)
			}
		}
	}
}

// FuzzParser checks that no input makes the parser panic: it returns a tree, or a
// *token.Error whose type is one CPython raises for source.
func FuzzParser(f *testing.F) {
	for _, s := range []string{
		"x = 1\n", "def f(a, /, b=2, *c, d, **e) -> int:\n    return a\n", "class A[T: int = str](B):\n    pass\n",
		"match p:\n    case {'a': [1, *r], **kw} | C(x=1) as y if y:\n        pass\n", "f'{x!r:>{w}} {y=}'\n",
		"try:\n    pass\nexcept* E as e:\n    raise\nfinally:\n    pass\n", "async def f():\n    async with a as b, c:\n        await d\n",
		"lambda *a, **k: (yield)\n", "x[1:2, ::3, *a]\n", "with (a as b, c as d):\n    pass\n", "type X[*Ts, **P] = tuple[*Ts]\n",
		"print 'x'\n", "(1 2)\n", "if x = 1:\n  pass\n", "@d\ndef f(): pass\n", "global x; nonlocal y\n", "del a, b[0], c.d\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, mode := range []Mode{Exec, Eval, Single} {
			res, err := Parse("<fuzz>", data, mode, Options{TypeComments: true})
			if err != nil {
				e, ok := err.(*token.Error)
				if !ok {
					t.Fatalf("error %T %v", err, err)
				}
				switch e.Type {
				case "SyntaxError", "IndentationError", "TabError", "MemoryError":
				default:
					t.Fatalf("unexpected error type %s: %s", e.Type, e.Msg)
				}
				continue
			}
			ast.Dump(res.Tree, ast.DumpOptions{Indent: -1, IncludeAttributes: true})
		}
	})
}

func libFiles(tb testing.TB) []string {
	if pyref.Find() == "" {
		tb.Skip("python3.13 not found: no Lib to parse")
	}
	var files []string
	filepath.Walk(pyref.Stdlib(), func(p string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() && strings.HasSuffix(p, ".py") {
			files = append(files, p)
		}
		return nil
	})
	return files
}

// BenchmarkParseLib parses every .py file of CPython's Lib once per iteration
// (sources are read beforehand). Compare with bench/parse_lib.py under python3.13.
func BenchmarkParseLib(b *testing.B) {
	files := libFiles(b)
	srcs := make([][]byte, len(files))
	total := 0
	for i, f := range files {
		srcs[i], _ = os.ReadFile(f)
		total += len(srcs[i])
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for j, src := range srcs {
			Parse(files[j], src, Exec, Options{})
		}
	}
	b.StopTimer()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(ms.Sys)/(1<<20), "MB-sys")
}

// TestDumps compares the parser's tree, as ast.Dump prints it, with python3.13's for
// snippets covering every construct (testdata/dumps.json, from gen_dumps.py).
func TestDumps(t *testing.T) {
	data, err := os.ReadFile("testdata/dumps.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct{ Src, Dump string }
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		res, err := Parse("<snippet>", []byte(c.Src), Exec, Options{TypeComments: true})
		if err != nil {
			t.Errorf("%q: %v", c.Src, err)
			continue
		}
		got := ast.Dump(res.Tree, ast.DumpOptions{Indent: 1, IncludeAttributes: true})
		if got != c.Dump {
			g, w := strings.Split(got, "\n"), strings.Split(c.Dump, "\n")
			for i := range min(len(g), len(w)) {
				if g[i] != w[i] {
					t.Errorf("%q: line %d:\n got  %s\n want %s", c.Src, i+1, g[i], w[i])
					break
				}
			}
		}
	}
}
