package parser

import (
	"fmt"
	"runtime"
	"strings"

	"github.com/kaa-python/kaa/syntax/ast"
	"github.com/kaa-python/kaa/syntax/scanner"
	"github.com/kaa-python/kaa/syntax/token"
)

// Interactive parses the lines typed so far at an interactive prompt as CPython's
// read-eval-print loop does (PyRun_InteractiveOneObject, start symbol `interactive`).
//
// CPython's tokenizer reads a further line only when the parser asks for a token
// beyond the lines it has; so does this function, by parsing text and watching
// whether the parser looks at a token that only the end of text produced (the
// DEDENTs and ENDMARKER after the last line, or an unclosed bracket, triple-quoted
// string or backslash continuation). If it does, more is true and the caller reads
// another line (prompt sys.ps2) and calls again with the longer text. Otherwise the
// result is final: the statement, or its SyntaxError as a *token.Error.
//
// A totally empty last line ends a compound statement, as in CPython's interactive
// tokenizer (outside brackets and strings); eof says that no more input will come,
// so the text is parsed as it stands. A first line holding only blanks or a comment
// is an empty statement (an ast.Interactive with no body).
func Interactive(filename, text string, eof bool) (tree *ast.Interactive, more bool, err error) {
	res, more, err := InteractiveResult(filename, text, eof)
	if res != nil {
		tree, _ = res.Tree.(*ast.Interactive)
	}
	return tree, more, err
}

// InteractiveResult is Interactive with the warnings found on the way: the tree is
// an *ast.Interactive.
func InteractiveResult(filename, text string, eof bool) (res *Result, more bool, err error) {
	if text == "" && eof {
		return &Result{Tree: &ast.Interactive{}}, false, nil
	}
	if !strings.HasSuffix(text, "\n") {
		text += "\n"
	}
	if !strings.Contains(strings.TrimSuffix(text, "\n"), "\n") {
		if s := strings.TrimLeft(text, " \t\f"); s == "\n" || strings.HasPrefix(s, "#") {
			return &Result{Tree: &ast.Interactive{}}, false, nil
		}
	}
	final := eof || text == "\n" || strings.HasSuffix(text, "\n\n")
	tree, sc, err, touched, _ := parseInteractive(filename, text)
	if touched && !final {
		return nil, true, nil
	}
	if touched && !eof && err != nil && isEOFError(err) {
		// A blank line inside brackets or a triple-quoted string continues it.
		return nil, true, nil
	}
	if err != nil {
		return nil, false, err
	}
	return &Result{Tree: tree, Warnings: sc.Warnings, sc: sc}, false, nil
}

// isEOFError reports whether a tokenizer error only says that the input stopped
// inside a bracket, a string or a backslash continuation.
func isEOFError(err error) bool {
	e, ok := err.(*token.Error)
	if !ok {
		return false
	}
	return strings.HasSuffix(e.Msg, "was never closed") ||
		strings.HasPrefix(e.Msg, "unterminated triple-quoted") ||
		e.Msg == "unexpected EOF while parsing"
}

// parseInteractive parses text; touched reports whether the parser looked at a token
// produced by the end of the text.
func parseInteractive(filename, text string) (tree *ast.Interactive, sc *scanner.Scanner, err error, touched bool, p *parser) {
	p = &parser{filename: filename, src: text}
	p.sc = scanner.New(filename, text, 0)
	sc = p.sc
	boundary := -1
	defer func() {
		if r := recover(); r != nil {
			if b, ok := r.(bail); ok {
				tree, err = nil, b.err
			} else if _, ok := r.(runtime.Error); ok {
				tree, err = nil, &token.Error{Type: "SystemError", Msg: fmt.Sprintf("internal parser error: %v", r), Filename: filename}
			} else {
				panic(r)
			}
		}
		touched = boundary >= 0 && p.seen >= boundary
	}()
	p.tokenize()
	for i, t := range p.toks {
		switch {
		case t.Kind == token.ERRORTOKEN && isEOFError(p.tokErr):
		case (t.Kind == token.DEDENT || t.Kind == token.ENDMARKER) && t.Start.Offset >= len(text):
		default:
			continue
		}
		boundary = i
		break
	}
	body := p.statement(nil)
	if len(body) == 1 && isCompound(body[0]) {
		// statement_newline: compound_stmt NEWLINE — the NEWLINE of the empty line
		// that ended the block, here the end of the text.
		if k := p.kind(); k != token.NEWLINE && k != token.ENDMARKER {
			t := p.tok()
			p.errorAt("SyntaxError", t.Start, t.End, "invalid syntax")
		}
	}
	return &ast.Interactive{Body: body}, sc, nil, false, p
}

// IncompleteInput answers compile()'s PyCF_ALLOW_INCOMPLETE_INPUT question in
// mode 'single', which codeop asks: could more lines complete text? It follows
// CPython's tokenizer under PyCF_DONT_IMPLY_DEDENT: the end of a text without a
// final newline closes no block, and an error met at the end of the text (or, for
// the parser, on a last line without its newline) is incompleteness, while the
// tokenizer's other errors (an unmatched bracket, a bad dedent) are not.
func IncompleteInput(filename, text string) bool {
	_, _, err, touched, p := parseInteractive(filename, text)
	final := strings.HasSuffix(text, "\n")
	if err == nil {
		if final {
			return false
		}
		for _, t := range p.toks {
			if t.Kind == token.DEDENT && t.Start.Offset >= len(text) {
				return true
			}
		}
		return false
	}
	if e, _ := err.(*token.Error); err == p.tokErr && e != nil && strings.HasPrefix(e.Msg, "unterminated string literal") {
		// A quoted string continued by a backslash at the end of the text.
		return strings.HasSuffix(text, "\\") || strings.HasSuffix(text, "\\\n")
	}
	if err == p.tokErr && !final && strings.HasSuffix(text, "\\") {
		// A backslash ending a text without a newline continues nothing.
		return false
	}
	if touched {
		return true
	}
	if err == p.tokErr {
		return isEOFError(err)
	}
	e, ok := err.(*token.Error)
	return ok && !final && e.Lineno == strings.Count(text, "\n")+1
}

func isCompound(s ast.Stmt) bool {
	switch s.(type) {
	case *ast.FunctionDef, *ast.AsyncFunctionDef, *ast.ClassDef, *ast.If, *ast.For, *ast.AsyncFor,
		*ast.While, *ast.With, *ast.AsyncWith, *ast.Try, *ast.TryStar, *ast.Match:
		return true
	}
	return false
}
