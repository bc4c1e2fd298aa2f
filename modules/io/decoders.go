package iomod

import (
	"strings"
	"unicode/utf8"

	"github.com/kaa-python/kaa/py"
)

// Incremental decoders for TextIOWrapper: the codecs the runtime has natively
// (UTF-8, Latin-1, ASCII, UTF-16, UTF-32) decode here, any other through the
// codecs registry's incremental decoder. Their state is what CPython's decoders
// report from getstate(), so tell() cookies come out the same.

type codecDecoder interface {
	decode(t *py.Thread, input []byte, final bool) (string, *py.Exception)
	getstate(t *py.Thread) ([]byte, int64, *py.Exception)
	setstate(t *py.Thread, buf []byte, flags int64) *py.Exception
	reset(t *py.Thread) *py.Exception
}

// utf8Decoder keeps an incomplete trailing sequence for the next call.
type utf8Decoder struct {
	errors  string
	pending []byte
	sig     bool // utf-8-sig: a BOM at the start is dropped
	sigDone bool
}

func (d *utf8Decoder) decode(t *py.Thread, input []byte, final bool) (string, *py.Exception) {
	data := input
	if len(d.pending) > 0 {
		data = append(append([]byte(nil), d.pending...), input...)
	}
	if d.sig && !d.sigDone {
		if len(data) < 3 && !final && string(data) == "\xef\xbb\xbf"[:len(data)] {
			d.pending = append(d.pending[:0], data...)
			return "", nil
		}
		d.sigDone = true
		if len(data) >= 3 && string(data[:3]) == "\xef\xbb\xbf" {
			data = data[3:]
		}
	}
	cut := len(data)
	if !final {
		cut -= py.UTF8IncompleteTail(data)
	}
	d.pending = append(d.pending[:0], data[cut:]...)
	data = data[:cut]
	if utf8.Valid(data) {
		return string(data), nil
	}
	return py.DecodeBytes(t, data, "utf-8", d.errors)
}

func (d *utf8Decoder) getstate(t *py.Thread) ([]byte, int64, *py.Exception) {
	flags := int64(0)
	if d.sig && !d.sigDone {
		flags = 1
	}
	return append([]byte(nil), d.pending...), flags, nil
}

func (d *utf8Decoder) setstate(t *py.Thread, buf []byte, flags int64) *py.Exception {
	d.pending = append(d.pending[:0], buf...)
	if d.sig {
		d.sigDone = flags == 0
	}
	return nil
}

func (d *utf8Decoder) reset(t *py.Thread) *py.Exception {
	d.pending = d.pending[:0]
	d.sigDone = false
	return nil
}

// byteDecoder is Latin-1 or ASCII: one byte, one character, no state.
type byteDecoder struct {
	enc, errors string
}

func (d *byteDecoder) decode(t *py.Thread, input []byte, final bool) (string, *py.Exception) {
	ascii := true
	for _, c := range input {
		if c >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return string(input), nil
	}
	return py.DecodeBytes(t, input, d.enc, d.errors)
}
func (d *byteDecoder) getstate(t *py.Thread) ([]byte, int64, *py.Exception) { return nil, 0, nil }
func (d *byteDecoder) setstate(t *py.Thread, buf []byte, flags int64) *py.Exception {
	return nil
}
func (d *byteDecoder) reset(t *py.Thread) *py.Exception { return nil }

// wideDecoder is UTF-16 or UTF-32 (unit 2 or 4); with detect, the byte order
// comes from a BOM at the start (little-endian without one).
type wideDecoder struct {
	unit    int
	errors  string
	detect  bool
	order   int // 0 unknown (detect), 1 little, 2 big
	pending []byte
}

func (d *wideDecoder) encName() string {
	name := "utf-16"
	if d.unit == 4 {
		name = "utf-32"
	}
	if d.order == 2 {
		return name + "-be"
	}
	return name + "-le"
}

