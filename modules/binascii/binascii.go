// Package binascii is the binascii module: conversions between binary data and
// ASCII encodings (hex, base64, uuencode) and the CRC-32 and CRC-CCITT checksums,
// with CPython 3.13's results and binascii.Error messages.
package binascii

import (
	"hash/crc32"
	"sync"

	"github.com/kaa-python/kaa/py"
)

// Def is the binascii module.
var Def = &py.ModuleDef{Name: "binascii", Doc: "Conversion between binary data and ASCII", Methods: methods, Exec: func(t *py.Thread, m *py.Module) *py.Exception {
	e := errTypes()
	m.Set("Error", py.TypeValue(e.err))
	m.Set("Incomplete", py.TypeValue(e.incomplete))
	return nil
}}

type errSet struct{ err, incomplete *py.Type }

var errTypes = sync.OnceValue(func() errSet {
	return errSet{
		err:        py.NewExceptionType("binascii.Error", py.ValueError(), ""),
		incomplete: py.NewExceptionType("binascii.Incomplete", py.ExceptionT(), ""),
	}
})

func binErr(format string, a ...any) *py.Exception {
	return py.Errorf(errTypes().err, format, a...)
}

// asciiData is the "ascii_buffer" converter of the a2b functions: bytes-like
// objects, or str of ASCII characters only.
func asciiData(v py.Value) ([]byte, *py.Exception) {
	if s, ok := py.AsStr(v); ok {
		for i := 0; i < len(s); i++ {
			if s[i] >= 0x80 {
				return nil, py.Errorf(py.ValueError(), "string argument should contain only ASCII characters")
			}
		}
		return []byte(s), nil
	}
	if b, ok := py.AsBuffer(v); ok {
		return b, nil
	}
	return nil, py.Errorf(py.TypeError(), "argument should be bytes, buffer or ASCII string, not '%s'", py.TypeName(v))
}

// binData is a bytes-like argument (Py_buffer).
func binData(v py.Value) ([]byte, *py.Exception) {
	if b, ok := py.AsBuffer(v); ok {
		return b, nil
	}
	return nil, py.Errorf(py.TypeError(), "a bytes-like object is required, not '%s'", py.TypeName(v))
}

const hexDigits = "0123456789abcdef"

func hexlify(t *py.Thread, a []py.Value) (py.Value, *py.Exception) {
	data, err := binData(a[0])
	if err != nil {
		return py.Value{}, err
	}
	var sep byte
	hasSep := !a[1].IsNil() && !a[1].IsNone()
	if hasSep {
		n, err := py.Len(t, a[1])
		if err != nil {
			return py.Value{}, err
		}
		if n != 1 {
			return py.Value{}, py.Errorf(py.ValueError(), "sep must be length 1.")
		}
		if str, ok := py.AsStr(a[1]); ok {
			r, _ := py.DecodeChar(str)
			if r > 0xff {
				return py.Value{}, py.Errorf(py.ValueError(), "sep must be ASCII.")
			}
			sep = byte(r)
		} else if b, ok := py.AsBytes(a[1]); ok && a[1].Type().IsSubtype(py.BytesType()) {
			sep = b[0]
		} else {
			return py.Value{}, py.Errorf(py.TypeError(), "sep must be str or bytes.")
		}
	}
	perV, err := py.Index(t, a[2])
	if err != nil {
		return py.Value{}, err
	}
	per, ok := py.AsInt64(perV)
	if !ok || per != int64(int32(per)) {
		return py.Value{}, py.Errorf(py.OverflowError(), "Python int too large to convert to C int")
	}
	if !hasSep || len(data) == 0 || per == 0 {
		out := make([]byte, 2*len(data))
		for i, c := range data {
			out[2*i], out[2*i+1] = hexDigits[c>>4], hexDigits[c&15]
		}
		return py.NewBytes(out), nil
	}
	group := per
	if group < 0 {
		group = -group
	}
	n := int64(len(data))
	if group > n {
		group = n
	}
	out := make([]byte, 0, 3*len(data))
	for i := int64(0); i < n; i++ {
		// Groups count from the right for a positive bytes_per_sep.
		var boundary bool
		if per > 0 {
			boundary = i > 0 && (n-i)%group == 0
		} else {
			boundary = i > 0 && i%group == 0
		}
		if boundary {
			out = append(out, sep)
		}
		c := data[i]
		out = append(out, hexDigits[c>>4], hexDigits[c&15])
	}
	return py.NewBytes(out), nil
}

