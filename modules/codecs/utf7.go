package codecsmod

import (
	"github.com/kaa-python/kaa/py"
)

// UTF-7 (RFC 2152) as CPython codes it: set D characters and whitespace go
// directly, everything else in base64 shift sequences of UTF-16 units.

const b64chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

func b64val(c byte) int {
	switch {
	case c >= 'A' && c <= 'Z':
		return int(c - 'A')
	case c >= 'a' && c <= 'z':
		return int(c-'a') + 26
	case c >= '0' && c <= '9':
		return int(c-'0') + 52
	case c == '+':
		return 62
	case c == '/':
		return 63
	}
	return -1
}

// utf7Direct reports whether the encoder writes r as itself: set D and whitespace.
func utf7Direct(r rune) bool {
	if r <= 0 || r >= 128 {
		return false
	}
	c := byte(r)
	switch {
	case c >= 'A' && c <= 'Z', c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		return true
	}
	// Set D, set O and whitespace; '+', '\\' and '~' always go in base64.
	switch c {
	case '+', '\\', '~':
		return false
	}
	return c >= ' ' && c < 0x7F || c == '\t' || c == '\r' || c == '\n'
}

func utf7Encode(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
	s, err := strArg("utf_7_encode", 1, a[0])
	if err != nil {
		return py.Value{}, err
	}
	if _, err := errorsArg("utf_7_encode", a[1]); err != nil {
		return py.Value{}, err
	}
	var out []byte
	inShift := false
	bits, buf := 0, uint64(0)
	flush := func() {
		if bits > 0 {
			out = append(out, b64chars[(buf<<(6-bits))&0x3F])
			buf, bits = 0, 0
		}
	}
	push := func(u uint16) {
		buf = buf<<16 | uint64(u)
		bits += 16
		for bits >= 6 {
			out = append(out, b64chars[(buf>>(bits-6))&0x3F])
			bits -= 6
		}
		buf &= 1<<bits - 1
	}
	for _, r := range runesOf(s) {
		if inShift {
			if utf7Direct(r) {
				flush()
				inShift = false
				if b64val(byte(r)) >= 0 || r == '-' {
					out = append(out, '-')
				}
				out = append(out, byte(r))
				continue
			}
		} else {
			switch {
			case r == '+':
				out = append(out, '+', '-')
				continue
			case utf7Direct(r):
				out = append(out, byte(r))
				continue
			}
			out = append(out, '+')
			inShift = true
		}
		if r >= 0x10000 {
			r -= 0x10000
			push(uint16(0xD800 + r>>10))
			push(uint16(0xDC00 + r&0x3FF))
		} else {
			push(uint16(r))
		}
	}
	flush()
	if inShift {
		out = append(out, '-')
	}
	return pair(py.NewBytes(out), py.StrLen(a[0])), nil
}

func utf7Decode(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
	b, err := dataArg(a[0])
	if err != nil {
		return py.Value{}, err
	}
	errors, err := errorsArg("utf_7_decode", a[1])
	if err != nil {
		return py.Value{}, err
	}
	final, err := finalArg(t, a[2])
	if err != nil {
		return py.Value{}, err
	}
	var out []byte
	fail := func(start, end int, reason string) (int, *py.Exception) {
		exc := py.NewException(py.UnicodeDecodeError(), py.NewStr("utf7"), py.NewBytes(b), py.Int(int64(start)), py.Int(int64(end)), py.NewStr(reason))
		if errors == "strict" {
			return 0, exc
		}
		rep, pos, err := t.CallErrorHandler(errors, exc, len(b), false)
		if err != nil {
			return 0, err
		}
		s, _ := py.AsStr(rep)
		out = append(out, s...)
		return pos, nil
	}
	inShift := false
	bits, buf := 0, uint64(0)
	var surrogate rune
	shiftStart, outStart := 0, 0
	i := 0
	for i < len(b) {
		c := b[i]
		if inShift {
			if v := b64val(c); v >= 0 {
				buf = buf<<6 | uint64(v)
				bits += 6
				i++
				if bits >= 16 {
					u := rune(buf >> (bits - 16) & 0xFFFF)
					bits -= 16
					buf &= 1<<bits - 1
					switch {
					case surrogate != 0 && u >= 0xDC00 && u <= 0xDFFF:
						out = py.AppendChar(out, 0x10000+(surrogate-0xD800)<<10+(u-0xDC00))
						surrogate = 0
					case surrogate != 0:
						out = py.AppendChar(out, surrogate)
						surrogate = 0
						fallthrough
					default:
						if u >= 0xD800 && u <= 0xDBFF {
							surrogate = u
						} else if surrogate == 0 {
							out = py.AppendChar(out, u)
						}
					}
				}
				continue
			}
			inShift = false
			i++
			if surrogate != 0 {
				out = py.AppendChar(out, surrogate)
				surrogate = 0
			}
			if bits >= 6 || buf != 0 {
				next, err := fail(shiftStart, i-1, "partial character in shift sequence")
				if err != nil {
					return py.Value{}, err
				}
				bits, buf = 0, 0
				if next != i-1 {
					i = next
					continue
				}
			}
			bits, buf = 0, 0
			if c != '-' {
				if c >= 128 {
					next, err := fail(i-1, i, "unexpected special character")
					if err != nil {
						return py.Value{}, err
					}
					i = next
					continue
				}
				out = append(out, c)
			}
			continue
		}
		switch {
		case c == '+':
			shiftStart, outStart = i, len(out)
			i++
			switch {
			case i < len(b) && b[i] == '-':
				out = append(out, '+')
				i++
			case i < len(b) && b64val(b[i]) < 0:
				next, err := fail(i-1, i+1, "ill-formed sequence")
				if err != nil {
					return py.Value{}, err
				}
				i = next
			default:
				inShift = true
			}
		case c < 128:
			out = append(out, c)
			i++
		default:
			next, err := fail(i, i+1, "unexpected special character")
			if err != nil {
				return py.Value{}, err
			}
			i = next
		}
	}
	consumed := len(b)
	if inShift {
		if !final {
			out = out[:outStart]
			consumed = shiftStart
		} else {
			if surrogate != 0 {
				out = py.AppendChar(out, surrogate)
			}
			if bits >= 6 || buf != 0 {
				if _, err := fail(shiftStart, len(b), "unterminated shift sequence"); err != nil {
					return py.Value{}, err
				}
			}
		}
	}
	s := string(out)
	return pair(py.NewStrText(s, py.CountChars(s)), consumed), nil
}
