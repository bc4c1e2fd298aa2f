package parser

import (
	"strings"

	"github.com/kaa-python/kaa/constant"
	"github.com/kaa-python/kaa/syntax/ast"
	"github.com/kaa-python/kaa/syntax/token"
)

// strings parses one or more adjacent string and f-string literals into a Constant or
// a JoinedStr, as CPython's _PyPegen_concatenate_strings.
func (p *parser) strings() ast.Expr {
	start := p.start()
	var parts []ast.Expr // Constant (str) and JoinedStr pieces, in order
	hasF, hasBytes, hasStr := false, false, false
	kind := ""
	first := true
	var bytesVal strings.Builder
	for p.at(token.STRING) || p.at(token.FSTRING_START) {
		t := p.tok()
		if t.Kind == token.STRING {
			p.advance()
			v, err := p.sc.DecodeString(*t)
			if err != nil {
				p.fail(err.(*token.Error))
			}
			if first && (t.Text[0] == 'u' || t.Text[0] == 'U') {
				kind = "u"
			}
			switch x := v.(type) {
			case constant.Bytes:
				hasBytes = true
				bytesVal.WriteString(string(x))
			case constant.Str:
				hasStr = true
				parts = append(parts, &ast.Constant{Pos: posTo(t.Start, t.End), Value: x})
			}
		} else {
			hasF = true
			hasStr = true
			parts = append(parts, p.fstring())
		}
		first = false
	}
	ps := p.pos(start)
	if hasBytes && hasStr {
		p.mixedBytes(start)
	}
	if hasBytes {
		return &ast.Constant{Pos: ps, Value: constant.Bytes(bytesVal.String())}
	}
	if !hasF {
		var b strings.Builder
		for _, c := range parts {
			b.WriteString(string(c.(*ast.Constant).Value.(constant.Str)))
		}
		return &ast.Constant{Pos: ps, Value: constant.Str(b.String()), Kind: kind}
	}
	// Flatten f-string pieces and merge adjacent constants.
	var values []ast.Expr
	var pend *ast.Constant
	var pendText strings.Builder
	flush := func() {
		if pend != nil {
			if pendText.Len() > 0 {
				pend.Value = constant.Str(pendText.String())
				values = append(values, pend)
			}
			pend = nil
			pendText.Reset()
		}
	}
	addConst := func(c *ast.Constant) {
		s := string(c.Value.(constant.Str))
		if pend == nil {
			cp := *c
			pend = &cp
		} else {
			pend.EndLineno, pend.EndColOffset = c.EndLineno, c.EndColOffset
		}
		pendText.WriteString(s)
	}
	for _, part := range parts {
		switch x := part.(type) {
		case *ast.Constant:
			addConst(x)
		case *ast.JoinedStr:
			for _, v := range x.Values {
				if c, ok := v.(*ast.Constant); ok {
					addConst(c)
				} else {
					flush()
					values = append(values, v)
				}
			}
		}
	}
	flush()
	return &ast.JoinedStr{Pos: ps, Values: values}
}

// fstring parses FSTRING_START ... FSTRING_END into a JoinedStr whose values are
// Constants and FormattedValues (adjacent constants merged).
func (p *parser) fstring() ast.Expr {
	st := p.advance()
	raw := strings.ContainsAny(st.Text[:len(st.Text)-1], "rR")
	values := p.fstringParts(raw, token.FSTRING_END)
	p.expect(token.FSTRING_END)
	return &ast.JoinedStr{Pos: p.pos(st.Start), Values: values}
}

// fstringParts parses literal parts and replacement fields up to the token kind end
// (FSTRING_END, or RBRACE for a format spec).
func (p *parser) fstringParts(raw bool, end token.Kind) []ast.Expr {
	var values []ast.Expr
	var last *ast.Constant
	addText := func(s string, a, b token.Position) {
		if last != nil {
			last.Value = constant.Str(string(last.Value.(constant.Str)) + s)
			last.EndLineno, last.EndColOffset = b.Line, b.Col
			return
		}
		last = &ast.Constant{Pos: posTo(a, b), Value: constant.Str(s)}
		values = append(values, last)
	}
	for !p.at(end) {
		switch p.kind() {
		case token.FSTRING_MIDDLE:
			t := p.advance()
			s, err := p.sc.DecodeFStringMiddle(*t, raw)
			if err != nil {
				p.fail(err.(*token.Error))
			}
			if s != "" {
				addText(s, t.Start, t.End)
			}
		case token.LBRACE:
			fv, debug, dstart, dend := p.replacementField(raw)
			if debug != "" {
				addText(debug, dstart, dend)
			}
			values = append(values, fv)
			last = nil
		default:
			p.syntaxError()
		}
	}
	// Drop empty constants.
	out := values[:0]
	for _, v := range values {
		if c, ok := v.(*ast.Constant); ok && c.Value.(constant.Str) == "" {
			continue
		}
		out = append(out, v)
	}
	return out
}

