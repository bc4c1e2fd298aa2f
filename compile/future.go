package compile

import (
	"github.com/kaa-python/kaa/constant"
	"github.com/kaa-python/kaa/syntax/ast"
)

// FutureAnnotations reports whether a module starts with
// `from __future__ import annotations` (after an optional docstring and other
// __future__ imports), as CPython's future.c finds it.
func FutureAnnotations(mod ast.ModNode) bool {
	m, ok := mod.(*ast.Module)
	if !ok {
		return false
	}
	for i, s := range m.Body {
		if i == 0 {
			if e, ok := s.(*ast.ExprStmt); ok {
				if c, ok := e.Value.(*ast.Constant); ok {
					if _, ok := c.Value.(constant.Str); ok {
						continue
					}
				}
			}
		}
		f, ok := s.(*ast.ImportFrom)
		if !ok || f.Module != "__future__" {
			return false
		}
		for _, a := range f.Names {
			if a.Name == "annotations" {
				return true
			}
		}
	}
	return false
}
