package main

import (
	"bytes"
	"io"
	"strings"
	"testing"

	"golang.org/x/term"

	"github.com/kaa-python/kaa/lib"
	"github.com/kaa-python/kaa/modules"
	"github.com/kaa-python/kaa/py"
)

// Tab at the prompt: indentation when there is no word before the cursor, the one
// completion, the common prefix of several, and their list on a second Tab.
func TestTabCompletion(t *testing.T) {
	var out bytes.Buffer
	in := py.NewInterp(py.Config{Stdout: &out, Modules: modules.Standard(), Library: lib.Files, LibraryPath: py.StdlibPath()[0], Path: py.StdlibPath()})
	th := in.Main()
	if err := th.RunMain("<setup>", []byte("import sys\nvalue_one = 1\nvalue_two = 2\ndef fn():\n    pass\n")); err != nil {
		t.Fatal(py.FormatException(th, err))
	}
	var screen bytes.Buffer
	r := &termReader{fd: -1, th: th}
	r.term = term.NewTerminal(struct {
		io.Reader
		io.Writer
	}{strings.NewReader(""), &screen}, "")
	for _, c := range []struct {
		line       string
		pos        int
		wantLine   string
		wantPos    int
		secondTab  bool
		wantScreen string
	}{
		{"", 0, "    ", 4, false, ""},
		{"  ", 2, "    ", 4, false, ""},
		{"x = (", 5, "x = (   ", 8, false, ""},
		{"fn", 2, "fn()", 4, false, ""},
		{"val", 3, "value_", 6, false, ""},
		{"print(val)", 9, "print(value_)", 12, false, ""},
		{"value_", 6, "value_", 6, true, "value_one  value_two  \r\n"},
		{"nosuchname", 10, "nosuchname", 10, false, ""},
		{"é = fn", 6, "é = fn()", 8, false, ""},
	} {
		r.tabs = 0
		if c.secondTab {
			r.tabs = 1
		}
		screen.Reset()
		line, pos, ok := r.complete(c.line, c.pos, '\t')
		if !ok || line != c.wantLine || pos != c.wantPos {
			t.Errorf("Tab on %q at %d: %q at %d (%v), want %q at %d", c.line, c.pos, line, pos, ok, c.wantLine, c.wantPos)
		}
		if got := screen.String(); got != c.wantScreen {
			t.Errorf("Tab on %q: screen %q, want %q", c.line, got, c.wantScreen)
		}
	}
	if _, _, ok := r.complete("x", 1, 'a'); ok || r.tabs != 0 {
		t.Errorf("a key other than Tab was handled (tabs %d)", r.tabs)
	}
}

func TestCompletionMenu(t *testing.T) {
	words := []string{"a1", "a2", "a3", "a4", "a5"}
	// Width 12 fits 3 columns of "aN  ": 2 rows, filled top to bottom.
	if got, want := completionMenu(words, 12), "a1  a3  a5  \na2  a4  \n"; got != want {
		t.Errorf("menu %q, want %q", got, want)
	}
}
