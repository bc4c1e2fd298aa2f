// Package iomod is the native _io module: the stream classes under io, open()
// and its relatives. lib/io.py puts the abstract base classes on top.
package iomod

import (
	"strings"

	"github.com/kaa-python/kaa/py"
)

// Def is the _io module.
var Def = &py.ModuleDef{
	Name: "_io",
	Doc:  "The io module provides the Python interfaces to stream handling. The\nbuiltin open function is defined in this module.",
	Methods: []*py.MethodDef{
		openFunc,
		py.Func("open_code", "path", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			if _, ok := py.AsStr(a[0]); !ok {
				return py.Value{}, py.Errorf(py.TypeError(), "open_code() argument 'path' must be str, not %s", py.TypeName(a[0]))
			}
			return doOpen(t, a[0], py.NewStr("rb"), py.Int(-1), py.None(), py.None(), py.None(), py.True(), py.None())
		}),
		py.Func("text_encoding", "encoding, stacklevel=2, /", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			level, err := py.IndexInt(t, a[1], py.OverflowError())
			if err != nil {
				return py.Value{}, err
			}
			if !a[0].IsNone() {
				return a[0], nil
			}
			if err := warnDefaultEncoding(t, int64(level)); err != nil {
				return py.Value{}, err
			}
			if t.Interp().Flags().UTF8Mode {
				return py.NewStr("utf-8"), nil
			}
			return py.NewStr("locale"), nil
		}),
	},
	Exec: func(t *py.Thread, m *py.Module) *py.Exception {
		for _, typ := range []*py.Type{ioBaseType, rawIOBaseType, bufferedIOBaseType, textIOBaseType,
			fileIOType, bytesIOType, stringIOType, bufferedReaderType, bufferedWriterType,
			bufferedRandomType, rwPairType, textIOType, nlDecoderType, bytesIOBufferType} {
			m.Set(typ.Name, py.TypeValue(typ))
		}
		m.Set("DEFAULT_BUFFER_SIZE", py.Int(defaultBufferSize))
		m.Set("UnsupportedOperation", py.TypeValue(py.UnsupportedOp()))
		m.Set("BlockingIOError", py.TypeValue(py.BlockingIOError()))
		// builtins.open is _io.open, as in CPython (until now it was a stand-in
		// that imports this module).
		b, err := py.Import(t, "builtins")
		if err != nil {
			return err
		}
		open, _ := m.Dict().GetStr("open")
		return py.SetAttrS(t, b, "open", open)
	},
}

// _BytesIOBuffer is the type of BytesIO.getbuffer()'s exporter in CPython; Kaa's
// views share the bytearray directly, so it exists only by name.
var bytesIOBufferType = py.NewType(&py.TypeDef{Name: "_io._BytesIOBuffer", Final: true})

var openFunc = py.Func("open", "file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
	return doOpen(t, a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7])
})