func unhex(c byte) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c && c <= 'f':
		return int(c-'a') + 10
	case 'A' <= c && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

func unhexlify(v py.Value) (py.Value, *py.Exception) {
	data, err := asciiData(v)
	if err != nil {
		return py.Value{}, err
	}
	if len(data)%2 != 0 {
		return py.Value{}, binErr("Odd-length string")
	}
	out := make([]byte, len(data)/2)
	for i := range out {
		hi, lo := unhex(data[2*i]), unhex(data[2*i+1])
		if hi < 0 || lo < 0 {
			return py.Value{}, binErr("Non-hexadecimal digit found")
		}
		out[i] = byte(hi<<4 | lo)
	}
	return py.NewBytes(out), nil
}

const b64Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

var b64Value = func() (t [256]byte) {
	for i := range t {
		t[i] = 0xff
	}
	for i := 0; i < 64; i++ {
		t[b64Alphabet[i]] = byte(i)
	}
	return
}()

func b2aBase64(data []byte, newline bool) []byte {
	out := make([]byte, 0, (len(data)+2)/3*4+1)
	i := 0
	for ; i+3 <= len(data); i += 3 {
		v := uint(data[i])<<16 | uint(data[i+1])<<8 | uint(data[i+2])
		out = append(out, b64Alphabet[v>>18&63], b64Alphabet[v>>12&63], b64Alphabet[v>>6&63], b64Alphabet[v&63])
	}
	switch len(data) - i {
	case 1:
		v := uint(data[i]) << 16
		out = append(out, b64Alphabet[v>>18&63], b64Alphabet[v>>12&63], '=', '=')
	case 2:
		v := uint(data[i])<<16 | uint(data[i+1])<<8
		out = append(out, b64Alphabet[v>>18&63], b64Alphabet[v>>12&63], b64Alphabet[v>>6&63], '=')
	}
	if newline {
		out = append(out, '\n')
	}
	return out
}

func a2bBase64(data []byte, strict bool) (py.Value, *py.Exception) {
	out := make([]byte, 0, len(data)/4*3+3)
	if strict && len(data) > 0 && data[0] == '=' {
		return py.Value{}, binErr("Leading padding not allowed")
	}
	quad, pads := 0, 0
	var left byte
	padding := false
	for i := 0; i < len(data); i++ {
		c := data[i]
		if c == '=' {
			padding = true
			if strict && quad == 0 {
				return py.Value{}, binErr("Excess padding not allowed")
			}
			if quad >= 2 {
				pads++
				if quad+pads >= 4 {
					if strict && i+1 < len(data) {
						return py.Value{}, binErr("Excess data after padding")
					}
					return py.NewBytes(out), nil
				}
			}
			continue
		}
		v := b64Value[c]
		if v >= 64 {
			if strict {
				return py.Value{}, binErr("Only base64 data is allowed")
			}
			continue
		}
		if strict && padding {
			return py.Value{}, binErr("Discontinuous padding not allowed")
		}
		pads = 0
		switch quad {
		case 0:
			quad, left = 1, v
		case 1:
			quad = 2
			out = append(out, left<<2|v>>4)
			left = v & 0x0f
		case 2:
			quad = 3
			out = append(out, left<<4|v>>2)
			left = v & 0x03
		case 3:
			quad = 0
			out = append(out, left<<6|v)
			left = 0
		}
	}
	if quad != 0 {
		if quad == 1 {
			return py.Value{}, binErr("Invalid base64-encoded string: number of data characters (%d) cannot be 1 more than a multiple of 4", len(out)/3*4+1)
		}
		return py.Value{}, binErr("Incorrect padding")
	}
	return py.NewBytes(out), nil
}

func b2aUU(data []byte, backtick bool) (py.Value, *py.Exception) {
	if len(data) > 45 {
		return py.Value{}, binErr("At most 45 bytes at once")
	}
	enc := func(v byte) byte {
		if backtick && v == 0 {
			return '`'
		}
		return ' ' + v
	}
	out := []byte{enc(byte(len(data)) & 63)}
	for i := 0; i < len(data); i += 3 {
		var b [3]byte
		copy(b[:], data[i:])
		v := uint(b[0])<<16 | uint(b[1])<<8 | uint(b[2])
		out = append(out, enc(byte(v>>18&63)), enc(byte(v>>12&63)), enc(byte(v>>6&63)), enc(byte(v&63)))
	}
	return py.NewBytes(append(out, '\n')), nil
}

