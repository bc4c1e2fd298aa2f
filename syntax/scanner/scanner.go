// Package scanner turns Python 3.13 source into tokens, as CPython's C tokenizer does
// for its parser, and decodes literal tokens into constant values.
//
// THIS FILE IS THE CONTRACT between the scanner and the parser: the exported names and
// their documented behaviour below. Bodies may change freely; signatures change only by
// agreement (the parser depends on them).
package scanner

import (
	"github.com/kaa-python/kaa/constant"
	"github.com/kaa-python/kaa/syntax/token"
)

// Mode selects optional tokens.
type Mode uint

const (
	// Comments asks for COMMENT and NL tokens (the parser does not want them).
	Comments Mode = 1 << iota
	// TypeComments asks for TYPE_COMMENT tokens for `# type: ...` comments, and
	// TYPE_IGNORE for `# type: ignore...` comments, as CPython's parser with
	// PyCF_TYPE_COMMENTS (ast.parse(type_comments=True)) gets them.
	TypeComments
)

// Warning is a SyntaxWarning or DeprecationWarning found while scanning, such as
// "invalid escape sequence '\d'". Line and Col locate the token, as CPython reports it.
type Warning struct {
	Category string // "SyntaxWarning" or "DeprecationWarning"
	Msg      string
	Line     int
	Col      int
}

// Decode turns raw source bytes into UTF-8 text as CPython reads a source file: a
// UTF-8 BOM is removed, a PEP 263 coding cookie on line 1 or 2 is honoured (any codec
// CPython accepts there that the scanner supports; an unknown one is a SyntaxError
// "unknown encoding: X"), otherwise the bytes must be valid UTF-8 (else SyntaxError
// "(unicode error) 'utf-8' codec can't decode byte 0x.. in position N: ..."). Line
// endings \r\n and \r become \n. A NUL byte is a SyntaxError "source code cannot
// contain null bytes". The returned error is a *token.Error.
func Decode(filename string, src []byte) (string, error) {
	panic("scanner.Decode: not implemented yet")
}

// Scanner produces the tokens of one decoded source text.
type Scanner struct {
	filename string
	src      string
	mode     Mode
	// Warnings collects the warnings found so far, in source order.
	Warnings []Warning
}

// New returns a scanner for src, which must already be decoded (see Decode).
func New(filename, src string, mode Mode) *Scanner {
	return &Scanner{filename: filename, src: src, mode: mode}
}

// Next returns the next token. After the last real token it returns NEWLINE (if the
// source did not end with one), DEDENTs to close open blocks, and then ENDMARKER
// forever. A lexical error (bad indentation, unterminated string, invalid character,
// invalid decimal literal, unmatched bracket, ...) is returned as a *token.Error with
// CPython's type, message and position; after an error the scanner must not be used.
//
// The scanner tracks bracket nesting itself, for implicit line joining and for
// f-strings: inside a replacement field, a ':' at the field's own nesting level starts
// a format spec, which is scanned as FSTRING_MIDDLE text and nested fields.
func (s *Scanner) Next() (token.Token, error) {
	panic("scanner.Next: not implemented yet")
}

// Line returns the text of source line n (1-based) with its trailing newline, or ""
// when there is no such line. Used for SyntaxError.text.
func (s *Scanner) Line(n int) string {
	panic("scanner.Line: not implemented yet")
}

// DecodeString decodes the text of one STRING token (prefix, quotes and body) into a
// constant.Str or constant.Bytes, processing escapes per its prefix (\N{NAME} included)
// and recording invalid-escape SyntaxWarnings on s. tok is used for error positions.
// Errors (e.g. "(unicode error) 'unicodeescape' codec can't decode bytes in position
// 0-1: truncated \xXX escape", "bytes can only contain ASCII literal characters") are
// *token.Error values as CPython reports them.
func (s *Scanner) DecodeString(tok token.Token) (constant.Value, error) {
	panic("scanner.DecodeString: not implemented yet")
}

// DecodeFStringMiddle decodes the text of an FSTRING_MIDDLE token: `{{` and `}}` become
// single braces and, unless raw (the f-string has an r prefix), escapes are processed.
func (s *Scanner) DecodeFStringMiddle(tok token.Token, raw bool) (string, error) {
	panic("scanner.DecodeFStringMiddle: not implemented yet")
}

// ParseNumber converts the text of a NUMBER token to constant.Int, constant.Float or
// constant.Complex (an imaginary literal such as 2j is Complex(0+2i)). Underscores are
// allowed as the grammar allows them (the scanner has already rejected bad ones).
// An integer literal longer than CPython's int max str digits (4300) is still converted
// (the limit does not apply to literals... check CPython: it raises SyntaxError
// "Exceeds the limit (4300 digits) for integer string conversion: value has N digits;
// use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for
// huge integer literals to avoid decimal conversion limits.").
func ParseNumber(text string) (constant.Value, error) {
	panic("scanner.ParseNumber: not implemented yet")
}
