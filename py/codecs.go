package py

import (
	"encoding/binary"
	"fmt"
	"strings"
	"unicode/utf8"
)

// The built-in codecs str.encode and bytes.decode use: UTF-8, ASCII, Latin-1,
// UTF-16 and UTF-32, with the error handlers strict, ignore, replace,
// xmlcharrefreplace, backslashreplace, surrogateescape and surrogatepass.

// normEncoding spells an encoding name as the codecs registry does.
func normEncoding(name string) string {
	n := strings.ToLower(strings.TrimSpace(name))
	n = strings.NewReplacer("-", "_", " ", "_").Replace(n)
	switch n {
	case "utf8", "utf_8", "u8", "utf", "cp65001":
		return "utf_8"
	case "utf_8_sig", "utf8_sig":
		return "utf_8_sig"
	case "ascii", "us_ascii", "646", "us":
		return "ascii"
	case "latin_1", "latin1", "latin", "l1", "iso_8859_1", "iso8859_1", "8859", "cp819", "iso_ir_100":
		return "latin_1"
	case "utf_16", "utf16", "u16":
		return "utf_16"
	case "utf_16_le", "utf_16le":
		return "utf_16_le"
	case "utf_16_be", "utf_16be":
		return "utf_16_be"
	case "utf_32", "utf32", "u32":
		return "utf_32"
	case "utf_32_le", "utf_32le":
		return "utf_32_le"
	case "utf_32_be", "utf_32be":
		return "utf_32_be"
	}
	return n
}

func displayEncoding(n string) string {
	switch n {
	case "utf_8", "utf_8_sig":
		return "utf-8"
	case "latin_1":
		return "latin-1"
	case "utf_16", "utf_16_le", "utf_16_be", "utf_32", "utf_32_le", "utf_32_be":
		return strings.ReplaceAll(n, "_", "-")
	}
	return n
}

// encodeStr is str.encode(encoding, errors).
func encodeStr(t *Thread, s *Str, encoding, errors string) (Value, *Exception) {
	enc := normEncoding(encoding)
	limit := rune(-1)
	switch enc {
	case "utf_8", "utf_8_sig":
		limit = 0x10FFFF
	case "ascii":
		limit = 0x7F
	case "latin_1":
		limit = 0xFF
	case "utf_16", "utf_16_le", "utf_16_be", "utf_32", "utf_32_le", "utf_32_be":
		limit = 0x10FFFF
	default:
		return t.codecEncode(newStrN(s.s, s.n), encoding, errors)
	}
	rs := s.Runes()
	var out []byte
	if enc == "utf_8_sig" {
		out = append(out, 0xEF, 0xBB, 0xBF)
	}
	putUnit := func(r rune) {
		switch enc {
		case "utf_8", "utf_8_sig":
			out = appendRune(out, r)
		case "ascii", "latin_1":
			out = append(out, byte(r))
		case "utf_16", "utf_16_le", "utf_16_be":
			be := enc == "utf_16_be"
			put := func(u uint16) {
				if be {
					out = binary.BigEndian.AppendUint16(out, u)
				} else {
					out = binary.LittleEndian.AppendUint16(out, u)
				}
			}
			if r >= 0x10000 {
				r -= 0x10000
				put(uint16(0xD800 + r>>10))
				put(uint16(0xDC00 + r&0x3FF))
			} else {
				put(uint16(r))
			}
		default:
			if enc == "utf_32_be" {
				out = binary.BigEndian.AppendUint32(out, uint32(r))
			} else {
				out = binary.LittleEndian.AppendUint32(out, uint32(r))
			}
		}
	}
	if enc == "utf_16" {
		out = append(out, 0xFF, 0xFE)
	} else if enc == "utf_32" {
		out = append(out, 0xFF, 0xFE, 0, 0)
	}
	reason := "ordinal not in range(128)"
	if limit == 0xFF {
		reason = "ordinal not in range(256)"
	} else if limit > 0xFF {
		reason = "surrogates not allowed"
	}
	// Unicode encodings refuse lone surrogates; the others what is past their range.
	unencodable := func(r rune) bool { return r > limit || r >= 0xD800 && r <= 0xDFFF && limit > 0xFF }
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if !unencodable(r) {
			putUnit(r)
			continue
		}
		end := i + 1
		for end < len(rs) && unencodable(rs[end]) {
			end++
		}
		switch errors {
		case "strict":
			return Value{}, unicodeEncodeError(displayEncoding(enc), s, i, end, reason)
		case "ignore":
		case "replace":
			for j := i; j < end; j++ {
				putUnit('?')
			}
		case "xmlcharrefreplace":
			for j := i; j < end; j++ {
				for _, c := range fmt.Sprintf("&#%d;", rs[j]) {
					putUnit(c)
				}
			}
		case "backslashreplace":
			for j := i; j < end; j++ {
				for _, c := range escapeRune(rs[j]) {
					putUnit(c)
				}
			}
		case "surrogateescape":
			// Single bytes only, so never for UTF-16 and UTF-32; any character
			// that is not an escaped byte fails the whole run.
			wide := strings.HasPrefix(enc, "utf_16") || strings.HasPrefix(enc, "utf_32")
			for j := i; j < end; j++ {
				if wide || rs[j] < 0xDC80 || rs[j] > 0xDCFF {
					return Value{}, unicodeEncodeError(displayEncoding(enc), s, i, end, reason)
				}
			}
			for j := i; j < end; j++ {
				out = append(out, byte(rs[j]-0xDC00))
			}
		case "surrogatepass":
			for j := i; j < end; j++ {
				if rs[j] < 0xD800 || rs[j] > 0xDFFF || limit <= 0xFF {
					return Value{}, unicodeEncodeError(displayEncoding(enc), s, i, end, reason)
				}
			}
			for j := i; j < end; j++ {
				putUnit(rs[j])
			}
		default:
			// A handler from the registry (namereplace, or one a program
			// registered): its replacement must itself be encodable.
			exc := unicodeEncodeError(displayEncoding(enc), s, i, end, reason)
			rep, pos, err := t.CallErrorHandler(errors, exc, len(rs), true)
			if err != nil {
				return Value{}, err
			}
			if rep.Type().layout == bytesType {
				out = append(out, bytesOf(rep)...)
			} else {
				for _, r := range rep.str().Runes() {
					if unencodable(r) {
						return Value{}, exc
					}
					putUnit(r)
				}
			}
			i = pos - 1
			continue
		}
		i = end - 1
	}
	return NewBytes(out), nil
}