func a2bUU(data []byte) (py.Value, *py.Exception) {
	var n int
	if len(data) == 0 {
		n = 32 // the length byte reads as the string's terminating NUL
	} else {
		n = int(data[0]-' ') & 63
		data = data[1:]
	}
	out := make([]byte, 0, n)
	var acc uint
	bits := 0
	i := 0
	for len(out) < n {
		var v byte
		if i >= len(data) || data[i] == '\n' || data[i] == '\r' {
			v = 0
		} else {
			c := data[i]
			if c < ' ' || c > ' '+64 {
				return py.Value{}, binErr("Illegal char")
			}
			v = (c - ' ') & 63
		}
		i++
		acc = acc<<6 | uint(v)
		bits += 6
		if bits >= 8 {
			bits -= 8
			out = append(out, byte(acc>>bits))
			acc &= 1<<bits - 1
		}
	}
	for ; i < len(data); i++ {
		c := data[i]
		if c != ' ' && c != ' '+64 && c != '\n' && c != '\r' {
			return py.Value{}, binErr("Trailing garbage")
		}
	}
	return py.NewBytes(out), nil
}

var crcHQX = func() (t [256]uint16) {
	for i := 0; i < 256; i++ {
		c := uint16(i) << 8
		for j := 0; j < 8; j++ {
			if c&0x8000 != 0 {
				c = c<<1 ^ 0x1021
			} else {
				c <<= 1
			}
		}
		t[i] = c
	}
	return
}()

// maskedUint is an int argument taken modulo 2**32 (the bitwise converter).
func maskedUint(t *py.Thread, v py.Value) (uint32, *py.Exception) {
	if !py.IsInt(v) {
		if _, ok, _ := py.LookupSpecial(t, v, "__index__"); !ok {
			return 0, py.Errorf(py.TypeError(), "'%s' object cannot be interpreted as an integer", py.TypeName(v))
		}
		iv, err := py.Index(t, v)
		if err != nil {
			return 0, err
		}
		v = iv
	}
	if n, ok := py.AsInt64(v); ok {
		return uint32(n), nil
	}
	b, _ := py.AsBigInt(v)
	m := b.Uint64() // the low 64 bits of |b|
	if b.Sign() < 0 {
		m = -m
	}
	return uint32(m), nil
}

var methods = []*py.MethodDef{
	py.Func("hexlify", "data, sep=<unrepresentable>, bytes_per_sep=1", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		return hexlify(t, a)
	}),
	py.Func("b2a_hex", "data, sep=<unrepresentable>, bytes_per_sep=1", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		return hexlify(t, a)
	}),
	py.Func("unhexlify", "hexstr, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		return unhexlify(a[0])
	}),
	py.Func("a2b_hex", "hexstr, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		return unhexlify(a[0])
	}),
	py.Func("b2a_base64", "data, /, *, newline=True", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		data, err := binData(a[0])
		if err != nil {
			return py.Value{}, err
		}
		nl, err := py.IsTrue(t, a[1])
		if err != nil {
			return py.Value{}, err
		}
		return py.NewBytes(b2aBase64(data, nl)), nil
	}),
	py.Func("a2b_base64", "data, /, *, strict_mode=False", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		data, err := asciiData(a[0])
		if err != nil {
			return py.Value{}, err
		}
		strict, err := py.IsTrue(t, a[1])
		if err != nil {
			return py.Value{}, err
		}
		return a2bBase64(data, strict)
	}),
	py.Func("b2a_uu", "data, /, *, backtick=False", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		data, err := binData(a[0])
		if err != nil {
			return py.Value{}, err
		}
		bt, err := py.IsTrue(t, a[1])
		if err != nil {
			return py.Value{}, err
		}
		return b2aUU(data, bt)
	}),
	py.Func("a2b_uu", "data, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		data, err := asciiData(a[0])
		if err != nil {
			return py.Value{}, err
		}
		return a2bUU(data)
	}),
	py.Func("crc32", "data, crc=0, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		data, err := binData(a[0])
		if err != nil {
			return py.Value{}, err
		}
		crc, err := maskedUint(t, a[1])
		if err != nil {
			return py.Value{}, err
		}
		return py.Int(int64(crc32.Update(crc, crc32.IEEETable, data))), nil
	}),
	py.Func("crc_hqx", "data, crc, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		data, err := binData(a[0])
		if err != nil {
			return py.Value{}, err
		}
		c32, err := maskedUint(t, a[1])
		if err != nil {
			return py.Value{}, err
		}
		crc := uint16(c32)
		for _, b := range data {
			crc = crc<<8 ^ crcHQX[byte(crc>>8)^b]
		}
		return py.Int(int64(crc)), nil
	}),
}

