// Package token holds the vocabulary shared by the scanner and the parser: token
// kinds numbered as CPython 3.13's token module numbers them (Kind, generated from
// python3.13 into token_gen.go), tokens with their source positions (Token,
// Position), and the SyntaxError, IndentationError or TabError that both report
// (Error, with the attributes CPython's SyntaxError carries).
package token

//go:generate sh -c "python3.13 gen_token.py | gofmt > token_gen.go"

// Kind is a token kind. The kinds and their numbers are CPython 3.13's (token_gen.go
// is generated from python3.13's token module by gen_token.py).
type Kind uint8

// String returns the token-module name of the kind ("NAME", "LPAR", ...).
func (k Kind) String() string {
	if int(k) < len(kindNames) && kindNames[k] != "" {
		return kindNames[k]
	}
	return "Kind(?)"
}

// Position is a place in the source: Line is 1-based, Col is a 0-based offset in
// UTF-8 bytes from the start of the line (as CPython's ast col_offset), Offset is the
// 0-based byte offset from the start of the (decoded, UTF-8) source.
type Position struct {
	Line, Col, Offset int
}

// Token is one token, as CPython's C tokenizer produces it for the parser.
//
// Operators carry their exact kind (LPAR, PLUSEQUAL, ...), never OP. Keywords and soft
// keywords are NAME tokens; the parser tells them apart by Text. NEWLINE, INDENT,
// DEDENT and ENDMARKER have empty Text. STRING is the whole literal including prefix
// and quotes. An f-string is FSTRING_START (prefix and opening quote), then
// FSTRING_MIDDLE literal parts (Text is the source text of that part, with `{{`/`}}`
// still doubled) and the tokens of each replacement field, then FSTRING_END (the
// closing quote). TYPE_COMMENT carries the text after "# type: ".
// COMMENT and NL are produced only when the tokenizer is asked for them (the parser
// does not want them).
type Token struct {
	Kind       Kind
	Text       string
	Start, End Position
}
