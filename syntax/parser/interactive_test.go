package parser

import (
	"strconv"
	"testing"

	"github.com/kaa-python/kaa/syntax/token"
)

// TestInteractive feeds lines one at a time, as the REPL does, and checks after how
// many lines each statement is decided and how.
func TestInteractive(t *testing.T) {
	cases := []struct {
		lines []string
		want  string // "ok N stmts", "err MSG" after the last line; every earlier line gives more
	}{
		{[]string{"1+1"}, "ok 1"},
		{[]string{"x = 1; y = 2"}, "ok 2"},
		{[]string{""}, "ok 0"},
		{[]string{"# comment"}, "ok 0"},
		{[]string{"   "}, "ok 0"},
		{[]string{"if 1:", "  x = 1", ""}, "ok 1"},
		{[]string{"if 1:", "  x = 1", "   ", "  y = 2", ""}, "ok 1"},
		{[]string{"if 1: x = 1", ""}, "ok 1"},
		{[]string{"def f():", "  if 1:", "    return 2", "  return 3", ""}, "ok 1"},
		{[]string{"if 1:", "  x = 1", "y = 2"}, "err invalid syntax"},
		{[]string{"if 1:", "  x ="}, "err invalid syntax"},
		{[]string{"(1,", "", "2)"}, "ok 1"},
		{[]string{"x = '''a", "", "b'''"}, "ok 1"},
		{[]string{"x = 1 + \\", "2"}, "ok 1"},
		{[]string{"  x"}, "err unexpected indent"},
		{[]string{"if 1:", ""}, "err expected an indented block after 'if' statement on line 1"},
		{[]string{"1 +"}, "err invalid syntax"},
		{[]string{"@dec", "def f(): pass", ""}, "ok 1"},
		{[]string{"try:", "  pass", "except E:", "  pass", ""}, "ok 1"},
		{[]string{"class C:", "  a = 1", ""}, "ok 1"},
	}
	for _, c := range cases {
		text := ""
		for i, l := range c.lines {
			text += l + "\n"
			tree, more, err := Interactive("<stdin>", text, false)
			last := i == len(c.lines)-1
			if !last {
				if !more {
					t.Errorf("%q: decided after line %d (err %v)", c.lines, i+1, err)
				}
				continue
			}
			var got string
			switch {
			case more:
				got = "more"
			case err != nil:
				got = "err " + err.(*token.Error).Msg
			default:
				got = "ok " + strconv.Itoa(len(tree.Body))
			}
			if got != c.want {
				t.Errorf("%q: got %s, want %s", c.lines, got, c.want)
			}
		}
	}
}
