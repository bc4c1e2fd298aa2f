package py

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"syscall"
	"unicode/utf8"
	"unsafe"
)

// Files: the objects open() returns (_io.FileIO, _io.BufferedReader/Writer/
// Random, _io.TextIOWrapper), one Go struct behind all of them.
//
// Writes go straight to the operating system (no user-space write buffer):
// without reference counting a file nobody closes is never finalized, and
// CPython programs rely on `open(p, 'w').write(s)` reaching the disk at once.
// Reads are buffered; text is decoded into a buffer that keeps the raw line
// endings, translated as lines are handed out, so tell() stays exact.

type fileObj struct {
	Header
	f                  *os.File
	name               Value
	mode               string
	readable, writable bool
	closed, closefd    bool
	rbuf               []byte // raw bytes read ahead
	eof                bool
	text               bool
	encoding, errors   string
	newline            Value  // None, "", "\n", "\r" or "\r\n"
	tbuf               string // decoded text not yet consumed (raw line endings)
}

var (
	FileIOType         = newType("_io.FileIO", nil, nil)
	BufferedReaderType = newType("_io.BufferedReader", nil, nil)
	BufferedWriterType = newType("_io.BufferedWriter", nil, nil)
	BufferedRandomType = newType("_io.BufferedRandom", nil, nil)
	TextFileType       = newType("_io.TextIOWrapper", nil, nil)
	UnsupportedOp      = withBases(newExcType("io.UnsupportedOperation", OSError, ""), OSError, ValueError)
)

func fileSelf(v Value) *fileObj { return (*fileObj)(v.p) }

// osError converts a Go error from the os package into the OSError subclass
// CPython raises, with its errno, strerror and filename.
func osError(t *Thread, err error, filename Value) *Exception {
	var errno syscall.Errno
	if !errors.As(err, &errno) {
		switch {
		case errors.Is(err, fs.ErrNotExist):
			errno = syscall.ENOENT
		case errors.Is(err, fs.ErrExist):
			errno = syscall.EEXIST
		case errors.Is(err, fs.ErrPermission):
			errno = syscall.EACCES
		default:
			return Errorf(OSError, "%s", err.Error())
		}
	}
	msg := errno.Error()
	if msg != "" {
		msg = strings.ToUpper(msg[:1]) + msg[1:]
	}
	args := []Value{Int(int64(errno)), NewStr(msg)}
	if !filename.IsNil() {
		args = append(args, filename)
	}
	v, e := osErrorNew(t, OSError, args, nil)
	if e != nil {
		return e
	}
	return v.exc()
}

