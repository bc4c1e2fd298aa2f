package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"

	"github.com/kaa-python/kaa/constant"
)

// argParser is the subset of Python's argparse that the stdlib command lines Kaa
// implements natively use: optional arguments (flags, counters, single values,
// appended values, choices, int values), short options combined ("-qf", "-r5"),
// "--opt=value", unambiguous prefixes of long options, "--", and one positional
// argument with nargs "+" or "*". Errors are reported with argparse's messages,
// after the usage text, with exit status 2.
type argParser struct {
	prog  string
	usage string // the whole "usage: ..." text, ending in a newline
	help  string // the text -h prints after the usage
	opts  []*argOpt
	// The positional argument: its name (for "the following arguments are
	// required") and whether it needs at least one value.
	posName     string
	posRequired bool
}

type argKind int

const (
	argFlag   argKind = iota // store_true / store_const
	argCount                 // count
	argValue                 // one value, the last one given wins
	argAppend                // one value per use, all kept
)

type argOpt struct {
	names   []string // "-q", "--quiet": as argparse lists them in messages
	kind    argKind
	isInt   bool
	choices []string
}

// argResult is what parse found: the values of each option by its first name, and
// the positional values.
type argResult struct {
	set    map[string]bool
	count  map[string]int
	values map[string][]string
	pos    []string
}

func (r *argResult) value(name string) (string, bool) {
	v := r.values[name]
	if len(v) == 0 {
		return "", false
	}
	return v[len(v)-1], true
}

func (r *argResult) intValue(name string) (int, bool) {
	v, ok := r.value(name)
	if !ok {
		return 0, false
	}
	n, _ := pyInt(v)
	return n, true
}

// argExit is a finished parse: help printed (code 0) or an error (code 2).
type argExit struct{ code int }

func (p *argParser) add(kind argKind, names ...string) *argOpt {
	o := &argOpt{names: names, kind: kind}
	p.opts = append(p.opts, o)
	return o
}

// errorf prints argparse's error and returns the exit status 2.
func (p *argParser) errorf(stderr io.Writer, format string, a ...any) int {
	fmt.Fprintf(stderr, "%s%s: error: %s\n", p.usage, p.prog, fmt.Sprintf(format, a...))
	return 2
}

// isNegNumber reports whether arg looks like a negative number, as argparse's
// _negative_number_matcher ('^-\d+$|^-\d*\.\d+$', \d being any Unicode decimal
// digit) decides. Written out rather than compiled at start-up.
func isNegNumber(arg string) bool {
	if !strings.HasPrefix(arg, "-") {
		return false
	}
	intPart, frac, dot := strings.Cut(arg[1:], ".")
	digits := func(s string) bool {
		for _, r := range s {
			if !unicode.IsDigit(r) {
				return false
			}
		}
		return true
	}
	if !dot {
		return intPart != "" && digits(intPart)
	}
	return frac != "" && digits(intPart) && digits(frac)
}

// pyInt is int(s) for the decimal strings argparse's type=int accepts.
func pyInt(s string) (int, bool) {
	s = strings.TrimSpace(s)
	t := strings.TrimLeft(s, "+-")
	if len(s)-len(t) > 1 || t == "" || t[0] == '_' || t[len(t)-1] == '_' || strings.Contains(t, "__") {
		return 0, false
	}
	n, err := strconv.Atoi(strings.TrimPrefix(strings.ReplaceAll(s, "_", ""), "+"))
	return n, err == nil
}

// optTuple is how argparse's _parse_optional reads an argument that looks like an
// option: the option (nil when there is no such option), the name it was matched
// by, and its explicit value: after "=" (sep) or glued to a short option.
type optTuple struct {
	o           *argOpt
	name        string
	explicit    string
	hasExplicit bool
	sep         bool
}

func (p *argParser) byName(n string) *argOpt {
	for _, o := range p.opts {
		if contains(o.names, n) {
			return o
		}
	}
	return nil
}

// find classifies an argument as _parse_optional does: ok is false for a positional
// value; an ambiguous prefix of several options is an error message.
func (p *argParser) find(arg string) (t optTuple, ok bool, errMsg string) {
	if arg == "" || arg[0] != '-' || arg == "-" {
		return t, false, ""
	}
	if o := p.byName(arg); o != nil {
		return optTuple{o: o, name: arg}, true, ""
	}
	if name, value, found := strings.Cut(arg, "="); found {
		if o := p.byName(name); o != nil {
			return optTuple{o, name, value, true, true}, true, ""
		}
	}
	var matches []optTuple
	if strings.HasPrefix(arg, "--") {
		prefix, value, has := strings.Cut(arg, "=")
		for _, o := range p.opts {
			for _, n := range o.names {
				if strings.HasPrefix(n, prefix) {
					matches = append(matches, optTuple{o, n, value, has, has})
				}
			}
		}
	} else {
		short, rest := arg[:2], arg[2:]
		for _, o := range p.opts {
			for _, n := range o.names {
				if n == short {
					matches = append(matches, optTuple{o, n, rest, true, false})
				} else if strings.HasPrefix(n, arg) {
					matches = append(matches, optTuple{o: o, name: n})
				}
			}
		}
	}
	if len(matches) > 1 {
		names := make([]string, len(matches))
		for i, m := range matches {
			names[i] = m.name
		}
		return t, true, fmt.Sprintf("ambiguous option: %s could match %s", arg, strings.Join(names, ", "))
	}
	if len(matches) == 1 {
		return matches[0], true, ""
	}
	if isNegNumber(arg) || strings.Contains(arg, " ") {
		return t, false, ""
	}
	return optTuple{name: arg}, true, ""
}