func escapeRune(r rune) string {
	switch {
	case r <= 0xFF:
		return fmt.Sprintf("\\x%02x", r)
	case r <= 0xFFFF:
		return fmt.Sprintf("\\u%04x", r)
	}
	return fmt.Sprintf("\\U%08x", r)
}

func unicodeEncodeError(enc string, s *Str, start, end int, reason string) *Exception {
	return NewException(unicodeEncodeErrorExc, NewStr(enc), newStrN(s.s, s.n), Int(int64(start)), Int(int64(end)), NewStr(reason))
}

func unicodeDecodeError(enc string, b []byte, start, end int, reason string) *Exception {
	return NewException(unicodeDecodeErrorExc, NewStr(enc), NewBytes(append([]byte(nil), b...)), Int(int64(start)), Int(int64(end)), NewStr(reason))
}

// decodeBytes is bytes.decode(encoding, errors).
func decodeBytes(t *Thread, b []byte, encoding, errors string) (Value, *Exception) {
	enc := normEncoding(encoding)
	switch enc {
	case "utf_8", "utf_8_sig", "ascii", "latin_1", "utf_16", "utf_16_le", "utf_16_be", "utf_32", "utf_32_le", "utf_32_be":
	default:
		return t.codecDecode(b, encoding, errors)
	}
	// errName is the codec name errors give: a UTF-16/32 stream decodes as the
	// little- or big-endian codec its BOM (or its absence) chose.
	errName := displayEncoding(enc)
	if enc == "utf_16" || enc == "utf_32" {
		errName += "-le"
	}
	var sb strings.Builder
	// resume is where a registered error handler said decoding goes on (-1: after
	// the bad bytes); next gives the position to continue from.
	resume := -1
	next := func(def int) int {
		if resume >= 0 {
			r := resume
			resume = -1
			return r
		}
		return def
	}
	// bad handles the undecodable bytes b[i:end]; it returns an error for strict.
	bad := func(i, end int, reason string) *Exception {
		switch errors {
		case "strict":
			return unicodeDecodeError(errName, b, i, end, reason)
		case "ignore":
		case "replace":
			sb.WriteRune(0xFFFD)
		case "backslashreplace":
			for _, c := range b[i:end] {
				fmt.Fprintf(&sb, "\\x%02x", c)
			}
		case "surrogateescape":
			for _, c := range b[i:end] {
				if c < 0x80 {
					return unicodeDecodeError(errName, b, i, end, reason)
				}
				writeRune(&sb, 0xDC00+rune(c))
			}
		default:
			rep, pos, err := t.CallErrorHandler(errors, unicodeDecodeError(errName, b, i, end, reason), len(b), false)
			if err != nil {
				return err
			}
			sb.WriteString(rep.str().s)
			resume = pos
		}
		return nil
	}
	switch enc {
	case "utf_8", "utf_8_sig":
		if enc == "utf_8_sig" && len(b) >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF {
			b = b[3:]
		}
		for i := 0; i < len(b); {
			c := b[i]
			if c < 0x80 {
				sb.WriteByte(c)
				i++
				continue
			}
			r, n := utf8.DecodeRune(b[i:])
			if r != utf8.RuneError || n > 1 {
				sb.WriteRune(r)
				i += n
				continue
			}
			// surrogatepass: a 3-byte encoded surrogate
			if errors == "surrogatepass" && i+2 < len(b) && c == 0xED && b[i+1]&0xE0 == 0xA0 && b[i+2]&0xC0 == 0x80 {
				writeRune(&sb, rune(c&0x0F)<<12|rune(b[i+1]&0x3F)<<6|rune(b[i+2]&0x3F))
				i += 3
				continue
			}
			n, reason := utf8ErrorSpan(b[i:])
			if err := bad(i, i+n, reason); err != nil {
				return Value{}, err
			}
			i = next(i + n)
		}
	case "ascii", "latin_1":
		for i := 0; i < len(b); {
			c := b[i]
			if c >= 0x80 && enc == "ascii" {
				if err := bad(i, i+1, "ordinal not in range(128)"); err != nil {
					return Value{}, err
				}
				i = next(i + 1)
				continue
			}
			sb.WriteRune(rune(c))
			i++
		}
	case "utf_16", "utf_16_le", "utf_16_be":
		be := enc == "utf_16_be"
		first := 0 // after a BOM: positions stay those of the whole input
		if enc == "utf_16" && len(b) >= 2 {
			if b[0] == 0xFE && b[1] == 0xFF {
				be, first, errName = true, 2, "utf-16-be"
			} else if b[0] == 0xFF && b[1] == 0xFE {
				first = 2
			}
		}
		u16 := func(i int) rune {
			if be {
				return rune(binary.BigEndian.Uint16(b[i:]))
			}
			return rune(binary.LittleEndian.Uint16(b[i:]))
		}
		for i := first; i < len(b); {
			if i+1 >= len(b) {
				if err := bad(i, len(b), "truncated data"); err != nil {
					return Value{}, err
				}
				break
			}
			r := u16(i)
			if r >= 0xD800 && r <= 0xDBFF {
				if i+3 < len(b) {
					if r2 := u16(i + 2); r2 >= 0xDC00 && r2 <= 0xDFFF {
						sb.WriteRune(0x10000 + (r-0xD800)<<10 + (r2 - 0xDC00))
						i += 4
						continue
					}
					if err := bad(i, i+2, "illegal UTF-16 surrogate"); err != nil {
						return Value{}, err
					}
					i = next(i + 2)
					continue
				}
				if err := bad(i, len(b), "unexpected end of data"); err != nil {
					return Value{}, err
				}
				break
			}
			if r >= 0xDC00 && r <= 0xDFFF {
				if err := bad(i, i+2, "illegal encoding"); err != nil {
					return Value{}, err
				}
				i = next(i + 2)
				continue
			}
			sb.WriteRune(r)
			i += 2
		}
	case "utf_32", "utf_32_le", "utf_32_be":
		be := enc == "utf_32_be"
		first := 0
		if enc == "utf_32" && len(b) >= 4 {
			if b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF {
				be, first, errName = true, 4, "utf-32-be"
			} else if b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0 {
				first = 4
			}
		}
		for i := first; i < len(b); i += 4 {
			if i+3 >= len(b) {
				if err := bad(i, len(b), "truncated data"); err != nil {
					return Value{}, err
				}
				break
			}
			var u uint32
			if be {
				u = binary.BigEndian.Uint32(b[i:])
			} else {
				u = binary.LittleEndian.Uint32(b[i:])
			}
			r := rune(u)
			if u > 0x10FFFF || r >= 0xD800 && r <= 0xDFFF {
				if err := bad(i, i+4, "code point not in range(0x110000)"); err != nil {
					return Value{}, err
				}
				i = next(i+4) - 4
				continue
			}
			sb.WriteRune(r)
		}
	}
	return NewStr(sb.String()), nil
}

