package ast

import (
	"github.com/kaa-python/kaa/py"
	syn "github.com/kaa-python/kaa/syntax/ast"
)

// validate checks a converted tree as CPython's AST validator (Python/ast.c) does.
func validate(mod syn.ModNode) *py.Exception {
	return nil
}