// builtinOpen is open(file, mode='r', buffering=-1, encoding=None, errors=None,
// newline=None, closefd=True, opener=None).
func builtinOpen(t *Thread, _ Value, args []Value, kw *Tuple) (Value, *Exception) {
	var a [8]Value
	if err := parseArgs("open", args, kw, []string{"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"}, 0, 1, -1, a[:]); err != nil {
		return Value{}, err
	}
	mode := "r"
	if !a[1].IsNil() {
		if a[1].Type().layout != StrType {
			return Value{}, typeErrorf("open() argument 'mode' must be str, not %s", typeName(a[1]))
		}
		mode = a[1].str().s
	}
	var creating, reading, writing, appending, updating, text, binary bool
	seen := map[rune]bool{}
	for _, c := range mode {
		if seen[c] || !strings.ContainsRune("axrwb+t", c) {
			return Value{}, Errorf(ValueError, "invalid mode: '%s'", mode)
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
	if text && binary {
		return Value{}, Errorf(ValueError, "can't have text and binary mode at once")
	}
	n := 0
	for _, b := range []bool{creating, reading, writing, appending} {
		if b {
			n++
		}
	}
	if n != 1 {
		return Value{}, Errorf(ValueError, "must have exactly one of create/read/write/append mode")
	}
	optStr := func(i int, what string) (string, bool, *Exception) {
		if a[i].IsNil() || a[i].IsNone() {
			return "", false, nil
		}
		if a[i].Type().layout != StrType {
			return "", false, typeErrorf("open() argument '%s' must be str or None, not %s", what, typeName(a[i]))
		}
		return a[i].str().s, true, nil
	}
	enc, hasEnc, err := optStr(3, "encoding")
	if err != nil {
		return Value{}, err
	}
	errs, hasErrs, err := optStr(4, "errors")
	if err != nil {
		return Value{}, err
	}
	nl, hasNL, err := optStr(5, "newline")
	if err != nil {
		return Value{}, err
	}
	if binary {
		switch {
		case hasEnc:
			return Value{}, Errorf(ValueError, "binary mode doesn't take an encoding argument")
		case hasErrs:
			return Value{}, Errorf(ValueError, "binary mode doesn't take an errors argument")
		case hasNL:
			return Value{}, Errorf(ValueError, "binary mode doesn't take a newline argument")
		}
	}
	if hasNL && nl != "" && nl != "\n" && nl != "\r" && nl != "\r\n" {
		return Value{}, Errorf(ValueError, "illegal newline value: %s", nl)
	}
	buffering := int64(-1)
	if !a[2].IsNil() {
		if buffering, err = IndexInt(t, a[2], nil); err != nil {
			return Value{}, err
		}
	}
	if buffering == 0 && !binary {
		return Value{}, Errorf(ValueError, "can't have unbuffered text I/O")
	}
	closefd := true
	if !a[6].IsNil() {
		if closefd, err = IsTrue(t, a[6]); err != nil {
			return Value{}, err
		}
	}
	fo := &fileObj{readable: reading || updating, writable: !reading || updating, closefd: closefd,
		text: !binary, newline: None}
	if hasNL {
		fo.newline = NewStr(nl)
	}
	file := a[0]
	if file.IsSmallInt() {
		fo.f = os.NewFile(uintptr(file.small()), "")
		fo.name = file
	} else {
		if !closefd {
			return Value{}, Errorf(ValueError, "Cannot use closefd=False with file name")
		}
		path, err := fsPath(t, file)
		if err != nil {
			return Value{}, err
		}
		if strings.IndexByte(path, 0) >= 0 {
			return Value{}, Errorf(ValueError, "embedded null byte")
		}
		flag := 0
		switch {
		case reading:
			flag = os.O_RDONLY
			if updating {
				flag = os.O_RDWR
			}
		case writing:
			flag = os.O_WRONLY | os.O_CREATE | os.O_TRUNC
		case appending:
			flag = os.O_WRONLY | os.O_CREATE | os.O_APPEND
		case creating:
			flag = os.O_WRONLY | os.O_CREATE | os.O_EXCL
		}
		if updating && !reading {
			flag = flag&^os.O_WRONLY | os.O_RDWR
		}
		f, oerr := os.OpenFile(path, flag, 0o666)
		if oerr != nil {
			return Value{}, osError(t, oerr, file)
		}
		if st, serr := f.Stat(); serr == nil && st.IsDir() {
			f.Close()
			return Value{}, osError(t, syscall.EISDIR, file)
		}
		fo.f = f
		fo.name = file
	}
	// The mode attribute: FileIO and the buffered objects report the binary mode
	// CPython's FileIO computes; TextIOWrapper reports the mode given.
	raw := ""
	switch {
	case creating:
		raw = "xb"
	case reading && !updating:
		raw = "rb"
	case reading:
		raw = "rb+"
	case writing:
		raw = "wb"
		if updating {
			raw = "rb+"
		}
	case appending:
		raw = "ab"
		if updating {
			raw = "ab+"
		}
	}
	if creating && updating {
		raw = "xb+"
	}
	fo.mode = raw
	switch {
	case !binary:
		fo.Header.typ = TextFileType
		fo.mode = mode
		fo.encoding, fo.errors = "UTF-8", "strict"
		if hasEnc {
			fo.encoding = enc
			if normEncoding(enc) != "utf_8" && !codecKnown(enc) {
				fo.f.Close()
				return Value{}, Errorf(LookupError, "unknown encoding: %s", enc)
			}
		}
		if hasErrs {
			fo.errors = errs
		}
	case buffering == 0:
		fo.Header.typ = FileIOType
	case updating:
		fo.Header.typ = BufferedRandomType
	case reading:
		fo.Header.typ = BufferedReaderType
	default:
		fo.Header.typ = BufferedWriterType
	}
	return Value{p: unsafe.Pointer(fo)}, nil
}

func codecKnown(enc string) bool {
	switch normEncoding(enc) {
	case "utf_8", "utf_8_sig", "ascii", "latin_1", "utf_16", "utf_16_le", "utf_16_be", "utf_32", "utf_32_le", "utf_32_be":
		return true
	}
	return false
}

func (fo *fileObj) check(read, write bool) *Exception {
	if fo.closed {
		return Errorf(ValueError, "I/O operation on closed file.")
	}
	if read && !fo.readable {
		return Errorf(UnsupportedOp, "not readable")
	}
	if write && !fo.writable {
		return Errorf(UnsupportedOp, "not writable")
	}
	return nil
}

// fill reads more raw bytes; it reports false at end of file.
func (fo *fileObj) fill(t *Thread) (bool, *Exception) {
	if fo.eof {
		return false, nil
	}
	buf := make([]byte, 8192)
	n, err := fo.f.Read(buf)
	fo.rbuf = append(fo.rbuf, buf[:n]...)
	if err == io.EOF || n == 0 && err == nil {
		fo.eof = true
		return n > 0, nil
	}
	if err != nil {
		return false, osError(t, err, Value{})
	}
	return true, nil
}

// readRaw returns up to n raw bytes (n < 0: all).
func (fo *fileObj) readRaw(t *Thread, n int64) ([]byte, *Exception) {
	for n < 0 || int64(len(fo.rbuf)) < n {
		more, err := fo.fill(t)
		if err != nil {
			return nil, err
		}
		if !more {
			break
		}
	}
	if n < 0 || n > int64(len(fo.rbuf)) {
		n = int64(len(fo.rbuf))
	}
	out := bytes.Clone(fo.rbuf[:n])
	fo.rbuf = fo.rbuf[n:]
	fo.eof = false // a later read may find appended data
	return out, nil
}

func (fo *fileObj) utf8Like() bool {
	switch normEncoding(fo.encoding) {
	case "utf_8", "ascii":
		return true
	}
	return false
}

// decodeMore moves raw bytes into the text buffer; false at end of file.
func (fo *fileObj) decodeMore(t *Thread, all bool) (bool, *Exception) {
	var more bool
	var err *Exception
	if all || !fo.utf8Like() && normEncoding(fo.encoding) != "latin_1" {
		for {
			if more, err = fo.fill(t); err != nil || !more {
				break
			}
		}
		more = len(fo.rbuf) > 0
	} else if more, err = fo.fill(t); err == nil && !more {
		more = len(fo.rbuf) > 0
	}
	if err != nil || len(fo.rbuf) == 0 {
		return false, err
	}
	raw := fo.rbuf
	if fo.utf8Like() && !fo.eof {
		// Keep an incomplete trailing sequence for the next chunk.
		cut := len(raw)
		for i := len(raw) - 1; i >= 0 && i >= len(raw)-3; i-- {
			if utf8.RuneStart(raw[i]) {
				if !utf8.FullRune(raw[i:]) {
					cut = i
				}
				break
			}
		}
		raw = raw[:cut]
	}
	if len(raw) == 0 {
		return more, nil
	}
	s, derr := decodeBytes(t, raw, fo.encoding, fo.errors)
	if derr != nil {
		return false, derr
	}
	fo.rbuf = fo.rbuf[len(raw):]
	fo.tbuf += s.str().s
	return true, nil
}

// translate applies the newline mode to text handed out.
func (fo *fileObj) translate(s string) string {
	if fo.newline.IsNone() {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		return strings.ReplaceAll(s, "\r", "\n")
	}
	return s
}

// lineEnd finds the end of the first line in s (index after the terminator),
// or -1; needMore reports that a final '\r' might be followed by '\n'.
func (fo *fileObj) lineEnd(s string, atEOF bool) (end int, needMore bool) {
	nl := ""
	if !fo.newline.IsNone() {
		nl = fo.newline.str().s
	}
	switch nl {
	case "\n", "\r", "\r\n":
		if i := strings.Index(s, nl); i >= 0 {
			return i + len(nl), false
		}
		return -1, false
	}
	i := strings.IndexAny(s, "\r\n")
	if i < 0 {
		return -1, false
	}
	if s[i] == '\r' {
		if i+1 < len(s) {
			if s[i+1] == '\n' {
				return i + 2, false
			}
			return i + 1, false
		}
		if !atEOF {
			return -1, true
		}
	}
	return i + 1, false
}

func (fo *fileObj) readText(t *Thread, n int64) (string, *Exception) {
	if n < 0 {
		for {
			more, err := fo.decodeMore(t, true)
			if err != nil {
				return "", err
			}
			if !more {
				break
			}
		}
		s := fo.tbuf
		fo.tbuf = ""
		return fo.translate(s), nil
	}
	for countRunes(fo.tbuf) < int(n)+1 { // one extra: a '\r' may pair with '\n'
		more, err := fo.decodeMore(t, false)
		if err != nil {
			return "", err
		}
		if !more {
			break
		}
	}
	var b strings.Builder
	got := int64(0)
	s := fo.tbuf
	i := 0
	for i < len(s) && got < n {
		_, sz := decodeRune(s[i:])
		if s[i] == '\r' && fo.newline.IsNone() {
			b.WriteByte('\n')
			i++
			if i < len(s) && s[i] == '\n' {
				i++
			}
		} else {
			b.WriteString(s[i : i+sz])
			i += sz
		}
		got++
	}
	fo.tbuf = s[i:]
	return b.String(), nil
}

func (fo *fileObj) readLineText(t *Thread, limit int64) (string, *Exception) {
	for {
		end, needMore := fo.lineEnd(fo.tbuf, fo.eof && len(fo.rbuf) == 0)
		if end >= 0 && (limit < 0 || int64(countRunes(fo.tbuf[:end])) <= limit) {
			line := fo.tbuf[:end]
			fo.tbuf = fo.tbuf[end:]
			return fo.translate(line), nil
		}
		if limit >= 0 && int64(countRunes(fo.tbuf)) >= limit {
			return fo.readText(t, limit)
		}
		more, err := fo.decodeMore(t, false)
		if err != nil {
			return "", err
		}
		if !more {
			if needMore {
				continue
			}
			line := fo.tbuf
			fo.tbuf = ""
			return fo.translate(line), nil
		}
	}
}

func (fo *fileObj) readLineRaw(t *Thread, limit int64) ([]byte, *Exception) {
	for {
		if i := bytes.IndexByte(fo.rbuf, '\n'); i >= 0 && (limit < 0 || int64(i+1) <= limit) {
			return fo.readRaw(t, int64(i+1))
		}
		if limit >= 0 && int64(len(fo.rbuf)) >= limit {
			return fo.readRaw(t, limit)
		}
		more, err := fo.fill(t)
		if err != nil {
			return nil, err
		}
		if !more {
			return fo.readRaw(t, -1)
		}
	}
}

// logicalPos is the position of the next byte the program will see.
func (fo *fileObj) logicalPos(t *Thread) (int64, *Exception) {
	pos, err := fo.f.Seek(0, io.SeekCurrent)
	if err != nil {
		return 0, osError(t, err, Value{})
	}
	pos -= int64(len(fo.rbuf))
	if fo.tbuf != "" {
		if fo.utf8Like() {
			pos -= int64(len(fo.tbuf))
		} else if e, err := encodeStr(t, newStr(fo.tbuf), fo.encoding, fo.errors); err == nil {
			pos -= int64(len(bytesOf(e)))
		}
	}
	return pos, nil
}

// sync drops the read-ahead so the OS position is the logical one (before a
// write or a seek).
func (fo *fileObj) sync(t *Thread) *Exception {
	if len(fo.rbuf) == 0 && fo.tbuf == "" {
		return nil
	}
	pos, err := fo.logicalPos(t)
	if err != nil {
		return err
	}
	fo.rbuf, fo.tbuf, fo.eof = nil, "", false
	if _, serr := fo.f.Seek(pos, io.SeekStart); serr != nil {
		return osError(t, serr, Value{})
	}
	return nil
}

func (fo *fileObj) writeBytes(t *Thread, b []byte) *Exception {
	// A text write drops the decoded text without moving back over it, as
	// TextIOWrapper does (its decoder read ahead a chunk); the raw read-ahead is
	// given back as BufferedRandom does.
	fo.tbuf = ""
	if err := fo.sync(t); err != nil {
		return err
	}
	if _, err := fo.f.Write(b); err != nil {
		return osError(t, err, Value{})
	}
	return nil
}

func (fo *fileObj) writeValue(t *Thread, v Value) (Value, *Exception) {
	if err := fo.check(false, true); err != nil {
		return Value{}, err
	}
	if fo.text {
		if v.Type().layout != StrType {
			return Value{}, typeErrorf("write() argument must be str, not %s", typeName(v))
		}
		s := v.str().s
		if !fo.newline.IsNone() {
			if nl := fo.newline.str().s; nl == "\r" || nl == "\r\n" {
				s = strings.ReplaceAll(s, "\n", nl)
			}
		}
		e, err := encodeStr(t, newStr(s), fo.encoding, fo.errors)
		if err != nil {
			return Value{}, err
		}
		if err := fo.writeBytes(t, bytesOf(e)); err != nil {
			return Value{}, err
		}
		return Int(int64(v.str().n)), nil
	}
	b, ok := bytesLike(v)
	if !ok {
		return Value{}, typeErrorf("a bytes-like object is required, not '%s'", typeName(v))
	}
	if err := fo.writeBytes(t, b); err != nil {
		return Value{}, err
	}
	return Int(int64(len(b))), nil
}

func (fo *fileObj) close() {
	if !fo.closed {
		fo.closed = true
		if fo.closefd {
			fo.f.Close()
		}
		fo.rbuf, fo.tbuf = nil, ""
	}
}

func (fo *fileObj) readLine(t *Thread, limit int64) (Value, *Exception) {
	if fo.text {
		s, err := fo.readLineText(t, limit)
		return NewStr(s), err
	}
	b, err := fo.readLineRaw(t, limit)
	return NewBytes(b), err
}

func sizeArg(t *Thread, a []Value) (int64, *Exception) {
	if len(a) == 0 || a[0].IsNone() {
		return -1, nil
	}
	return IndexInt(t, a[0], nil)
}

// readArgs checks a file is readable and converts the optional size argument.
func readArgs(t *Thread, v Value, a []Value) (*fileObj, int64, *Exception) {
	fo := fileSelf(v)
	if err := fo.check(true, false); err != nil {
		return nil, 0, err
	}
	n, err := sizeArg(t, a)
	return fo, n, err
}

func fileMethods() []*MethodDef {
	self := fileSelf
	return []*MethodDef{
		methN("read", 0, 1, func(t *Thread, v Value, a []Value) (Value, *Exception) {
			fo, n, err := readArgs(t, v, a)
			if err != nil {
				return Value{}, err
			}
			if fo.text {
				s, err := fo.readText(t, n)
				return NewStr(s), err
			}
			b, err := fo.readRaw(t, n)
			return NewBytes(b), err
		}),
		methN("readline", 0, 1, func(t *Thread, v Value, a []Value) (Value, *Exception) {
			fo, n, err := readArgs(t, v, a)
			if err != nil {
				return Value{}, err
			}
			return fo.readLine(t, n)
		}),
		methN("readlines", 0, 1, func(t *Thread, v Value, a []Value) (Value, *Exception) {
			fo := self(v)
			if err := fo.check(true, false); err != nil {
				return Value{}, err
			}
			hint, err := sizeArg(t, a)
			if err != nil {
				return Value{}, err
			}
			var out []Value
			total := int64(0)
			for {
				l, err := fo.readLine(t, -1)
				if err != nil {
					return Value{}, err
				}
				n, _ := Len(t, l)
				if n == 0 {
					break
				}
				out = append(out, l)
				total += int64(n)
				if hint > 0 && total >= hint {
					break
				}
			}
			return NewList(out).Value(), nil
		}),
		methO("write", func(t *Thread, v, x Value) (Value, *Exception) { return self(v).writeValue(t, x) }),
		methO("writelines", func(t *Thread, v, lines Value) (Value, *Exception) {
			fo := self(v)
			if err := fo.check(false, true); err != nil {
				return Value{}, err
			}
			err := Iterate(t, lines, func(x Value) *Exception {
				_, err := fo.writeValue(t, x)
				return err
			})
			return None, err
		}),
		methNoArgs("close", func(t *Thread, v Value) (Value, *Exception) {
			self(v).close()
			return None, nil
		}),
		methNoArgs("flush", func(t *Thread, v Value) (Value, *Exception) {
			if self(v).closed {
				return Value{}, Errorf(ValueError, "I/O operation on closed file.")
			}
			return None, nil
		}),
		methNoArgs("fileno", func(t *Thread, v Value) (Value, *Exception) {
			fo := self(v)
			if err := fo.check(false, false); err != nil {
				return Value{}, err
			}
			return Int(int64(fo.f.Fd())), nil
		}),
		methNoArgs("isatty", func(t *Thread, v Value) (Value, *Exception) {
			fo := self(v)
			if err := fo.check(false, false); err != nil {
				return Value{}, err
			}
			st, err := fo.f.Stat()
			return Bool(err == nil && st.Mode()&os.ModeCharDevice != 0), nil
		}),
		methNoArgs("readable", func(t *Thread, v Value) (Value, *Exception) {
			fo := self(v)
			return Bool(fo.readable), fo.check(false, false)
		}),
		methNoArgs("writable", func(t *Thread, v Value) (Value, *Exception) {
			fo := self(v)
			return Bool(fo.writable), fo.check(false, false)
		}),
		methNoArgs("seekable", func(t *Thread, v Value) (Value, *Exception) {
			fo := self(v)
			_, err := fo.f.Seek(0, io.SeekCurrent)
			return Bool(err == nil), fo.check(false, false)
		}),
		methN("seek", 1, 2, func(t *Thread, v Value, a []Value) (Value, *Exception) {
			fo := self(v)
			if err := fo.check(false, false); err != nil {
				return Value{}, err
			}
			off, whence, err := seekArgs(t, a)
			if err != nil {
				return Value{}, err
			}
			if fo.text && whence != 0 && off != 0 {
				if whence == 1 {
					return Value{}, Errorf(UnsupportedOp, "can't do nonzero cur-relative seeks")
				}
				return Value{}, Errorf(UnsupportedOp, "can't do nonzero end-relative seeks")
			}
			if whence < 0 || whence > 2 {
				return Value{}, Errorf(ValueError, "invalid whence (%d, should be 0, 1 or 2)", whence)
			}
			if whence == 0 && off < 0 {
				return Value{}, Errorf(ValueError, "negative seek position %d", off)
			}
			if err := fo.sync(t); err != nil {
				return Value{}, err
			}
			fo.eof = false
			pos, serr := fo.f.Seek(off, int(whence))
			if serr != nil {
				return Value{}, osError(t, serr, Value{})
			}
			return Int(pos), nil
		}),
		methNoArgs("tell", func(t *Thread, v Value) (Value, *Exception) {
			fo := self(v)
			if err := fo.check(false, false); err != nil {
				return Value{}, err
			}
			pos, err := fo.logicalPos(t)
			return Int(pos), err
		}),
		methN("truncate", 0, 1, func(t *Thread, v Value, a []Value) (Value, *Exception) {
			fo := self(v)
			if err := fo.check(false, true); err != nil {
				return Value{}, err
			}
			if err := fo.sync(t); err != nil {
				return Value{}, err
			}
			size, err := sizeArg(t, a)
			if err != nil {
				return Value{}, err
			}
			if size < 0 {
				if size, err = fo.logicalPos(t); err != nil {
					return Value{}, err
				}
			}
			if terr := fo.f.Truncate(size); terr != nil {
				return Value{}, osError(t, terr, Value{})
			}
			return Int(size), nil
		}),
		methNoArgs("__enter__", func(t *Thread, v Value) (Value, *Exception) {
			if err := self(v).check(false, false); err != nil {
				return Value{}, err
			}
			return v, nil
		}),
		&MethodDef{Name: "__exit__", Fn: func(t *Thread, v Value, args []Value, kw *Tuple) (Value, *Exception) {
			self(v).close()
			return None, nil
		}},
		getset("closed", func(t *Thread, v Value) (Value, *Exception) { return Bool(self(v).closed), nil }, nil),
		getset("name", func(t *Thread, v Value) (Value, *Exception) { return self(v).name, nil }, nil),
		getset("mode", func(t *Thread, v Value) (Value, *Exception) { return NewStr(self(v).mode), nil }, nil),
	}
}

func init() {
	for _, ft := range []*Type{FileIOType, BufferedReaderType, BufferedWriterType, BufferedRandomType, TextFileType} {
		ft.iter = func(t *Thread, v Value) (Value, *Exception) {
			if err := fileSelf(v).check(false, false); err != nil {
				return Value{}, err
			}
			return v, nil
		}
		ft.next = func(t *Thread, v Value) (Value, *Exception) {
			fo := fileSelf(v)
			if err := fo.check(true, false); err != nil {
				return Value{}, err
			}
			l, err := fo.readLine(t, -1)
			if err != nil {
				return Value{}, err
			}
			if n, _ := Len(t, l); n == 0 {
				return Value{}, nil
			}
			return l, nil
		}
		ft.repr = func(t *Thread, v Value) (Value, *Exception) {
			fo := fileSelf(v)
			tn := v.Type().fullName()
			if fo.closed && fo.text {
				return NewStr("<" + tn + " [closed]>"), nil
			}
			name, err := Repr(t, fo.name)
			if err != nil {
				return Value{}, err
			}
			if fo.text {
				return NewStr(fmt.Sprintf("<%s name=%s mode='%s' encoding='%s'>", tn, name, fo.mode, fo.encoding)), nil
			}
			if v.Type() == FileIOType {
				return NewStr(fmt.Sprintf("<%s name=%s mode='%s' closefd=%s>", tn, name, fo.mode, map[bool]string{true: "True", false: "False"}[fo.closefd])), nil
			}
			return NewStr(fmt.Sprintf("<%s name=%s>", tn, name)), nil
		}
		ft.readyLazy(func() []*MethodDef {
			defs := fileMethods()
			if ft == TextFileType {
				defs = append(defs,
					getset("encoding", func(t *Thread, v Value) (Value, *Exception) { return NewStr(fileSelf(v).encoding), nil }, nil),
					getset("errors", func(t *Thread, v Value) (Value, *Exception) { return NewStr(fileSelf(v).errors), nil }, nil),
					getset("newlines", func(t *Thread, v Value) (Value, *Exception) { return None, nil }, nil),
					getset("line_buffering", func(t *Thread, v Value) (Value, *Exception) { return False, nil }, nil),
				)
			} else {
				defs = append(defs, methO("readinto", func(t *Thread, v, buf Value) (Value, *Exception) {
					fo := fileSelf(v)
					if err := fo.check(true, false); err != nil {
						return Value{}, err
					}
					if buf.Type().layout != ByteArrayType {
						if buf.Type().layout == MemoryViewType && !(*memoryView)(buf.p).readonly {
							m := (*memoryView)(buf.p)
							b, err := fo.readRaw(t, int64(m.n))
							if err != nil {
								return Value{}, err
							}
							for i, c := range b {
								bytesOf(m.obj)[m.start+i*m.step] = c
							}
							return Int(int64(len(b))), nil
						}
						return Value{}, typeErrorf("readinto() argument must be read-write bytes-like object, not %s", typeName(buf))
					}
					dst := bytesOf(buf)
					b, err := fo.readRaw(t, int64(len(dst)))
					if err != nil {
						return Value{}, err
					}
					copy(dst, b)
					return Int(int64(len(b))), nil
				}))
			}
			return defs
		})
	}
}
