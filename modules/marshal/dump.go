package marshal

import (
	"bytes"
	"encoding/binary"
	"math"
	"slices"
	"strconv"

	"github.com/kaa-python/kaa/bytecode"
	fmt "github.com/kaa-python/kaa/marshal"
	"github.com/kaa-python/kaa/py"
)

// Write errors, as marshal.c's WFERR_*: the last one met is the one raised.
const (
	errNone = iota
	errUnmarshallable
	errNested
	errCode
)

// refKey identifies an object for back-references. CPython keys them by identity;
// Kaa's ints and floats have none (they are unboxed), and the constants a program
// names twice are one object in CPython but may be two here, so the immutable
// scalar types are keyed by value: equal values are written once and read back as
// one object, as CPython's merged constants are.
type refKey struct {
	v    py.Value
	kind byte
	text string
}

// writer marshals Python objects (Python/marshal.c's w_object).
type writer struct {
	t         *py.Thread
	buf       []byte
	version   int
	allowCode bool
	depth     int
	err       int
	refs      map[refKey]int
	// seen counts how often each mutable container occurs in the value: one
	// that occurs once is written without FLAG_REF, as CPython writes an object
	// nothing else refers to.
	seen map[py.Value]int
	exc  *py.Exception // a Python exception met while writing (set ordering, an interrupt)
	n    int           // objects written
	// merged counts, for the code object being written and those it nests,
	// how many of its parts each constant value is (see countCode).
	merged map[refKey]int
	// qualname is the co_qualname of the code object whose constants are being
	// written: a class body's __qualname__ constant is that same interned str.
	qualname string
}

func newWriter(t *py.Thread, version int, allowCode bool) *writer {
	w := &writer{t: t, version: version, allowCode: allowCode}
	if version >= 3 {
		w.refs = map[refKey]int{}
	}
	return w
}

// dump marshals v as marshal.dumps.
func dump(t *py.Thread, v py.Value, version int, allowCode bool) ([]byte, *py.Exception) {
	w := newWriter(t, version, allowCode)
	if version >= 3 {
		w.seen = map[py.Value]int{}
		w.count(v, 0)
	}
	w.object(v, ctxTop)
	if w.exc != nil {
		return nil, w.exc
	}
	switch w.err {
	case errNested:
		return nil, py.Errorf(py.ValueError(), "object too deeply nested to marshal")
	case errCode:
		return nil, py.Errorf(py.ValueError(), "marshalling code objects is disallowed")
	case errUnmarshallable:
		return nil, py.Errorf(py.ValueError(), "unmarshallable object")
	}
	return w.buf, nil
}

// count records the mutable containers of v and how often each occurs.
func (w *writer) count(v py.Value, depth int) {
	if depth > fmt.MaxDepth || v.IsNil() {
		return
	}
	typ := v.Type()
	switch typ {
	case py.ListType(), py.DictType(), py.SetType(), py.ByteArrayType():
		w.seen[v]++
		if w.seen[v] > 1 {
			return
		}
	case py.TupleType(), py.FrozenSetType():
		w.seen[v]++
		if w.seen[v] > 1 {
			return
		}
	default:
		return
	}
	switch typ {
	case py.ListType():
		items, _ := py.ListItems(v)
		for _, x := range items {
			w.count(x, depth+1)
		}
	case py.TupleType():
		items, _ := py.TupleItems(v)
		for _, x := range items {
			w.count(x, depth+1)
		}
	case py.DictType():
		d, _ := py.AsDict(v)
		d.Items(func(k, x py.Value) bool {
			w.count(k, depth+1)
			w.count(x, depth+1)
			return true
		})
	case py.SetType(), py.FrozenSetType():
		py.Iterate(w.t, v, func(x py.Value) *py.Exception {
			w.count(x, depth+1)
			return nil
		})
	}
}

// Contexts of an object, which decide whether it gets FLAG_REF when it is met the
// first time (CPython: whether anything else holds a reference to it).
const (
	ctxTop    = iota // the object dumps was given: a variable or constant holds it
	ctxValue         // inside a container given to dumps
	ctxCode          // a constant or field of a code object
	ctxName          // a name of a code object (always an interned str)
	ctxMember        // a member of a frozenset constant of a code object
)

