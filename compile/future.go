package compile

import (
	"github.com/kaa-python/kaa/syntax/ast"
	"github.com/kaa-python/kaa/syntax/token"
)

// futureFeatures are the names `from __future__ import` accepts: all but
// annotations are mandatory in 3.13 and change nothing.
var futureFeatures = map[string]bool{
	"nested_scopes": true, "generators": true, "division": true, "absolute_import": true,
	"with_statement": true, "print_function": true, "unicode_literals": true,
	"barry_as_FLUFL": true, "generator_stop": true, "annotations": true,
}

// future is what a module's leading __future__ imports ask for, as CPython's
// future.c finds them: after an optional docstring, a run of
// `from __future__ import ...` statements.
type future struct {
	annotations bool
	last        *ast.Pos // the last of those statements; nil when there is none
}

// parseFuture reads a module's leading __future__ imports. An unknown feature is
// a SyntaxError ("braces" has its own answer).
func parseFuture(mod ast.ModNode, filename string) (future, error) {
	var f future
	var body []ast.Stmt
	switch m := mod.(type) {
	case *ast.Module:
		body = m.Body
	case *ast.Interactive:
		body = m.Body
	default:
		return f, nil
	}
	if _, ok := docstring(body); ok {
		body = body[1:]
	}
	for _, s := range body {
		imp, ok := s.(*ast.ImportFrom)
		if !ok || imp.Level != 0 || imp.Module != "__future__" {
			break
		}
		for _, a := range imp.Names {
			msg := ""
			switch {
			case a.Name == "annotations":
				f.annotations = true
			case a.Name == "braces":
				msg = "not a chance"
			case !futureFeatures[a.Name]:
				name := a.Name
				if len(name) > 100 {
					name = name[:100]
				}
				msg = "future feature " + name + " is not defined"
			}
			if msg != "" {
				p := imp.GetPos()
				// CPython locates these at the statement's start only (no end offset).
				return f, &token.Error{Type: "SyntaxError", Msg: msg, Filename: filename, Lineno: p.Lineno,
					Offset: p.ColOffset + 1, EndLineno: p.Lineno, EndOffset: -1}
			}
		}
		f.last = imp.GetPos()
	}
	return f, nil
}

// FutureAnnotations reports whether a module starts with
// `from __future__ import annotations` (after an optional docstring and other
// __future__ imports), as CPython's future.c finds it.
func FutureAnnotations(mod ast.ModNode) bool {
	f, _ := parseFuture(mod, "")
	return f.annotations
}

// lateFuture reports whether a `from __future__ import` at p comes after the
// module's leading run of them (CPython's location_is_after).
func (f future) lateFuture(p *ast.Pos) bool {
	if f.last == nil {
		return true
	}
	return p.Lineno > f.last.Lineno || p.Lineno == f.last.Lineno && p.ColOffset > f.last.ColOffset
}