func doOpen(t *py.Thread, file, modeV, bufV, encV, errV, nlV, closefdV, opener py.Value) (py.Value, *py.Exception) {
	if !py.IsInt(file) {
		// An os.PathLike is replaced by its path, which becomes the file's
		// name and the filename of errors (CPython's PyOS_FSPath in open()).
		_, isStr := py.AsStr(file)
		_, isBytes := py.AsBytes(file)
		if !isStr && !isBytes {
			m, found, err := py.LookupSpecial(t, file, "__fspath__")
			if err != nil {
				return py.Value{}, err
			}
			if found {
				path, err := py.Call(t, m)
				if err != nil {
					return py.Value{}, err
				}
				_, isStr = py.AsStr(path)
				_, isBytes = py.AsBytes(path)
				if !isStr && !isBytes {
					return py.Value{}, py.Errorf(py.TypeError(), "expected %s.__fspath__() to return str or bytes, not %s", py.TypeName(file), py.TypeName(path))
				}
				file = path
			}
		}
		if _, err := py.FsPath(t, file); err != nil {
			return py.Value{}, err
		}
	}
	mode, ok := py.AsStr(modeV)
	if !ok {
		return py.Value{}, py.Errorf(py.TypeError(), "open() argument 'mode' must be str, not %s", py.TypeName(modeV))
	}
	if bufV.IsFloat() {
		return py.Value{}, py.Errorf(py.TypeError(), "'float' object cannot be interpreted as an integer")
	}
	buffering, err := py.IndexInt(t, bufV, py.OverflowError())
	if err != nil {
		return py.Value{}, err
	}
	enc, hasEnc, err := optStr("open", "encoding", encV)
	if err != nil {
		return py.Value{}, err
	}
	_, hasErrs, err := optStr("open", "errors", errV)
	if err != nil {
		return py.Value{}, err
	}
	_, hasNL, err := optStr("open", "newline", nlV)
	if err != nil {
		return py.Value{}, err
	}
	closefd, err := py.IsTrue(t, closefdV)
	if err != nil {
		return py.Value{}, err
	}
	var creating, reading, writing, appending, updating, text, binary bool
	seen := map[rune]bool{}
	for _, c := range mode {
		if seen[c] || !strings.ContainsRune("xrwabt+", c) {
			return py.Value{}, py.Errorf(py.ValueError(), "invalid mode: '%s'", mode)
		}
		seen[c] = true
		switch c {
		case 'x':
			creating = true
		case 'r':
			reading = true
		case 'w':
			writing = true
		case 'a':
			appending = true
		case '+':
			updating = true
		case 't':
			text = true
		case 'b':
			binary = true
		}
	}
	rawMode := ""
	n := 0
	for i, on := range []bool{creating, reading, writing, appending} {
		if on {
			n++
			rawMode = []string{"x", "r", "w", "a"}[i]
		}
	}
	if updating {
		rawMode += "+"
	}
	if text && binary {
		return py.Value{}, py.Errorf(py.ValueError(), "can't have text and binary mode at once")
	}
	if n > 1 {
		return py.Value{}, py.Errorf(py.ValueError(), "must have exactly one of create/read/write/append mode")
	}
	if binary {
		switch {
		case hasEnc:
			return py.Value{}, py.Errorf(py.ValueError(), "binary mode doesn't take an encoding argument")
		case hasErrs:
			return py.Value{}, py.Errorf(py.ValueError(), "binary mode doesn't take an errors argument")
		case hasNL:
			return py.Value{}, py.Errorf(py.ValueError(), "binary mode doesn't take a newline argument")
		}
	}
	if binary && buffering == 1 {
		msg := py.NewStr("line buffering (buffering=1) isn't supported in binary mode, the default buffer size will be used")
		if err := t.WarnFull(msg, py.TypeValue(py.RuntimeWarning()), 1, py.None(), nil); err != nil {
			return py.Value{}, err
		}
	}
	raw, err := py.Call(t, py.TypeValue(fileIOType), file, py.NewStr(rawMode), py.Bool(closefd), opener)
	if err != nil {
		return py.Value{}, err
	}
	result := raw
	fail := func(err *py.Exception) (py.Value, *py.Exception) {
		py.CallMethod(t, result, "close")
		return py.Value{}, err
	}
	lineBuffering := false
	if buffering == 1 || buffering < 0 {
		tty, err := py.CallMethod(t, raw, "isatty")
		if err != nil {
			return fail(err)
		}
		isTTY, _ := py.IsTrue(t, tty)
		if buffering == 1 || isTTY {
			buffering, lineBuffering = -1, true
		}
	}
	if buffering < 0 {
		buffering = defaultBufferSize
		if bs, found, err := py.LookupAttrS(t, raw, "_blksize"); err != nil {
			return fail(err)
		} else if found {
			if n, ok := py.AsInt64(bs); ok && n > 1 {
				buffering = n
			}
		}
	}
	if buffering == 0 {
		if binary {
			return raw, nil
		}
		return fail(py.Errorf(py.ValueError(), "can't have unbuffered text I/O"))
	}
	var cls *py.Type
	switch {
	case updating:
		cls = bufferedRandomType
	case creating || writing || appending:
		cls = bufferedWriterType
	default:
		cls = bufferedReaderType
	}
	buffer, err := py.Call(t, py.TypeValue(cls), raw, py.Int(buffering))
	if err != nil {
		return fail(err)
	}
	result = buffer
	if binary {
		return buffer, nil
	}
	if !hasEnc {
		// TextIOWrapper(encoding=None) warns, from the frame calling open().
		if err := warnDefaultEncoding(t, 1); err != nil {
			return fail(err)
		}
		enc = "locale"
	}
	wrapper, err := py.CallKw(t, py.TypeValue(textIOType), []py.Value{buffer, py.NewStr(enc), errV, nlV, py.Bool(lineBuffering)}, nil)
	if err != nil {
		return fail(err)
	}
	result = wrapper
	if err := py.SetAttrS(t, wrapper, "mode", modeV); err != nil {
		return fail(err)
	}
	return wrapper, nil
}

// warnDefaultEncoding is the EncodingWarning of -X warn_default_encoding
// (PYTHONWARNDEFAULTENCODING) for a text operation given no encoding.
func warnDefaultEncoding(t *py.Thread, stacklevel int64) *py.Exception {
	if !t.Interp().Flags().WarnDefaultEncoding {
		return nil
	}
	msg := py.NewStr("'encoding' argument not specified")
	return t.WarnFull(msg, py.TypeValue(py.EncodingWarning()), stacklevel, py.None(), nil)
}