func (w *writer) byte(b byte)   { w.buf = append(w.buf, b) }
func (w *writer) int32(n int32) { w.buf = fmt.AppendInt32(w.buf, n) }
func (w *writer) float(f float64) {
	w.buf = binary.LittleEndian.AppendUint64(w.buf, math.Float64bits(f))
}

// size writes a 4-byte length (W_SIZE): beyond 2**31-1 the object is unmarshallable.
func (w *writer) size(n int) bool {
	if n > math.MaxInt32 {
		w.err = errUnmarshallable
		return false
	}
	w.int32(int32(n))
	return true
}

func (w *writer) pstring(b []byte) {
	if w.size(len(b)) {
		w.buf = append(w.buf, b...)
	}
}

func (w *writer) object(v py.Value, ctx int) {
	if w.exc != nil {
		return
	}
	// A large value takes a while: let an interrupt or a cancelled run in.
	if w.n++; w.n%4096 == 0 {
		if err := w.t.CheckInterrupt(); err != nil {
			w.exc = err
			return
		}
	}
	w.depth++
	defer func() { w.depth-- }()
	switch {
	case w.depth > fmt.MaxDepth:
		w.err = errNested
		return
	case v.IsNil():
		w.byte(fmt.TypeNull)
		return
	case v.IsNone():
		w.byte(fmt.TypeNone)
		return
	case v.Is(py.TypeValue(py.StopIteration())):
		w.byte(fmt.TypeStopIter)
		return
	case v.Is(py.Ellipsis()):
		w.byte(fmt.TypeEllipsis)
		return
	case v.Is(py.False()):
		w.byte(fmt.TypeFalse)
		return
	case v.Is(py.True()):
		w.byte(fmt.TypeTrue)
		return
	}
	var flag byte
	if w.refs != nil {
		key := w.key(v)
		if idx, ok := w.refs[key]; ok {
			w.byte(fmt.TypeRef)
			w.int32(int32(idx))
			return
		}
		if w.shared(v, ctx) {
			w.refs[key] = len(w.refs)
			flag = fmt.FlagRef
		}
	}
	w.complex(v, flag, ctx)
}

// key is v's identity for back-references (see refKey).
func (w *writer) key(v py.Value) refKey {
	switch v.Type() {
	case py.StrType():
		s, _ := py.AsStr(v)
		return refKey{kind: 'u', text: s}
	case py.BytesType():
		b, _ := py.AsBytes(v)
		return refKey{kind: 's', text: string(b)}
	case py.IntType():
		if !v.IsSmallInt() {
			b, _ := py.AsBigInt(v)
			kind := byte('l')
			if b.Sign() < 0 {
				kind = 'L'
			}
			return refKey{kind: kind, text: string(b.Bytes())}
		}
	case py.ComplexType():
		c, _ := py.ComplexValue(v)
		var b [16]byte
		binary.LittleEndian.PutUint64(b[:], math.Float64bits(real(c)))
		binary.LittleEndian.PutUint64(b[8:], math.Float64bits(imag(c)))
		return refKey{kind: 'y', text: string(b[:])}
	case py.TupleType():
		// Equal constant tuples are one object in CPython (the compiler
		// merges them): keyed by their marshalled form.
		if constLike(v, 0) {
			return refKey{kind: '(', text: string(appendConstKey(nil, v))}
		}
	}
	return refKey{v: v}
}

