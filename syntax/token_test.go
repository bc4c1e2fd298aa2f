package syntax

import "testing"

func TestTokenTable(t *testing.T) {
	cases := []struct {
		text string
		kind Kind
		name string
	}{
		{"(", LPAR, "LPAR"}, {"**=", DOUBLESTAREQUAL, "DOUBLESTAREQUAL"}, {":=", COLONEQUAL, "COLONEQUAL"},
		{"!", EXCLAMATION, "EXCLAMATION"}, {"->", RARROW, "RARROW"}, {"...", ELLIPSIS, "ELLIPSIS"},
	}
	for _, c := range cases {
		if got := exactOps[c.text]; got != c.kind || got.String() != c.name {
			t.Errorf("exactOps[%q] = %v, want %v", c.text, got, c.name)
		}
	}
	if len(exactOps) != 48 {
		t.Errorf("len(exactOps) = %d, want 48", len(exactOps))
	}
}

func TestNodeFields(t *testing.T) {
	fd := &FunctionDef{Name: "f"}
	var names []string
	for _, f := range fd.fields() {
		names = append(names, f.name)
	}
	want := "name args body decorator_list returns type_comment type_params"
	if got := join(names); got != want {
		t.Errorf("FunctionDef fields = %q, want %q", got, want)
	}
	if fd.className() != "FunctionDef" || (&ExprStmt{}).className() != "Expr" || Mod.className() != "Mod" {
		t.Error("class names do not match CPython's")
	}
}

func join(xs []string) string {
	s := ""
	for i, x := range xs {
		if i > 0 {
			s += " "
		}
		s += x
	}
	return s
}
