// Package parser turns Python 3.13 source into the AST of package ast, exactly as
// CPython's parser (ast.parse) builds it, and rejects bad source with CPython's
// SyntaxError, IndentationError or TabError.
//
// THIS FILE IS THE CONTRACT between the parser and its users (the ast dump command, the
// compiler): the exported names and their documented behaviour below. Bodies may change
// freely; signatures change only by agreement.
package parser

import (
	"errors"

	"github.com/kaa-python/kaa/syntax/ast"
	"github.com/kaa-python/kaa/syntax/scanner"
)

// Mode is the start symbol, as the mode argument of compile() and ast.parse().
type Mode int

const (
	Exec     Mode = iota // a module: ast.Module
	Eval                 // one expression: ast.Expression
	Single               // one interactive statement: ast.Interactive
	FuncType             // a function type comment "(int, str) -> bool": ast.FunctionType
)

// Options are the optional parts of ast.parse's behaviour.
type Options struct {
	// TypeComments keeps `# type:` comments (ast.parse(type_comments=True)): they fill
	// the type_comment fields and Module.type_ignores.
	TypeComments bool
}

// ErrNotImplemented is returned while the parser is being built; tests that need a
// working parser skip on it.
var ErrNotImplemented = errors.New("parser: not implemented yet")

// Result is a parsed source: the tree and the warnings found on the way
// (SyntaxWarning for invalid escapes, "invalid decimal literal" warnings, ...).
type Result struct {
	Tree     ast.ModNode
	Warnings []scanner.Warning
}

// Parse parses src, raw source bytes as read from a file (Parse decodes them with
// scanner.Decode: BOM, coding cookie, UTF-8 checks, NUL bytes). filename is used only in
// errors. A syntax error is returned as a *token.Error with CPython's type, message,
// line, offset, end line, end offset and text. Parse never panics: input that exhausts
// a resource gives CPython's error for it ("too many nested parentheses", RecursionError
// as a *token.Error with Type "RecursionError" or "MemoryError").
func Parse(filename string, src []byte, mode Mode, opts Options) (*Result, error) {
	return nil, ErrNotImplemented
}
