package parser

import "github.com/kaa-python/kaa/syntax/token"

// expectedColon reports a missing ':' as CPython does: "expected ':'" at the token
// before which it was expected.
func (p *parser) expectedColon() {
	t := p.tok()
	if t.Kind == token.NEWLINE || t.Kind == token.ENDMARKER || t.Kind == token.NAME || t.Kind == token.NUMBER {
		prev := p.toks[p.p-1]
		_ = prev
		p.errorAt("SyntaxError", t.Start, t.End, "expected ':'")
	}
}
