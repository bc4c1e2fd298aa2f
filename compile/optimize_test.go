package compile

import (
	"encoding/hex"
	"os/exec"
	"strconv"
	"strings"
	"testing"

	"github.com/kaa-python/kaa/bytecode"
	"github.com/kaa-python/kaa/internal/pyref"
	"github.com/kaa-python/kaa/marshal"
	"github.com/kaa-python/kaa/syntax/parser"
)

// TestOptimizeLevels compares code compiled at -O (asserts dropped, __debug__ false)
// and -OO (docstrings dropped too) with python3.13's compile(..., optimize=N).
func TestOptimizeLevels(t *testing.T) {
	py := pyref.Find()
	if py == "" {
		t.Skip("python3.13 not found")
	}
	src := "\"\"\"Module doc.\"\"\"\nassert x, 'm'\nif __debug__:\n    print(1)\nelse:\n    print(2)\n" +
		"def f(a):\n    \"\"\"Doc.\"\"\"\n    assert a > 0\n    return __debug__\n" +
		"class C:\n    \"\"\"Class doc.\"\"\"\n    def m(self):\n        'doc'\n        return not __debug__\n"
	for level := 0; level <= 2; level++ {
		out, err := exec.Command(py, "-c", "import marshal, sys; print(marshal.dumps(compile(sys.argv[1], 'prog.py', 'exec', optimize=int(sys.argv[2]))).hex())",
			src, strconv.Itoa(level)).Output()
		if err != nil {
			t.Fatal(err)
		}
		data, err := hex.DecodeString(strings.TrimSpace(string(out)))
		if err != nil {
			t.Fatal(err)
		}
		v, _, err := marshal.Load(data)
		if err != nil {
			t.Fatal(err)
		}
		res, err := parser.Parse("prog.py", []byte(src), parser.Exec, parser.Options{})
		if err != nil {
			t.Fatal(err)
		}
		got, err := Compile(res.Tree, "prog.py", Options{Optimize: level})
		if err != nil {
			t.Fatal(err)
		}
		var g, w strings.Builder
		describeCode(&g, got)
		describeCode(&w, v.(*bytecode.Code))
		if g.String() != w.String() {
			t.Errorf("optimize=%d: compiled differently:%s", level, firstDiff(g.String(), w.String()))
		}
	}
}