// parse parses args. When it returns a non-nil *argExit the caller exits with its code.
func (p *argParser) parse(args []string, stdout, stderr io.Writer) (*argResult, *argExit) {
	r := &argResult{set: map[string]bool{}, count: map[string]int{}, values: map[string][]string{}}
	fail := func(format string, a ...any) (*argResult, *argExit) {
		return nil, &argExit{p.errorf(stderr, format, a...)}
	}
	// argparse classifies every argument before acting on any: "O" (an option),
	// "A" (a value) or "-" (the first "--", after which all are values).
	kinds := make([]byte, len(args))
	tuples := make([]optTuple, len(args))
	dashdash := false
	for i, a := range args {
		switch {
		case dashdash:
			kinds[i] = 'A'
		case a == "--":
			kinds[i], dashdash = '-', true
		default:
			t, ok, msg := p.find(a)
			if msg != "" {
				return fail("%s", msg)
			}
			kinds[i], tuples[i] = 'A', t
			if ok {
				kinds[i] = 'O'
			}
		}
	}
	var extras []string
	posDone := false // the positional took its run of values
	inPos := false   // the current run of values goes to the positional
	for i := 0; i < len(args); i++ {
		switch kinds[i] {
		case '-':
			continue
		case 'A':
			// A value joins the positional's values if it is in their run (the
			// first run of values), otherwise it is unrecognized.
			if !posDone || inPos {
				r.pos = append(r.pos, args[i])
				posDone, inPos = true, true
			} else {
				extras = append(extras, args[i])
			}
			continue
		}
		inPos = false
		t := tuples[i]
		for {
			if t.o == nil {
				extras = append(extras, args[i])
				break
			}
			label := strings.Join(t.o.names, "/")
			if t.o.kind == argFlag || t.o.kind == argCount {
				if t.hasExplicit && t.name[1] != '-' && t.explicit != "" {
					// "-qf" is "-q -f"; "-q=x" is an error.
					if t.sep || t.explicit[0] == '-' {
						return fail("argument %s: ignored explicit argument %s", label, constant.StrRepr(t.explicit))
					}
					if t.o.names[0] == "-h" {
						p.printHelp(stdout)
						return nil, &argExit{0}
					}
					p.store(r, t.o, "")
					next := "-" + t.explicit[:1]
					o := p.byName(next)
					if o == nil {
						extras = append(extras, "-"+t.explicit)
						break
					}
					rest := t.explicit[1:]
					t = optTuple{o: o, name: next, explicit: rest, hasExplicit: rest != ""}
					if strings.HasPrefix(rest, "=") {
						t.explicit, t.sep = rest[1:], true
					}
					continue
				}
				if t.hasExplicit {
					return fail("argument %s: ignored explicit argument %s", label, constant.StrRepr(t.explicit))
				}
				if t.o.names[0] == "-h" {
					p.printHelp(stdout)
					return nil, &argExit{0}
				}
				p.store(r, t.o, "")
				break
			}
			val := t.explicit
			if !t.hasExplicit {
				if i+1 >= len(args) || kinds[i+1] != 'A' {
					return fail("argument %s: expected one argument", label)
				}
				i++
				val = args[i]
			}
			if t.o.isInt {
				if _, ok := pyInt(val); !ok {
					return fail("argument %s: invalid int value: %s", label, constant.StrRepr(val))
				}
			}
			if t.o.choices != nil && !contains(t.o.choices, val) {
				quoted := make([]string, len(t.o.choices))
				for k, c := range t.o.choices {
					quoted[k] = constant.StrRepr(c)
				}
				return fail("argument %s: invalid choice: %s (choose from %s)", label, constant.StrRepr(val), strings.Join(quoted, ", "))
			}
			p.store(r, t.o, val)
			break
		}
	}
	if p.posRequired && len(r.pos) == 0 {
		return fail("the following arguments are required: %s", p.posName)
	}
	if len(extras) > 0 {
		return fail("unrecognized arguments: %s", strings.Join(extras, " "))
	}
	return r, nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func (p *argParser) store(r *argResult, o *argOpt, val string) {
	key := o.names[0]
	switch o.kind {
	case argFlag:
		r.set[key] = true
	case argCount:
		r.count[key]++
	case argValue, argAppend:
		r.values[key] = append(r.values[key], val)
	}
}

func (p *argParser) printHelp(stdout io.Writer) {
	io.WriteString(stdout, p.usage+p.help)
}
