package sre

import (
	"unsafe"

	"github.com/kaa-python/kaa/py"
)

// subject is a string being matched, seen as the engine sees it: a str whose
// code points are all ASCII, and every bytes-like object, as bytes; any other
// str as the rune slice py.Str caches (so that indexes are code points and
// each character is one step).
type subject struct {
	v       py.Value
	isBytes bool
	text    string // an ASCII str's text
	b       []byte // bytes, or the ASCII str's bytes (shared, read-only)
	r       []rune // a non-ASCII str's code points
	n       int
}

// getSubject is sre's getstring.
func getSubject(v py.Value) (*subject, *py.Exception) {
	if s, ok := py.AsStr(v); ok {
		n := py.StrLen(v)
		sub := &subject{v: v, n: n}
		if n == len(s) {
			sub.text = s
			sub.b = unsafe.Slice(unsafe.StringData(s), len(s))
		} else {
			sub.r = py.Object[py.Str](v).Runes()
		}
		return sub, nil
	}
	if b, ok := py.AsContiguousBuffer(v); ok {
		return &subject{v: v, isBytes: true, b: b, n: len(b)}, nil
	}
	return nil, py.Errorf(py.TypeError(), "expected string or bytes-like object, got '%s'", py.TypeName(v))
}

// slice is the subject's characters [i, j) as a str or bytes (getslice).
func (sub *subject) slice(i, j int) py.Value {
	if sub.isBytes {
		if i == 0 && j == len(sub.b) && sub.v.Type() == py.BytesType() {
			return sub.v
		}
		return py.NewBytes(append([]byte(nil), sub.b[i:j]...))
	}
	if sub.r == nil {
		if i == 0 && j == sub.n && sub.v.Type() == py.StrType() {
			return sub.v
		}
		return py.NewStrText(sub.text[i:j], j-i)
	}
	if i == 0 && j == sub.n && sub.v.Type() == py.StrType() {
		return sub.v
	}
	rs := sub.r[i:j]
	buf := make([]byte, 0, len(rs)+8)
	for _, r := range rs {
		buf = py.AppendChar(buf, r)
	}
	return py.NewStrText(string(buf), len(rs))
}

// empty is the empty string of the subject's kind.
func (sub *subject) empty() py.Value {
	if sub.isBytes {
		return py.NewBytes(nil)
	}
	return py.NewStr("")
}

// common is the part of a match state that does not depend on the character
// type.
type common struct {
	sub    *subject
	pos    int
	endpos int
}

// runner is a state[byte] or state[rune], behind one interface for the
// Pattern methods.
type runner interface {
	doMatch() (int, *py.Exception)
	doSearch() (int, *py.Exception)
	// span is where the last successful attempt started and ended.
	span() (int, int)
	// groupSpan is group g's (>= 1) span, or -1, -1.
	groupSpan(g int) (int, int)
	lastIndex() int
	prepare()
	setStart(start int, mustAdvance bool)
	startNil() bool
	setMatchAll()
	com() *common
}

func (st *state[C]) com() *common     { return &st.common }
func (st *state[C]) span() (int, int) { return st.start, st.ptr }
func (st *state[C]) lastIndex() int   { return st.lastindex }
func (st *state[C]) setMatchAll()     { st.matchAll = true }
func (st *state[C]) startNil() bool   { return st.start < 0 }

func (st *state[C]) groupSpan(g int) (int, int) {
	j := 2 * (g - 1)
	if j+1 <= st.lastmark && st.marks[j] >= 0 && st.marks[j+1] >= 0 {
		return st.marks[j], st.marks[j+1]
	}
	return -1, -1
}

// prepare resets the state for an attempt at st.start.
func (st *state[C]) prepare() {
	st.reset()
	st.ptr = st.start
}

func (st *state[C]) setStart(start int, mustAdvance bool) {
	st.start = start
	st.mustAdv = mustAdvance
}

// guard turns a Go panic in the engine (only reachable with a hand-made code
// list the validator let through) into the engine's internal error.
func guard(err **py.Exception) {
	if r := recover(); r != nil {
		*err = errIllegal()
	}
}

func (st *state[C]) doMatch() (n int, err *py.Exception) {
	defer guard(&err)
	return st.match(0, true)
}

func (st *state[C]) doSearch() (n int, err *py.Exception) {
	defer guard(&err)
	return st.search()
}

// newState is state_init: a state for p over v between pos and endpos.
func newState(t *py.Thread, p *patternObj, v py.Value, pos, endpos int64) (runner, *py.Exception) {
	sub, err := getSubject(v)
	if err != nil {
		return nil, err
	}
	if sub.isBytes && p.isBytes == 0 {
		return nil, py.Errorf(py.TypeError(), "cannot use a string pattern on a bytes-like object")
	}
	if !sub.isBytes && p.isBytes > 0 {
		return nil, py.Errorf(py.TypeError(), "cannot use a bytes pattern on a string-like object")
	}
	n := int64(sub.n)
	pos = min(max(pos, 0), n)
	endpos = min(max(endpos, 0), n)
	c := common{sub: sub, pos: int(pos), endpos: int(endpos)}
	marks := make([]int, 2*p.groups+2)
	if sub.r != nil {
		st := &state[rune]{common: c, t: t, code: p.code, s: sub.r, start: int(pos), ptr: int(pos), end: int(endpos), marks: marks, tables: p.tables}
		st.reset()
		return st, nil
	}
	st := &state[byte]{common: c, t: t, code: p.code, s: sub.b, start: int(pos), ptr: int(pos), end: int(endpos), marks: marks, tables: p.tables}
	st.reset()
	return st, nil
}