// shared decides FLAG_REF for an object met the first time. CPython sets it
// unless the object's reference count is 1; Kaa counts no references, so this
// follows what holds the object in the usual cases: constants and variables
// (shared), containers built in place (not), and the parts of a code object as a
// freshly compiled one has them.
func (w *writer) shared(v py.Value, ctx int) bool {
	typ := v.Type()
	if ctx == ctxTop {
		return true
	}
	if ctx == ctxName || ctx == ctxMember {
		return true
	}
	if ctx == ctxCode {
		if w.merged[w.key(v)] > 1 {
			return true
		}
		switch typ {
		case py.StrType():
			return w.interned(v, ctxCode)
		case py.IntType():
			n, ok := py.AsInt64(v)
			return ok && n >= -5 && n <= 256
		case py.BytesType():
			b, _ := py.AsBytes(v)
			return len(b) <= 1
		case py.TupleType():
			items, _ := py.TupleItems(v)
			return len(items) == 0
		case py.ListType(), py.DictType(), py.SetType(), py.ByteArrayType():
			return w.seen[v] > 1
		}
		return false
	}
	switch typ {
	case py.TupleType():
		// A tuple of constants may be a constant of the program; one holding
		// a mutable container was built as the program ran.
		return w.seen[v] > 1 || constLike(v, 0)
	case py.ListType(), py.DictType(), py.SetType(), py.ByteArrayType(), py.FrozenSetType():
		return w.seen[v] > 1
	}
	return true
}

// appendConstKey appends a text that is equal for two constant-like values
// exactly when CPython's compiler would merge them: same types, same values (the
// bits of floats, so 0.0 and -0.0 differ).
func appendConstKey(b []byte, v py.Value) []byte {
	switch {
	case v.IsNone():
		return append(b, 'N')
	case v.Is(py.True()):
		return append(b, 'T')
	case v.Is(py.False()):
		return append(b, 'F')
	case v.Is(py.Ellipsis()):
		return append(b, '.')
	}
	switch v.Type() {
	case py.IntType():
		if n, ok := py.AsInt64(v); ok {
			return binary.LittleEndian.AppendUint64(append(b, 'i'), uint64(n))
		}
		big, _ := py.AsBigInt(v)
		b = append(b, 'l', byte(big.Sign()+1))
		return appendText(b, big.Bytes())
	case py.FloatType():
		f, _ := py.FloatValue(v)
		return binary.LittleEndian.AppendUint64(append(b, 'g'), math.Float64bits(f))
	case py.ComplexType():
		c, _ := py.ComplexValue(v)
		b = binary.LittleEndian.AppendUint64(append(b, 'y'), math.Float64bits(real(c)))
		return binary.LittleEndian.AppendUint64(b, math.Float64bits(imag(c)))
	case py.StrType():
		s, _ := py.AsStr(v)
		return appendText(append(b, 'u'), []byte(s))
	case py.BytesType():
		x, _ := py.AsBytes(v)
		return appendText(append(b, 's'), x)
	case py.TupleType():
		items, _ := py.TupleItems(v)
		b = binary.LittleEndian.AppendUint32(append(b, '('), uint32(len(items)))
		for _, x := range items {
			b = appendConstKey(b, x)
		}
		return b
	}
	// Not reached: constLike admits only the types above.
	return append(b, '?')
}

func appendText(b, text []byte) []byte {
	return append(binary.LittleEndian.AppendUint32(b, uint32(len(text))), text...)
}

// constLike reports whether v could be a constant of compiled code: a scalar, or
// a tuple of such.
func constLike(v py.Value, depth int) bool {
	switch v.Type() {
	case py.TupleType():
		if depth > 20 {
			return false
		}
		items, _ := py.TupleItems(v)
		for _, x := range items {
			if !constLike(x, depth+1) {
				return false
			}
		}
		return true
	case py.IntType(), py.FloatType(), py.ComplexType(), py.StrType(), py.BytesType():
		return true
	}
	return v.IsNone() || v.Is(py.True()) || v.Is(py.False()) || v.Is(py.Ellipsis())
}