func (d *wideDecoder) decode(t *py.Thread, input []byte, final bool) (string, *py.Exception) {
	data := append(append([]byte(nil), d.pending...), input...)
	d.pending = d.pending[:0]
	if d.order == 0 {
		if len(data) < d.unit {
			if !final {
				d.pending = append(d.pending, data...)
				return "", nil
			}
			d.order = 1
		} else {
			switch {
			case d.unit == 2 && data[0] == 0xFF && data[1] == 0xFE:
				d.order, data = 1, data[2:]
			case d.unit == 2 && data[0] == 0xFE && data[1] == 0xFF:
				d.order, data = 2, data[2:]
			case d.unit == 4 && string(data[:4]) == "\xff\xfe\x00\x00":
				d.order, data = 1, data[4:]
			case d.unit == 4 && string(data[:4]) == "\x00\x00\xfe\xff":
				d.order, data = 2, data[4:]
			default:
				// As encodings.utf_16's (utf_32's) incremental decoder: a stream
				// must say its byte order.
				name := "utf-16"
				if d.unit == 4 {
					name = "utf-32"
				}
				return "", py.NewException(py.UnicodeDecodeError(), py.NewStr(name), py.NewBytes(data), py.Int(0), py.Int(int64(d.unit)), py.NewStr("Stream does not start with BOM"))
			}
		}
	}
	cut := len(data)
	if !final {
		cut -= len(data) % d.unit
		if d.unit == 2 && cut >= 2 {
			// A high surrogate waits for its partner.
			var u uint16
			if d.order == 2 {
				u = uint16(data[cut-2])<<8 | uint16(data[cut-1])
			} else {
				u = uint16(data[cut-1])<<8 | uint16(data[cut-2])
			}
			if u >= 0xD800 && u <= 0xDBFF {
				cut -= 2
			}
		}
	}
	d.pending = append(d.pending, data[cut:]...)
	if cut == 0 {
		return "", nil
	}
	return py.DecodeBytes(t, data[:cut], d.encName(), d.errors)
}

func (d *wideDecoder) getstate(t *py.Thread) ([]byte, int64, *py.Exception) {
	flags := int64(0)
	if d.detect {
		switch d.order {
		case 0:
			flags = 2
		case 2:
			flags = 1
		}
	}
	return append([]byte(nil), d.pending...), flags, nil
}

func (d *wideDecoder) setstate(t *py.Thread, buf []byte, flags int64) *py.Exception {
	d.pending = append(d.pending[:0], buf...)
	if d.detect {
		d.order = [3]int{1, 2, 0}[min(max(flags, 0), 2)]
	}
	return nil
}

func (d *wideDecoder) reset(t *py.Thread) *py.Exception {
	d.pending = d.pending[:0]
	if d.detect {
		d.order = 0
	}
	return nil
}

// pyDecoder is an incremental decoder object from the codecs registry.
type pyDecoder struct{ obj py.Value }

func (d *pyDecoder) decode(t *py.Thread, input []byte, final bool) (string, *py.Exception) {
	r, err := py.CallMethod(t, d.obj, "decode", py.NewBytes(input), py.Bool(final))
	if err != nil {
		return "", err
	}
	s, ok := py.AsStr(r)
	if !ok {
		return "", py.Errorf(py.TypeError(), "decoder should return a string result, not '%s'", py.TypeName(r))
	}
	return s, nil
}

func (d *pyDecoder) getstate(t *py.Thread) ([]byte, int64, *py.Exception) {
	r, err := py.CallMethod(t, d.obj, "getstate")
	if err != nil {
		return nil, 0, err
	}
	items, ok := py.TupleItems(r)
	if !ok || len(items) != 2 {
		return nil, 0, py.Errorf(py.TypeError(), "illegal decoder state")
	}
	b, ok := py.AsBytes(items[0])
	if !ok {
		return nil, 0, py.Errorf(py.TypeError(), "illegal decoder state: the first item should be a bytes object, not '%s'", py.TypeName(items[0]))
	}
	flags, err := py.IndexInt(t, items[1], py.OverflowError())
	if err != nil {
		return nil, 0, err
	}
	return append([]byte(nil), b...), flags, nil
}

func (d *pyDecoder) setstate(t *py.Thread, buf []byte, flags int64) *py.Exception {
	_, err := py.CallMethod(t, d.obj, "setstate", py.NewTuple(py.NewBytes(buf), py.Int(flags)))
	return err
}

func (d *pyDecoder) reset(t *py.Thread) *py.Exception {
	_, err := py.CallMethod(t, d.obj, "reset")
	return err
}

// newlineDecoder is IncrementalNewlineDecoder's logic over a codec decoder (nil:
// the input is already text): a '\r' at the end of a chunk waits to see whether
// '\n' follows; the kinds of line ending met are recorded; with translate, they
// all become '\n'.
type newlineDecoder struct {
	inner     codecDecoder
	translate bool
	pendingCR bool
	seen      int
}

