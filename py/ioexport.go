package py

// The hooks the native io and codecs modules (modules/io, modules/codecs) use:
// buffers they fill, the runtime's built-in codecs, and str's generalised UTF-8.

// NewByteArray returns a bytearray holding b (not copied).
func NewByteArray(b []byte) Value { return newByteArray(b) }

// NewMemoryView is memoryview(obj) for any object with the buffer protocol.
func NewMemoryView(t *Thread, obj Value) (Value, *Exception) { return newMemoryView(t, obj) }

// WritableBuffer returns the bytes of a writable, contiguous bytes-like object
// (a bytearray, or a writable memoryview of one with step 1), shared with it; ok
// is false for anything else (bytes, read-only or strided views).
func WritableBuffer(v Value) (b []byte, ok bool) {
	if v.IsNil() {
		return nil, false
	}
	switch v.Type().layout {
	case byteArrayType:
		return bytesOf(v), true
	case memoryViewType:
		m := (*memoryView)(v.p)
		if m.readonly || m.released || !m.fits() || !m.cContiguous() {
			return nil, false
		}
		return m.contiguous(), true
	}
	for typ := v.Type(); typ != nil; typ = typ.base {
		if typ.num.getbuf != nil {
			b, err := typ.num.getbuf(nil, v)
			if err != nil || b.ReadOnly {
				return nil, false
			}
			return b.Data, true
		}
	}
	return nil, false
}

// SetByteArray replaces the contents of a bytearray.
func SetByteArray(v Value, b []byte) { (*bytesObj)(v.p).b = b }

// EncodeStr is str.encode(encoding, errors) for the text of a str (AsStr).
func EncodeStr(t *Thread, s string, encoding, errors string) ([]byte, *Exception) {
	v, err := encodeStr(t, newStr(s), encoding, errors)
	if err != nil {
		return nil, err
	}
	return bytesOf(v), nil
}

// DecodeBytes is bytes.decode(encoding, errors); the text is in str's
// generalised UTF-8 (AsStr).
func DecodeBytes(t *Thread, b []byte, encoding, errors string) (string, *Exception) {
	v, err := decodeBytes(t, b, encoding, errors)
	if err != nil {
		return "", err
	}
	return v.str().s, nil
}

// CountChars is the number of code points in the text of a str (AsStr).
func CountChars(s string) int { return countRunes(s) }

// DecodeChar returns the first code point of the text of a str and its size in
// bytes (a lone surrogate is one code point of 3 bytes).
func DecodeChar(s string) (rune, int) { return decodeRune(s) }

// NewStrText makes a str from text in generalised UTF-8 whose code point count
// is already known.
func NewStrText(s string, n int) Value { return newStrN(s, n) }

// StrLen is len() of a str.
func StrLen(v Value) int { return v.str().n }

// AppendChar appends r to b in str's generalised UTF-8 (surrogates as 3-byte forms).
func AppendChar(b []byte, r rune) []byte { return appendRune(b, r) }

// NormEncoding spells an encoding name as the codecs registry does for the codecs
// built into the runtime ("UTF8" and "utf-8" are "utf_8"); other names are
// lower-cased with '-' and ' ' as '_'.
func NormEncoding(name string) string { return normEncoding(name) }

// BuiltinCodec reports whether the runtime encodes and decodes the (normalised)
// encoding itself, without the codecs registry.
func BuiltinCodec(norm string) bool {
	switch norm {
	case "utf_8", "utf_8_sig", "ascii", "latin_1", "utf_16", "utf_16_le", "utf_16_be", "utf_32", "utf_32_le", "utf_32_be":
		return true
	}
	return false
}