// interned reports whether CPython would hold str v interned: the interpreter
// interned it (sys.intern), or it is a constant CPython's compiler interns (made
// of name characters only), or one of the one-character or empty strs CPython
// keeps interned.
func (w *writer) interned(v py.Value, ctx int) bool {
	if ctx == ctxName || py.IsInterned(w.t, v) {
		return true
	}
	s, _ := py.AsStr(v)
	if ctx == ctxCode && s == w.qualname {
		return true
	}
	if r, n := py.DecodeChar(s); n == len(s) && r < 256 {
		return true
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}

// complex writes an object that is not a singleton (w_complex_object).
func (w *writer) complex(v py.Value, flag byte, ctx int) {
	inner := ctxValue
	if ctx == ctxCode || ctx == ctxName || ctx == ctxMember {
		inner = ctxCode
	}
	switch v.Type() {
	case py.IntType():
		if n, ok := py.AsInt64(v); ok && n >= math.MinInt32 && n <= math.MaxInt32 {
			w.byte(fmt.TypeInt | flag)
			w.int32(int32(n))
			return
		}
		b, _ := py.AsBigInt(v)
		w.byte(fmt.TypeLong | flag)
		out, ok := fmt.AppendLong(w.buf, b)
		if !ok {
			w.err = errUnmarshallable
			return
		}
		w.buf = out
	case py.FloatType():
		f, _ := py.FloatValue(v)
		if w.version > 1 {
			w.byte(fmt.TypeBinaryFloat | flag)
			w.float(f)
		} else {
			w.byte(fmt.TypeFloat | flag)
			w.floatText(f)
		}
	case py.ComplexType():
		c, _ := py.ComplexValue(v)
		if w.version > 1 {
			w.byte(fmt.TypeBinaryComplex | flag)
			w.float(real(c))
			w.float(imag(c))
		} else {
			w.byte(fmt.TypeComplex | flag)
			w.floatText(real(c))
			w.floatText(imag(c))
		}
	case py.BytesType():
		b, _ := py.AsBytes(v)
		w.byte(fmt.TypeString | flag)
		w.pstring(b)
	case py.StrType():
		w.str(v, flag, ctx)
	case py.TupleType():
		items, _ := py.TupleItems(v)
		if w.version >= 4 && len(items) < 256 {
			w.byte(fmt.TypeSmallTuple | flag)
			w.byte(byte(len(items)))
		} else {
			w.byte(fmt.TypeTuple | flag)
			if !w.size(len(items)) {
				return
			}
		}
		for _, x := range items {
			w.object(x, inner)
		}
	case py.ListType():
		w.byte(fmt.TypeList | flag)
		items, _ := py.ListItems(v)
		if !w.size(len(items)) {
			return
		}
		for i := 0; ; i++ {
			// The list may change while its items are written (a buffer's
			// export can run Python code); read it afresh each time.
			items, _ = py.ListItems(v)
			if i >= len(items) {
				break
			}
			w.object(items[i], inner)
		}
	case py.DictType():
		w.byte(fmt.TypeDict | flag)
		d, _ := py.AsDict(v)
		var pairs []py.Value
		d.Items(func(k, x py.Value) bool {
			pairs = append(pairs, k, x)
			return true
		})
		for i := 0; i < len(pairs); i += 2 {
			w.object(pairs[i], inner)
			w.object(pairs[i+1], inner)
		}
		w.object(py.Value{}, inner)
	case py.SetType(), py.FrozenSetType():
		if ctx == ctxCode {
			// A frozenset constant's members are held by more than the
			// frozenset in CPython's compiler (FLAG_REF).
			inner = ctxMember
		}
		if v.Type() == py.FrozenSetType() {
			w.byte(fmt.TypeFrozenSet | flag)
		} else {
			w.byte(fmt.TypeSet | flag)
		}
		items, err := py.ToSlice(w.t, v)
		if err != nil {
			w.exc = err
			return
		}
		if !w.size(len(items)) {
			return
		}
		for _, x := range w.setOrder(items) {
			w.object(x, inner)
		}
	case py.CodeType():
		if !w.allowCode {
			w.err = errCode
			return
		}
		w.code(v, flag)
	default:
		b, ok := py.AsContiguousBuffer(v)
		if !ok {
			w.byte(fmt.TypeUnknown | flag)
			w.err = errUnmarshallable
			return
		}
		w.byte(fmt.TypeString | flag)
		w.pstring(b)
	}
}

// setOrder is the order marshal writes a set's members in: sorted by each
// member's own marshalled bytes, so that the output does not depend on the hash
// seed (ties keep their iteration order).
func (w *writer) setOrder(items []py.Value) []py.Value {
	type member struct {
		data []byte
		v    py.Value
	}
	ms := make([]member, len(items))
	for i, x := range items {
		sub := newWriter(w.t, w.version, w.allowCode)
		sub.depth = w.depth
		if sub.refs != nil {
			sub.seen = map[py.Value]int{}
			sub.count(x, 0)
		}
		sub.object(x, ctxTop)
		ms[i] = member{sub.buf, x}
	}
	slices.SortStableFunc(ms, func(a, b member) int { return bytes.Compare(a.data, b.data) })
	out := make([]py.Value, len(ms))
	for i, m := range ms {
		out[i] = m.v
	}
	return out
}

func (w *writer) floatText(f float64) {
	s := fmt.FloatText(f)
	w.byte(byte(len(s)))
	w.buf = append(w.buf, s...)
}

func (w *writer) str(v py.Value, flag byte, ctx int) {
	s, _ := py.AsStr(v)
	interned := w.version >= 3 && w.interned(v, ctx)
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if w.version >= 4 && ascii {
		if len(s) < 256 {
			if interned {
				w.byte(fmt.TypeShortASCIIInt | flag)
			} else {
				w.byte(fmt.TypeShortASCII | flag)
			}
			w.byte(byte(len(s)))
			w.buf = append(w.buf, s...)
			return
		}
		if interned {
			w.byte(fmt.TypeASCIIInterned | flag)
		} else {
			w.byte(fmt.TypeASCII | flag)
		}
		w.pstring([]byte(s))
		return
	}
	if interned {
		w.byte(fmt.TypeInterned | flag)
	} else {
		w.byte(fmt.TypeUnicode | flag)
	}
	// Kaa's str text is UTF-8 with lone surrogates as their three-byte forms:
	// exactly what CPython writes (utf-8, surrogatepass).
	w.pstring([]byte(s))
}

// code writes a code object's fields in marshal.c's order.
func (w *writer) code(v py.Value, flag byte) {
	c, consts, _ := py.MarshalCode(v)
	if w.merged == nil {
		w.merged = map[refKey]int{}
		w.countCode(c, consts, 0)
		defer func() { w.merged = nil }()
	}
	w.byte(fmt.TypeCode | flag)
	for _, n := range []int{c.ArgCount, c.PosOnlyArgCount, c.KwOnlyArgCount, c.StackSize} {
		w.int32(int32(n))
	}
	w.int32(int32(c.Flags))
	// co_code is a cached bytes object CPython's code keeps (FLAG_REF).
	w.codeBytes(c.Code, true, false)
	outer := w.qualname
	w.qualname = "\x00" // none
	if c.Flags&bytecode.CO_OPTIMIZED == 0 {
		// A class body (or a module, whose qualname no constant repeats).
		w.qualname = c.QualName
	}
	w.codeTuple(consts, ctxCode)
	w.qualname = outer
	w.codeTuple(strs(c.Names), ctxName)
	w.codeTuple(strs(c.LocalsPlusNames), ctxName)
	w.codeBytes(c.LocalsPlusKinds, false, false)
	w.object(py.NewStr(c.Filename), ctxName)
	w.object(py.NewStr(c.Name), ctxName)
	w.object(py.NewStr(c.QualName), ctxName)
	w.int32(int32(c.FirstLineNo))
	w.codeBytes(c.LineTable, false, true)
	w.codeBytes(c.ExceptionTable, false, true)
}

// countCode counts, over a code object and those nested in its constants, the
// parts CPython's compiler merges by value across one compilation (its
// constant cache): the consts, names and variable-name tuples, the line and
// exception tables, and the constants themselves. A part counted twice is one
// object that more than one holds, written once with FLAG_REF.
func (w *writer) countCode(c *bytecode.Code, consts []py.Value, depth int) {
	if depth > fmt.MaxDepth {
		return
	}
	if t := py.NewTuple(consts...); constLike(t, 0) {
		key := w.key(t)
		w.merged[key]++
		if w.merged[key] > 1 {
			// The same tuple as another code object's: its items too.
			consts = nil
		}
	}
	w.merged[w.key(py.NewTuple(strs(c.Names)...))]++
	w.merged[w.key(py.NewTuple(strs(c.LocalsPlusNames)...))]++
	w.merged[refKey{kind: 's', text: string(c.LineTable)}]++
	w.merged[refKey{kind: 's', text: string(c.ExceptionTable)}]++
	for _, k := range consts {
		if sub, subConsts, ok := py.MarshalCode(k); ok {
			w.countCode(sub, subConsts, depth+1)
			continue
		}
		w.countConst(k, 0)
	}
}

func (w *writer) countConst(v py.Value, depth int) {
	if depth > 20 || !constLike(v, 0) {
		return
	}
	switch v.Type() {
	case py.IntType(), py.FloatType(), py.ComplexType(), py.StrType(), py.BytesType():
	case py.TupleType():
	default:
		return
	}
	key := w.key(v)
	w.merged[key]++
	// A tuple met again is the same object: its items are not counted twice.
	if items, ok := py.TupleItems(v); ok && v.Type() == py.TupleType() && w.merged[key] == 1 {
		for _, x := range items {
			w.countConst(x, depth+1)
		}
	}
}

// codeBytes writes one of a code object's bytes fields: co_code is an object of
// its own that CPython's code keeps (FLAG_REF); the tables are merged by value
// (shared when equal to another part); the empty bytes is a singleton.
func (w *writer) codeBytes(b []byte, shared, merged bool) {
	if len(b) == 0 || merged {
		v := py.NewBytes(b)
		if len(b) == 0 || w.merged[w.key(v)] > 1 {
			w.object(v, ctxName)
			return
		}
		if idx, ok := w.refs[w.key(v)]; ok && w.refs != nil {
			w.depth++
			if w.depth > fmt.MaxDepth {
				w.err = errNested
			} else {
				w.byte(fmt.TypeRef)
				w.int32(int32(idx))
			}
			w.depth--
			return
		}
	}
	w.depth++
	defer func() { w.depth-- }()
	if w.depth > fmt.MaxDepth {
		w.err = errNested
		return
	}
	var flag byte
	if shared && w.refs != nil {
		// An object of its own: registered under a key nothing else has.
		w.refs[refKey{v: py.NewBytes(nil), kind: 'c', text: strconv.Itoa(len(w.refs))}] = len(w.refs)
		flag = fmt.FlagRef
	}
	w.byte(fmt.TypeString | flag)
	w.pstring(b)
}

// codeTuple writes co_consts or a names tuple: the tuple itself is the code
// object's own (no FLAG_REF) unless it is the empty tuple.
func (w *writer) codeTuple(items []py.Value, ctx int) {
	w.depth++
	defer func() { w.depth-- }()
	if w.depth > fmt.MaxDepth {
		w.err = errNested
		return
	}
	t := py.NewTuple(items...)
	var flag byte
	if w.refs != nil && constLike(t, 0) {
		key := w.key(t)
		if idx, ok := w.refs[key]; ok {
			w.byte(fmt.TypeRef)
			w.int32(int32(idx))
			return
		}
		// Shared: the empty tuple, or one the compiler merged.
		if len(items) == 0 || w.merged[key] > 1 {
			w.refs[key] = len(w.refs)
			flag = fmt.FlagRef
		}
	}
	if w.version >= 4 && len(items) < 256 {
		w.byte(fmt.TypeSmallTuple | flag)
		w.byte(byte(len(items)))
	} else {
		w.byte(fmt.TypeTuple | flag)
		w.int32(int32(len(items)))
	}
	for _, x := range items {
		w.object(x, ctx)
	}
}

func strs(ss []string) []py.Value {
	out := make([]py.Value, len(ss))
	for i, s := range ss {
		out[i] = py.NewStr(s)
	}
	return out
}
