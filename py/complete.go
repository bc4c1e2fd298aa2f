package py

import (
	"slices"
	"strings"
	"unicode"

	"github.com/kaa-python/kaa/bytecode"
)

//go:generate sh -c "python3.13 gen_keywords.py | gofmt > keywords_gen.go"
//go:generate sh -c "python3.13 gen_complete.py > testdata/complete.json"

// Completions are what the interactive prompt offers for the word before the cursor
// when Tab is pressed, as CPython's REPL asks rlcompleter.Completer (over
// __main__'s namespace) for them, sorted: keywords (with the space or colon that
// follows them), names of __main__ and builtins (a callable gets "(", or "()" when
// it takes no arguments), and for "expr.attr" the attributes of the object the
// dotted name expr evaluates to. Errors while evaluating give no completions.
func (t *Thread) Completions(text string) []string {
	var out []string
	if strings.Contains(text, ".") {
		out = t.attrMatches(text)
	} else {
		out = t.globalMatches(text)
	}
	slices.Sort(out)
	return out
}

func (t *Thread) globalMatches(text string) []string {
	var out []string
	seen := map[string]bool{"__builtins__": true}
	for _, w := range keywordList {
		if strings.HasPrefix(w, text) {
			seen[w] = true
			switch w {
			case "finally", "try":
				w += ":"
			case "False", "None", "True", "break", "continue", "pass", "else", "_":
			default:
				w += " "
			}
			out = append(out, w)
		}
	}
	for _, d := range []*Dict{ModuleDict(t.interp.MainModule()), t.interp.builtinsDict} {
		d.Items(func(k, v Value) bool {
			if k.Type() != strType {
				return true
			}
			w := k.str().s
			if strings.HasPrefix(w, text) && !seen[w] {
				seen[w] = true
				out = append(out, callablePostfix(v, w))
			}
			return true
		})
	}
	return out
}

// splitAttr is rlcompleter's r"(\w+(\.\w+)*)\.(\w*)" on a completion stem: the
// dotted name before the last dot and the attribute prefix after it.
func splitAttr(text string) (expr, attr string, ok bool) {
	i := strings.LastIndexByte(text, '.')
	if i < 0 {
		return "", "", false
	}
	expr, attr = text[:i], text[i+1:]
	word := func(s string) bool {
		for _, r := range s {
			if r != '_' && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				return false
			}
		}
		return true
	}
	for _, part := range strings.Split(expr, ".") {
		if part == "" || !word(part) {
			return "", "", false
		}
	}
	return expr, attr, word(attr)
}

func (t *Thread) attrMatches(text string) []string {
	expr, attr, ok := splitAttr(text)
	if !ok {
		return nil
	}
	code, err := CompileMode("<completion>", []byte(expr), "eval", 0)
	if err != nil {
		return nil
	}
	g := ModuleDict(t.interp.MainModule())
	obj, err := t.evalCode(code, g, g.Value())
	if err != nil {
		return nil
	}
	words := map[string]bool{}
	names, err := t.dirNames(obj)
	if err != nil {
		return nil
	}
	for _, w := range names {
		words[w] = true
	}
	delete(words, "__builtins__")
	words["__class__"] = true
	for _, w := range t.classMembers(TypeValue(obj.Type()), 0) {
		words[w] = true
	}
	noprefix := ""
	switch attr {
	case "":
		noprefix = "_"
	case "_":
		noprefix = "__"
	}
	var out []string
	for {
		for w := range words {
			if !strings.HasPrefix(w, attr) || noprefix != "" && strings.HasPrefix(w, noprefix) {
				continue
			}
			match := expr + "." + w
			// A property is not evaluated (bpo-44752).
			if d := obj.Type().lookupS(w); !d.IsNil() && d.Type().IsSubtype(propertyType) {
				out = append(out, match)
				continue
			}
			if v, found, err := lookupAttr(t, obj, NewStr(w).str()); err == nil && found && !v.IsNone() {
				out = append(out, callablePostfix(v, match))
			} else {
				out = append(out, match)
			}
		}
		if out != nil || noprefix == "" {
			break
		}
		if noprefix == "_" {
			noprefix = "__"
		} else {
			noprefix = ""
		}
	}
	return out
}

// dirNames is dir(obj)'s names.
func (t *Thread) dirNames(obj Value) ([]string, *Exception) {
	dir, _ := t.interp.builtinsDict.GetStr("dir")
	r, err := Call(t, dir, obj)
	if err != nil {
		return nil, err
	}
	return strItems(t, r)
}

// classMembers is rlcompleter.get_class_members: dir(cls) and its bases'.
func (t *Thread) classMembers(cls Value, depth int) []string {
	out, err := t.dirNames(cls)
	if err != nil || depth > 100 {
		return out
	}
	if bases, found, err := lookupAttr(t, cls, NewStr("__bases__").str()); err == nil && found {
		if items, err := ToSlice(t, bases); err == nil {
			for _, b := range items {
				out = append(out, t.classMembers(b, depth+1)...)
			}
		}
	}
	return out
}

// callablePostfix is rlcompleter's _callable_postfix: "(" after a callable, "()"
// when it is known to take no arguments (a Python function or method with no
// parameters; builtins carry no signature here, so they get "(").
func callablePostfix(v Value, word string) string {
	if v.Type().call == nil {
		return word
	}
	word += "("
	fn, bound := v, false
	switch {
	case v.Type() == methodType:
		fn, bound = (*method)(v.p).fn, true
	case v.Type().IsSubtype(typeType) && v.typeObj() == objectType:
		return word + ")"
	case v.Type().IsSubtype(typeType) && v.typeObj().heap:
		// A class: its __init__'s signature (without self), or () when nothing
		// but object's __init__ and __new__ would run. A builtin base's makes it
		// unknown, as inspect.signature fails for it.
		for _, c := range v.typeObj().mro {
			if !c.heap {
				if c == objectType {
					return word + ")"
				}
				return word
			}
			if init, ok := c.dict().getStr(strInit); ok {
				fn, bound = init, true
				break
			}
			if _, ok := c.dict().GetStr("__new__"); ok {
				return word
			}
		}
	}
	if fn.Type() == functionType {
		c := (*function)(fn.p).code.bc
		params := c.ArgCount + c.KwOnlyArgCount
		if c.Flags&(bytecode.CO_VARARGS|bytecode.CO_VARKEYWORDS) != 0 {
			params++
		}
		if bound {
			params--
		}
		if params == 0 {
			word += ")"
		}
	}
	return word
}