func isHex(c byte) bool { return unhex(c) >= 0 }

// a2bQP decodes quoted-printable data.
func a2bQP(data []byte, header bool) []byte {
	out := make([]byte, 0, len(data))
	for i := 0; i < len(data); {
		c := data[i]
		switch {
		case c == '=':
			i++
			if i >= len(data) {
				return out
			}
			switch d := data[i]; {
			case d == '\n' || d == '\r':
				// A soft line break: drop up to and including the newline.
				for d != '\n' && i < len(data) && data[i] != '\n' {
					i++
				}
				if i < len(data) {
					i++
				}
			case d == '=':
				out = append(out, '=')
				i++
			case i+1 < len(data) && isHex(d) && isHex(data[i+1]):
				out = append(out, byte(unhex(d)<<4|unhex(data[i+1])))
				i += 2
			default:
				out = append(out, '=')
			}
		case header && c == '_':
			out = append(out, ' ')
			i++
		default:
			out = append(out, c)
			i++
		}
	}
	return out
}

const qpLine = 76

// b2aQP encodes data as quoted-printable, lines at most 76 characters.
func b2aQP(data []byte, quotetabs, istext, header bool) []byte {
	crlf := false
	for i, c := range data {
		if c == '\n' {
			crlf = i > 0 && data[i-1] == '\r'
			break
		}
	}
	const hexUpper = "0123456789ABCDEF"
	out := make([]byte, 0, len(data)*3/2)
	lineLen := 0
	softBreak := func() {
		out = append(out, '=')
		if crlf {
			out = append(out, '\r')
		}
		out = append(out, '\n')
		lineLen = 0
	}
	n := len(data)
	for i := 0; i < n; {
		c := data[i]
		last := i+1 == n
		lineEndNext := last || data[i+1] == '\n' || data[i+1] == '\r' || data[i+1] == 0
		quote := c > 126 || c == '=' || header && c == '_' ||
			c == '.' && lineLen == 0 && lineEndNext ||
			!istext && (c == '\r' || c == '\n') ||
			(c == '\t' || c == ' ') && last ||
			c < 33 && c != '\r' && c != '\n' && (quotetabs || c != '\t' && c != ' ')
		if quote {
			if lineLen+3 >= qpLine {
				softBreak()
			}
			out = append(out, '=', hexUpper[c>>4], hexUpper[c&15])
			i++
			lineLen += 3
			continue
		}
		if istext && (c == '\n' || i+1 < n && c == '\r' && data[i+1] == '\n') {
			lineLen = 0
			if k := len(out); k > 0 && (out[k-1] == ' ' || out[k-1] == '\t') {
				ch := out[k-1]
				out[k-1] = '='
				out = append(out, hexUpper[ch>>4], hexUpper[ch&15])
			}
			if crlf {
				out = append(out, '\r')
			}
			out = append(out, '\n')
			if c == '\r' {
				i += 2
			} else {
				i++
			}
			continue
		}
		if !last && data[i+1] != '\n' && lineLen+1 >= qpLine {
			softBreak()
		}
		lineLen++
		if header && c == ' ' {
			out = append(out, '_')
		} else {
			out = append(out, c)
		}
		i++
	}
	return out
}

func init() {
	methods = append(methods,
		py.Func("a2b_qp", "data, header=False", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
			data, err := asciiData(a[0])
			if err != nil {
				return py.Value{}, err
			}
			header, err := py.IsTrue(t, a[1])
			if err != nil {
				return py.Value{}, err
			}
			return py.NewBytes(a2bQP(data, header)), nil
		}),
		py.Func("b2a_qp", "data, quotetabs=False, istext=True, header=False", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
			data, err := binData(a[0])
			if err != nil {
				return py.Value{}, err
			}
			var flags [3]bool
			for i := range flags {
				if flags[i], err = py.IsTrue(t, a[1+i]); err != nil {
					return py.Value{}, err
				}
			}
			return py.NewBytes(b2aQP(data, flags[0], flags[1], flags[2])), nil
		}),
	)
	Def.Methods = methods
}