// utf8ErrorSpan tells how many bytes of an invalid UTF-8 sequence CPython's decoder
// reports at once, and why.
func utf8ErrorSpan(b []byte) (int, string) {
	c := b[0]
	var need int
	lo, hi := byte(0x80), byte(0xBF)
	switch {
	case c >= 0xC2 && c <= 0xDF:
		need = 1
	case c >= 0xE0 && c <= 0xEF:
		need = 2
		if c == 0xE0 {
			lo = 0xA0
		} else if c == 0xED {
			hi = 0x9F
		}
	case c >= 0xF0 && c <= 0xF4:
		need = 3
		if c == 0xF0 {
			lo = 0x90
		} else if c == 0xF4 {
			hi = 0x8F
		}
	default:
		return 1, "invalid start byte"
	}
	for k := 1; k <= need; k++ {
		if k >= len(b) {
			return k, "unexpected end of data"
		}
		x := b[k]
		if k == 1 && (x < lo || x > hi) || k > 1 && x&0xC0 != 0x80 {
			return k, "invalid continuation byte"
		}
	}
	return need + 1, "invalid continuation byte"
}

// codecArgs parses (encoding='utf-8', errors='strict').
func codecArgs(t *Thread, name string, args []Value, kw *Tuple) (string, string, *Exception) {
	var a [2]Value
	if err := parseArgs(name, args, kw, []string{"encoding", "errors"}, 0, 0, -1, a[:]); err != nil {
		return "", "", err
	}
	enc, errs := "utf-8", "strict"
	for i, p := range []*string{&enc, &errs} {
		if a[i].IsNil() {
			continue
		}
		if a[i].Type().layout != strType {
			return "", "", typeErrorf("%s() argument '%s' must be str, not %s", name, []string{"encoding", "errors"}[i], typeName(a[i]))
		}
		*p = a[i].str().s
	}
	return enc, errs, nil
}
