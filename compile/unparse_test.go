package compile

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/kaa-python/kaa/syntax/ast"
	"github.com/kaa-python/kaa/syntax/parser"
)

// TestUnparse checks annotation strings against the ones python3.13 stores under
// `from __future__ import annotations` (testdata/unparse.json, from unparse.py).
func TestUnparse(t *testing.T) {
	data, err := os.ReadFile("testdata/unparse.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases [][2]string
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		src := "x: " + c[0] + "\n"
		res, err := parser.Parse("<t>", []byte(src), parser.Exec, parser.Options{})
		if err != nil {
			t.Errorf("%s: %v", c[0], err)
			continue
		}
		ann := res.Tree.(*ast.Module).Body[0].(*ast.AnnAssign).Annotation
		if got := Unparse(ann); got != c[1] {
			t.Errorf("Unparse(%s) = %q, want %q", c[0], got, c[1])
		}
	}
}
