package token

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
		if got := ExactOps[c.text]; got != c.kind || got.String() != c.name {
			t.Errorf("ExactOps[%q] = %v, want %v", c.text, got, c.name)
		}
	}
	if len(ExactOps) != 48 {
		t.Errorf("len(ExactOps) = %d, want 48", len(ExactOps))
	}
}
