package py

// File-system paths: os.fspath of an argument, and the str <-> OS bytes
// conversions (surrogateescape).

import (
	"strings"
	"unicode/utf8"
)

// fsPath is os.fspath for a filename argument (str, bytes or an os.PathLike).
func fsPath(t *Thread, v Value) (string, *Exception) {
	if v.Type().layout == strType {
		return fsEncode(v.str().s), nil
	}
	if s, ok := sourceText(v); ok {
		return s, nil
	}
	m, found, err := lookupSpecial(t, v, "__fspath__")
	if err != nil {
		return "", err
	}
	if found {
		r, err := Call(t, m)
		if err != nil {
			return "", err
		}
		if r.Type().layout == strType {
			return fsEncode(r.str().s), nil
		}
		if s, ok := sourceText(r); ok {
			return s, nil
		}
	}
	return "", typeErrorf("expected str, bytes or os.PathLike object, not %s", typeName(v))
}

// FsStr is os.fsdecode of a name the operating system gave (a command-line
// argument, an environment variable, a file name): UTF-8, with each byte that does
// not decode kept as the surrogate U+DC80+byte (surrogateescape, PEP 383), so that
// the name goes back to the OS unchanged (fsEncode).
func FsStr(s string) Value {
	if utf8.ValidString(s) {
		return NewStr(s)
	}
	b := make([]byte, 0, len(s)+8)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = appendRune(b, 0xDC00|rune(s[i]))
			i++
			continue
		}
		b = append(b, s[i:i+size]...)
		i += size
	}
	return NewStr(string(b))
}

// fsEncode is os.fsencode's bytes of a str (in generalised UTF-8): the surrogates
// U+DC80..U+DCFF that FsStr made become their bytes again.
func fsEncode(s string) string {
	if strings.IndexByte(s, 0xED) < 0 {
		return s
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		r, size := decodeRune(s[i:])
		if r >= 0xDC80 && r <= 0xDCFF && size == 3 {
			b = append(b, byte(r))
		} else {
			b = append(b, s[i:i+size]...)
		}
		i += size
	}
	return string(b)
}