func (n *newlineDecoder) decodeText(out string, final bool) string {
	if n.pendingCR && (out != "" || final) {
		out = "\r" + out
		n.pendingCR = false
	}
	if !final && strings.HasSuffix(out, "\r") {
		out = out[:len(out)-1]
		n.pendingCR = true
	}
	if strings.IndexByte(out, '\r') < 0 {
		if strings.IndexByte(out, '\n') >= 0 {
			n.seen |= 2
		}
		return out
	}
	crlf := strings.Count(out, "\r\n")
	cr := strings.Count(out, "\r") - crlf
	lf := strings.Count(out, "\n") - crlf
	if cr > 0 {
		n.seen |= 1
	}
	if lf > 0 {
		n.seen |= 2
	}
	if crlf > 0 {
		n.seen |= 4
	}
	if n.translate {
		if crlf > 0 {
			out = strings.ReplaceAll(out, "\r\n", "\n")
		}
		if cr > 0 {
			out = strings.ReplaceAll(out, "\r", "\n")
		}
	}
	return out
}

func (n *newlineDecoder) decode(t *py.Thread, input []byte, final bool) (string, *py.Exception) {
	out, err := n.inner.decode(t, input, final)
	if err != nil {
		return "", err
	}
	return n.decodeText(out, final), nil
}

func (n *newlineDecoder) getstate(t *py.Thread) ([]byte, int64, *py.Exception) {
	var buf []byte
	var flags int64
	if n.inner != nil {
		var err *py.Exception
		if buf, flags, err = n.inner.getstate(t); err != nil {
			return nil, 0, err
		}
	}
	flags <<= 1
	if n.pendingCR {
		flags |= 1
	}
	return buf, flags, nil
}

func (n *newlineDecoder) setstate(t *py.Thread, buf []byte, flags int64) *py.Exception {
	n.pendingCR = flags&1 != 0
	if n.inner != nil {
		return n.inner.setstate(t, buf, flags>>1)
	}
	return nil
}

func (n *newlineDecoder) reset(t *py.Thread) *py.Exception {
	n.seen = 0
	n.pendingCR = false
	if n.inner != nil {
		return n.inner.reset(t)
	}
	return nil
}

// lookupDecoder makes the decoder for a normalised encoding name.
func lookupDecoder(t *py.Thread, encoding, norm, errors string) (codecDecoder, *py.Exception) {
	switch norm {
	case "utf_8":
		return &utf8Decoder{errors: errors}, nil
	case "utf_8_sig":
		return &utf8Decoder{errors: errors, sig: true}, nil
	case "latin_1":
		return &byteDecoder{enc: "latin-1", errors: errors}, nil
	case "ascii":
		return &byteDecoder{enc: "ascii", errors: errors}, nil
	case "utf_16":
		return &wideDecoder{unit: 2, errors: errors, detect: true}, nil
	case "utf_16_le":
		return &wideDecoder{unit: 2, errors: errors, order: 1}, nil
	case "utf_16_be":
		return &wideDecoder{unit: 2, errors: errors, order: 2}, nil
	case "utf_32":
		return &wideDecoder{unit: 4, errors: errors, detect: true}, nil
	case "utf_32_le":
		return &wideDecoder{unit: 4, errors: errors, order: 1}, nil
	case "utf_32_be":
		return &wideDecoder{unit: 4, errors: errors, order: 2}, nil
	}
	info, err := codecInfo(t, encoding)
	if err != nil {
		return nil, err
	}
	mk, err := py.GetAttrS(t, info, "incrementaldecoder")
	if err != nil {
		return nil, err
	}
	obj, err := py.Call(t, mk, py.NewStr(errors))
	if err != nil {
		return nil, err
	}
	return &pyDecoder{obj}, nil
}

// codecInfo is codecs.lookup(encoding), checked to be a text encoding as
// _PyCodec_LookupTextEncoding checks it.
func codecInfo(t *py.Thread, encoding string) (py.Value, *py.Exception) {
	codecs, err := py.Import(t, "codecs")
	if err != nil {
		if err.Matches(py.ImportError()) {
			return py.Value{}, py.Errorf(py.LookupError(), "unknown encoding: %s", encoding)
		}
		return py.Value{}, err
	}
	info, err := py.CallMethod(t, codecs, "lookup", py.NewStr(encoding))
	if err != nil {
		return py.Value{}, err
	}
	if v, ok, err := py.LookupAttrS(t, info, "_is_text_encoding"); err != nil {
		return py.Value{}, err
	} else if ok {
		if isText, _ := py.IsTrue(t, v); !isText {
			return py.Value{}, py.Errorf(py.LookupError(), "'%s' is not a text encoding; use codecs.open() to handle arbitrary codecs", encoding)
		}
	}
	return info, nil
}
