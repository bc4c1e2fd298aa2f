package token

import "fmt"

// Error is a SyntaxError, IndentationError or TabError, with the attributes CPython's
// SyntaxError carries. Lineno and EndLineno are 1-based. Offset and EndOffset are
// 1-based and count characters (code points) of Text, as CPython's do; 0 means unset.
// Text is the offending source line including its newline when it has one.
type Error struct {
	Type      string // "SyntaxError", "IndentationError" or "TabError"
	Msg       string
	Filename  string
	Lineno    int
	Offset    int
	EndLineno int
	EndOffset int
	Text      string
	// HasText is false where CPython's SyntaxError.text is None.
	HasText bool
}

func (e *Error) Error() string {
	return fmt.Sprintf("%s: %s (%s, line %d)", e.Type, e.Msg, e.Filename, e.Lineno)
}
