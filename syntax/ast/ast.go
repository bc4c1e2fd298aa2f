// Package ast is Python 3.13's abstract syntax tree as CPython's ast module defines
// it: one Go type per node class, with CPython's names, fields, field order and
// location attributes (generated from python3.13 into ast_gen.go), built by package
// parser and compiled by package compile; Dump formats a tree as ast.dump does.
package ast

//go:generate sh -c "python3.13 gen_ast.py | gofmt > ast_gen.go"

// The AST node types themselves are generated into ast_gen.go by gen_ast.py from
// python3.13's ast module, so that names, fields and field order match CPython's.

// Node is implemented by every AST node, including the operator enums.
type Node interface {
	astNode()
	// className is the node's CPython class name ("FunctionDef", "Load", ...).
	className() string
	// fields lists the node's fields in CPython's _fields order.
	fields() []field
}

// Pos holds the location attributes CPython gives stmt, expr, pattern, excepthandler,
// arg, keyword, alias and type_param nodes. Lines are 1-based; columns are 0-based
// offsets in UTF-8 bytes, as CPython's ast reports them.
type Pos struct {
	Lineno, ColOffset, EndLineno, EndColOffset int
}

// GetPos returns the node's location attributes.
func (p *Pos) GetPos() *Pos { return p }

// A field is one entry of a node's _fields: its CPython name, its value, and whether
// CPython declares it optional (`T | None`), in which case a nil node, or "" for a
// string, means None.
type field struct {
	name     string
	value    any
	optional bool
}

// nodeList converts a slice of some node type to []Node for generic traversal.
func nodeList[T Node](xs []T) []Node {
	out := make([]Node, len(xs))
	for i, x := range xs {
		out[i] = x
	}
	return out
}