// replacementField parses '{' expr ['='] ['!' conv] [':' spec] '}'. For the `=` form
// it returns the debug text and its span.
func (p *parser) replacementField(raw bool) (fv ast.Expr, debug string, dstart, dend token.Position) {
	lb := p.advance()
	switch t := p.tok(); t.Kind {
	case token.RBRACE, token.EXCLAMATION, token.COLON, token.EQUAL:
		p.errorAt("SyntaxError", t.Start, t.End, "f-string: valid expression required before '%s'", t.Text)
	case token.NAME:
		if t.Text == "lambda" {
			i := p.p
			for i < len(p.toks)-1 && p.toks[i].Kind != token.COLON && p.toks[i].Kind != token.RBRACE {
				i++
			}
			p.errorAt("SyntaxError", t.Start, p.toks[i].End, "f-string: lambda expressions are not allowed without parentheses")
		}
	}
	var e ast.Expr
	if p.atKw("yield") {
		e = p.yieldExpr()
	} else {
		e = p.starExpressions()
	}
	conv := -1
	explicit := false
	if p.at(token.EQUAL) {
		p.advance()
		// The debug text runs from after '{' to the end of '=' plus following spaces.
		nxt := p.tok()
		debug = stripComments(p.src[lb.End.Offset:nxt.Start.Offset])
		dstart, dend = lb.End, nxt.Start
		conv = 'r'
	}
	if p.at(token.EXCLAMATION) {
		p.advance()
		n := p.tok()
		if n.Kind == token.RBRACE || n.Kind == token.COLON {
			p.errorAt("SyntaxError", n.Start, n.End, "f-string: missing conversion character")
		}
		if n.Kind != token.NAME || (n.Text != "r" && n.Text != "s" && n.Text != "a") {
			p.errorAt("SyntaxError", n.Start, n.End, "f-string: invalid conversion character '%s': expected 's', 'r', or 'a'", n.Text)
		}
		p.advance()
		conv = int(n.Text[0])
		explicit = true
	}
	var spec ast.Expr
	if p.at(token.COLON) {
		c := p.advance()
		vals := p.fstringParts(raw, token.RBRACE)
		e := p.tok().Start
		spec = &ast.JoinedStr{Pos: posTo(c.Start, e), Values: vals}
		if debug != "" && !explicit {
			conv = -1
		}
	}
	if !p.at(token.RBRACE) {
		t := p.tok()
		p.errorAt("SyntaxError", t.Start, t.End, "f-string: expecting '}'")
	}
	p.advance()
	return &ast.FormattedValue{Pos: p.pos(lb.Start), Value: e, Conversion: conv, FormatSpec: spec}, debug, dstart, dend
}

// stripComments removes `#` comments (outside string literals) from the text of a
// self-documenting f-string expression, as CPython's tokenizer does.
func stripComments(s string) string {
	if strings.IndexByte(s, '#') < 0 {
		return s
	}
	var b strings.Builder
	var quote byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case quote != 0:
			if c == '\\' && i+1 < len(s) {
				b.WriteByte(c)
				i++
				c = s[i]
			} else if c == quote {
				quote = 0
			}
		case c == '\'' || c == '"':
			quote = c
		case c == '#':
			j := strings.IndexByte(s[i:], '\n')
			if j < 0 {
				return b.String()
			}
			i += j - 1
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

// mixedBytes reports the first literal whose bytes-ness differs from the first one's.
func (p *parser) mixedBytes(start token.Position) {
	i := p.p - 1
	for i > 0 && p.toks[i].Start.Offset > start.Offset {
		i--
	}
	isB := func(t token.Token) bool {
		if t.Kind != token.STRING {
			return false
		}
		pre := t.Text[:strings.IndexAny(t.Text, "'\"")]
		return strings.ContainsAny(pre, "bB")
	}
	first := isB(p.toks[i])
	for j := i + 1; j < p.p; j++ {
		t := p.toks[j]
		if t.Kind != token.STRING && t.Kind != token.FSTRING_START {
			continue
		}
		if isB(t) != first {
			end := t
			if t.Kind == token.FSTRING_START {
				for k := j; k < p.p; k++ {
					if p.toks[k].Kind == token.FSTRING_END {
						end = p.toks[k]
						break
					}
				}
			}
			e := end.End
			e.Col++
			p.errorAt("SyntaxError", end.End, e, "cannot mix bytes and nonbytes literals")
		}
	}
	p.errorAt("SyntaxError", start, p.prevEnd(), "cannot mix bytes and nonbytes literals")
}
