package main

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/kaa-python/kaa/syntax/ast"
	"github.com/kaa-python/kaa/syntax/parser"
	"github.com/kaa-python/kaa/syntax/token"
)

func init() {
	tools["ast"] = func(args []string, _ toolEnv) int { return astMain(args, os.Stdin, os.Stdout, os.Stderr) }
}

const astUsage = "usage: python -m ast [-h] [-m {exec,single,eval,func_type}] [--no-type-comments] [-a]\n                     [-i INDENT]\n                     [infile]\n"

// astMain is `kaa -m ast`: it prints what `python3.13 -m ast` prints.
func astMain(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	mode, typeComments, attrs, indent, infile := "exec", true, false, 3, "-"
	haveFile := false
	usageErr := func(format string, a ...any) int {
		fmt.Fprint(stderr, astUsage)
		fmt.Fprintf(stderr, "python -m ast: error: "+format+"\n", a...)
		return 2
	}
	for i := 0; i < len(args); i++ {
		a := args[i]
		val := func(name string) (string, bool) {
			if k, v, ok := strings.Cut(a, "="); ok && strings.HasPrefix(a, "--") && k != "" {
				return v, true
			}
			if len(a) > 2 && !strings.HasPrefix(a, "--") {
				return a[2:], true
			}
			if i+1 < len(args) {
				i++
				return args[i], true
			}
			return "", false
		}
		switch {
		case a == "-h" || a == "--help":
			fmt.Fprint(stdout, astUsage)
			fmt.Fprint(stdout, "\npositional arguments:\n  infile                the file to parse; defaults to stdin\n\noptions:\n  -h, --help            show this help message and exit\n  -m, --mode {exec,single,eval,func_type}\n                        specify what kind of code must be parsed\n  --no-type-comments    don't add information about type comments\n  -a, --include-attributes\n                        include attributes such as line numbers and column\n                        offsets\n  -i, --indent INDENT   indentation of nodes (number of spaces)\n")
			return 0
		case a == "-a" || a == "--include-attributes":
			attrs = true
		case a == "--no-type-comments":
			typeComments = false
		case strings.HasPrefix(a, "-m") || strings.HasPrefix(a, "--mode"):
			v, ok := val("mode")
			if !ok {
				return usageErr("argument -m/--mode: expected one argument")
			}
			switch v {
			case "exec", "single", "eval", "func_type":
				mode = v
			default:
				return usageErr("argument -m/--mode: invalid choice: '%s' (choose from 'exec', 'single', 'eval', 'func_type')", v)
			}
		case strings.HasPrefix(a, "-i") || strings.HasPrefix(a, "--indent"):
			v, ok := val("indent")
			if !ok {
				return usageErr("argument -i/--indent: expected one argument")
			}
			n, err := strconv.Atoi(v)
			if err != nil {
				return usageErr("argument -i/--indent: invalid int value: '%s'", v)
			}
			indent = n
		case a == "-" || !strings.HasPrefix(a, "-"):
			if haveFile {
				return usageErr("unrecognized arguments: %s", a)
			}
			infile, haveFile = a, true
		default:
			return usageErr("unrecognized arguments: %s", a)
		}
	}
	name, src, ok := readSource(infile, stdin, stderr)
	if !ok {
		return 1
	}
	out, err := astDump(name, src, mode, typeComments, attrs, indent)
	if err != nil {
		fmt.Fprint(stderr, "Traceback (most recent call last):\n")
		fmt.Fprint(stderr, formatSyntaxError(err))
		return 1
	}
	fmt.Fprintln(stdout, out)
	return 0
}

// astDump parses src and dumps it as `python -m ast` does.
func astDump(name string, src []byte, mode string, typeComments, attrs bool, indent int) (string, error) {
	m := map[string]parser.Mode{"exec": parser.Exec, "eval": parser.Eval, "single": parser.Single, "func_type": parser.FuncType}[mode]
	res, err := parser.Parse(name, src, m, parser.Options{TypeComments: typeComments})
	if err != nil {
		return "", err
	}
	return ast.Dump(res.Tree, ast.DumpOptions{Indent: max(indent, 0), IncludeAttributes: attrs}), nil
}

// readSource reads the tools' input file, or stdin for "-" (named "<stdin>"),
// reporting a failure as CPython's traceback does.
func readSource(infile string, stdin io.Reader, stderr io.Writer) (name string, src []byte, ok bool) {
	var err error
	name = infile
	if infile == "-" {
		name = "<stdin>"
		src, err = io.ReadAll(stdin)
	} else {
		src, err = os.ReadFile(infile)
	}
	if err != nil {
		fmt.Fprintf(stderr, "Traceback (most recent call last):\n%s\n", describeOSError(err, infile))
		return name, nil, false
	}
	return name, src, true
}

func describeOSError(err error, name string) string {
	if os.IsNotExist(err) {
		return fmt.Sprintf("FileNotFoundError: [Errno 2] No such file or directory: '%s'", name)
	}
	return err.Error()
}

// formatSyntaxError prints a SyntaxError as the end of a CPython traceback.
func formatSyntaxError(err error) string {
	e, ok := err.(*token.Error)
	if !ok {
		return err.Error() + "\n"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "  File \"%s\", line %d\n", e.Filename, e.Lineno)
	if e.HasText && e.Text != "" {
		line := strings.TrimRight(e.Text, "\n")
		trimmed := strings.TrimLeft(line, " \t\f")
		lead := len([]rune(line)) - len([]rune(trimmed))
		fmt.Fprintf(&b, "    %s\n", trimmed)
		if e.Offset >= 1 {
			start := e.Offset - 1 - lead
			end := start + 1
			if e.EndLineno == e.Lineno && e.EndOffset > e.Offset {
				end = e.EndOffset - 1 - lead
			}
			if start < 0 {
				start = 0
			}
			if end <= start {
				end = start + 1
			}
			fmt.Fprintf(&b, "    %s%s\n", strings.Repeat(" ", start), strings.Repeat("^", end-start))
		}
	}
	fmt.Fprintf(&b, "%s: %s\n", e.Type, e.Msg)
	return b.String()
}
