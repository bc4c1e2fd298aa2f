package py

import (
	"bytes"
	"encoding/json"
	"os"
	"slices"
	"testing"
)

// The REPL's Tab completion offers what python3.13's rlcompleter offers over the
// same namespace (testdata/complete.json, written by gen_complete.py).
func TestCompletions(t *testing.T) {
	data, err := os.ReadFile("testdata/complete.json")
	if err != nil {
		t.Fatal(err)
	}
	var want struct {
		Setup string
		Cases map[string][]string
	}
	if err := json.Unmarshal(data, &want); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	in := NewInterp(Config{Stdout: &out})
	th := in.Main()
	if err := th.runMain("<setup>", []byte(want.Setup)); err != nil {
		t.Fatal(FormatException(th, err))
	}
	for text, w := range want.Cases {
		got := th.Completions(text)
		if w == nil {
			w = []string{}
		}
		if got == nil {
			got = []string{}
		}
		if !slices.Equal(got, w) {
			t.Errorf("Completions(%q) = %q, want %q", text, got, w)
		}
	}
}
