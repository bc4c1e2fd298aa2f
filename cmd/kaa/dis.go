package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/kaa-python/kaa/bytecode"
	"github.com/kaa-python/kaa/compile"
	"github.com/kaa-python/kaa/py"
	"github.com/kaa-python/kaa/syntax/ast"
	"github.com/kaa-python/kaa/syntax/parser"
)

func init() {
	tools["dis"] = func(args []string, _ toolEnv) int { return disMain(args, os.Stdin, os.Stdout, os.Stderr) }
}

// disMain is `kaa -m dis [FILE]`: it compiles the file (stdin when absent or "-") and
// prints what `python3.13 -m dis FILE` prints. With options it returns runModule, and
// lib/dis.py's main runs.
func disMain(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	infile := "-"
	for _, a := range args {
		if strings.HasPrefix(a, "-") && a != "-" {
			// Options (-C, -O, --help) are lib/dis.py's: it runs instead.
			return runModule
		}
		infile = a
	}
	name, src, ok := readSource(infile, stdin, stderr)
	if !ok {
		return 1
	}
	res, err := parser.Parse(name, src, parser.Exec, parser.Options{})
	if err != nil {
		fmt.Fprint(stderr, "Traceback (most recent call last):\n", formatSyntaxError(err))
		return 1
	}
	// The code generator's SyntaxWarnings, as warnings' default action prints them
	// (once per message and line).
	lines := strings.Split(string(src), "\n")
	warned := map[string]bool{}
	warn := func(msg string, p *ast.Pos) error {
		key := fmt.Sprint(p.Lineno, msg)
		if warned[key] {
			return nil
		}
		warned[key] = true
		fmt.Fprintf(stderr, "%s:%d: SyntaxWarning: %s\n", name, p.Lineno, msg)
		if p.Lineno >= 1 && p.Lineno <= len(lines) {
			if text := strings.TrimSpace(lines[p.Lineno-1]); text != "" {
				fmt.Fprintf(stderr, "  %s\n", text)
			}
		}
		return nil
	}
	code, err := compile.Compile(res.Tree, name, compile.Options{Warn: warn})
	if err != nil {
		fmt.Fprint(stderr, formatSyntaxError(err))
		return 1
	}
	orderFrozenSets(code)
	var b strings.Builder
	bytecode.Dis(&b, code)
	io.WriteString(stdout, b.String())
	return 0
}

// orderFrozenSets puts the members of c's frozenset constants (and its nested code
// objects') in the order the frozenset iterates them, as CPython's dis shows them.
func orderFrozenSets(c *bytecode.Code) { py.OrderFrozenSets(c, true) }
