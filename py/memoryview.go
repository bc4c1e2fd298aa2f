package py

import (
	"bytes"
	"fmt"
	"unsafe"
)

// memoryview over any exporter (buffer.go): items of a struct-style format,
// one-dimensional views sliced with any step, and cast() to C-contiguous
// N-dimensional shapes (indexed with tuples, listed with tolist).

type memoryView struct {
	Header
	obj      Value   // the exporter
	buf      *Buffer // its export, shared by the views sliced or cast from this one
	start    int     // byte offset of the first item in mem()
	shape    []int
	strides  []int // in bytes
	format   string
	itemsize int
	readonly bool
	released bool
	hashed   bool
	hashv    int64
}

var (
	memoryViewType = newType("memoryview", nil, nil)
	memoryIterType = newType("memory_iterator", nil, nil)
)

const (
	errReleasedView  = "operation forbidden on released memoryview object"
	errMultiSubviews = "multi-dimensional sub-views are not implemented"
)

// mem is the exporter's memory. A bytearray is read afresh: io's BytesIO may
// swap its contents under a view (SetByteArray).
func (m *memoryView) mem() []byte {
	if m.obj.Type().layout == byteArrayType && m.buf.pyView.IsNil() {
		return bytesOf(m.obj)
	}
	return m.buf.Data
}

func (m *memoryView) ndim() int { return len(m.shape) }

func (m *memoryView) items() int {
	n := 1
	for _, s := range m.shape {
		n *= s
	}
	return n
}

func (m *memoryView) nbytes() int { return m.items() * m.itemsize }

// fits reports whether every item of the view lies inside mem().
func (m *memoryView) fits() bool {
	lo, hi := m.start, m.start
	for i, s := range m.shape {
		if s == 0 {
			return true
		}
		d := (s - 1) * m.strides[i]
		if d < 0 {
			lo += d
		} else {
			hi += d
		}
	}
	return lo >= 0 && hi+m.itemsize <= len(m.mem())
}

// cContiguous: the items lie in C order without gaps.
func (m *memoryView) cContiguous() bool {
	want := m.itemsize
	for i := len(m.shape) - 1; i >= 0; i-- {
		if m.shape[i] == 0 {
			return true
		}
		if m.shape[i] > 1 && m.strides[i] != want {
			return false
		}
		want *= m.shape[i]
	}
	return true
}

func (m *memoryView) fContiguous() bool {
	want := m.itemsize
	for i := range m.shape {
		if m.shape[i] == 0 {
			return true
		}
		if m.shape[i] > 1 && m.strides[i] != want {
			return false
		}
		want *= m.shape[i]
	}
	return true
}

// eachOffset calls f with the byte offset of every item, in C order.
func (m *memoryView) eachOffset(f func(off int)) {
	var walk func(dim, off int)
	walk = func(dim, off int) {
		if dim == len(m.shape) {
			f(off)
			return
		}
		for i := 0; i < m.shape[dim]; i++ {
			walk(dim+1, off+i*m.strides[dim])
		}
	}
	walk(0, m.start)
}

// contiguous is the view's bytes in C order: shared with the exporter when the
// view is C-contiguous, a copy otherwise.
func (m *memoryView) contiguous() []byte {
	b := m.mem()
	if m.cContiguous() {
		return b[m.start : m.start+m.nbytes()]
	}
	out := make([]byte, 0, m.nbytes())
	m.eachOffset(func(off int) { out = append(out, b[off:off+m.itemsize]...) })
	return out
}

func mvSelf(v Value) (*memoryView, *Exception) {
	m := (*memoryView)(v.p)
	if m.released {
		return nil, Errorf(valueError, errReleasedView)
	}
	if !m.fits() {
		// Only a bytearray swapped by BytesIO under a view can get here; CPython's
		// export count forbids it.
		return nil, Errorf(bufferError, "memoryview: underlying buffer has been resized")
	}
	return m, nil
}

// derive makes a view sharing m's export, registered with the exporter.
func (m *memoryView) derive() *memoryView {
	c := &memoryView{Header: Header{typ: memoryViewType}, obj: m.obj, buf: m.buf, start: m.start,
		shape: append([]int(nil), m.shape...), strides: append([]int(nil), m.strides...),
		format: m.format, itemsize: m.itemsize, readonly: m.readonly}
	if m.buf.Exports != nil {
		m.buf.Exports.add(c)
	}
	return c
}

func (m *memoryView) value() Value { return Value{p: unsafe.Pointer(m)} }

func newMemoryView(t *Thread, obj Value) (Value, *Exception) { return memoryViewOf(t, obj, getBuffer) }

// memoryViewOf is memoryview(obj) with the export get makes.
func memoryViewOf(t *Thread, obj Value, get func(t *Thread, v Value) (*Buffer, bool, *Exception)) (Value, *Exception) {
	if obj.Type().layout == memoryViewType {
		m, err := mvSelf(obj)
		if err != nil {
			return Value{}, err
		}
		return m.derive().value(), nil
	}
	b, ok, err := get(t, obj)
	if err != nil {
		return Value{}, err
	}
	if !ok {
		return Value{}, typeErrorf("memoryview: a bytes-like object is required, not '%s'", typeName(obj))
	}
	size := b.ItemSize
	if size <= 0 {
		size = 1
	}
	m := &memoryView{Header: Header{typ: memoryViewType}, obj: obj, buf: b,
		shape: []int{len(b.Data) / size}, strides: []int{size}, format: b.Format, itemsize: size, readonly: b.ReadOnly}
	if m.format == "" {
		m.format = "B"
	}
	if b.Exports != nil {
		b.Exports.add(m)
	}
	return m.value(), nil
}

// itemFormat is the format character items are read and written with.
func (m *memoryView) itemFormat() (byte, *Exception) {
	c, _, ok := nativeFormat(m.format)
	if !ok {
		return 0, Errorf(notImplementedError, "memoryview: unsupported format %s", m.format)
	}
	return c, nil
}

func (m *memoryView) itemAt(off int) (Value, *Exception) {
	if m.released { // an __index__ of the key released the view
		return Value{}, Errorf(valueError, errReleasedView)
	}
	c, err := m.itemFormat()
	if err != nil {
		return Value{}, err
	}
	return unpackItem(c, m.mem()[off:off+m.itemsize]), nil
}

func (m *memoryView) tolist() (Value, *Exception) {
	c, err := m.itemFormat()
	if err != nil {
		return Value{}, err
	}
	b := m.mem()
	if len(m.shape) == 0 {
		return unpackItem(c, b[m.start:m.start+m.itemsize]), nil
	}
	var build func(dim, off int) Value
	build = func(dim, off int) Value {
		items := make([]Value, m.shape[dim])
		for i := range items {
			o := off + i*m.strides[dim]
			if dim == len(m.shape)-1 {
				items[i] = unpackItem(c, b[o:o+m.itemsize])
			} else {
				items[i] = build(dim+1, o)
			}
		}
		return NewList(items).Value()
	}
	return build(0, m.start), nil
}

// index1 is the byte offset of item key along dimension dim.
func (m *memoryView) index1(t *Thread, key Value, dim int) (int, *Exception) {
	i, err := IndexInt(t, key, indexError)
	if err != nil {
		return 0, err
	}
	n := int64(m.shape[dim])
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return 0, Errorf(indexError, "index out of bounds on dimension %d", dim+1)
	}
	return int(i) * m.strides[dim], nil
}

func isIndexKey(v Value) bool { return v.IsSmallInt() || v.Type().index != nil }

// tupleOffset is the byte offset of the item a tuple of ints names.
func (m *memoryView) tupleOffset(t *Thread, items []Value, setting bool) (int, *Exception) {
	slices := 0
	for _, k := range items {
		if k.Type() == sliceType {
			slices++
		} else if !isIndexKey(k) {
			return 0, typeErrorf("memoryview: invalid slice key")
		}
	}
	if slices > 0 && slices < len(items) {
		return 0, typeErrorf("memoryview: invalid slice key")
	}
	if slices > 0 {
		if setting {
			return 0, Errorf(notImplementedError, "memoryview slice assignments are currently restricted to ndim = 1")
		}
		return 0, Errorf(notImplementedError, "multi-dimensional slicing is not implemented")
	}
	if len(items) < m.ndim() {
		return 0, Errorf(notImplementedError, errMultiSubviews)
	}
	if len(items) > m.ndim() {
		return 0, typeErrorf("cannot index %d-dimension view with %d-element tuple", m.ndim(), len(items))
	}
	off := m.start
	for d, k := range items {
		o, err := m.index1(t, k, d)
		if err != nil {
			return 0, err
		}
		off += o
	}
	return off, nil
}

func mvGetitem(t *Thread, v, key Value) (Value, *Exception) {
	m, err := mvSelf(v)
	if err != nil {
		return Value{}, err
	}
	if m.ndim() == 0 {
		if key.Is(pyEllipsis) {
			return m.derive().value(), nil
		}
		if items, ok := key.tupleItems(); ok && len(items) == 0 {
			return m.itemAt(m.start)
		}
		return Value{}, typeErrorf("invalid indexing of 0-dim memory")
	}
	switch {
	case key.Is(pyEllipsis):
		return m.derive().value(), nil
	case key.Type() == sliceType:
		start, _, step, n, err := key.slice().indices(t, m.shape[0])
		if err != nil {
			return Value{}, err
		}
		c := m.derive()
		c.start = m.start + start*m.strides[0]
		c.strides[0] = m.strides[0] * step
		c.shape[0] = n
		return c.value(), nil
	case isIndexKey(key):
		if m.ndim() > 1 {
			return Value{}, Errorf(notImplementedError, errMultiSubviews)
		}
		if _, err := m.itemFormat(); err != nil {
			return Value{}, err
		}
		off, err := m.index1(t, key, 0)
		if err != nil {
			return Value{}, err
		}
		return m.itemAt(m.start + off)
	}
	if items, ok := key.tupleItems(); ok && key.Type().layout == tupleType {
		off, err := m.tupleOffset(t, items, false)
		if err != nil {
			return Value{}, err
		}
		return m.itemAt(off)
	}
	return Value{}, typeErrorf("memoryview: invalid slice key")
}

func mvSetitem(t *Thread, v, key, val Value) *Exception {
	m, err := mvSelf(v)
	if err != nil {
		return err
	}
	if m.readonly {
		return typeErrorf("cannot modify read-only memory")
	}
	if val.IsNil() {
		return typeErrorf("cannot delete memory")
	}
	c, err := m.itemFormat()
	if err != nil {
		return err
	}
	put := func(off int) *Exception {
		tmp := make([]byte, m.itemsize)
		if err := packItem(t, c, tmp, val); err != nil {
			return err
		}
		if m.released || !m.fits() { // the key's or the value's conversion released the view
			return Errorf(valueError, errReleasedView)
		}
		copy(m.mem()[off:], tmp)
		return nil
	}
	if m.ndim() == 0 {
		if items, ok := key.tupleItems(); key.Is(pyEllipsis) || ok && len(items) == 0 {
			return put(m.start)
		}
		return typeErrorf("invalid indexing of 0-dim memory")
	}
	switch {
	case isIndexKey(key):
		if m.ndim() > 1 {
			return Errorf(notImplementedError, "sub-views are not implemented")
		}
		off, err := m.index1(t, key, 0)
		if err != nil {
			return err
		}
		return put(m.start + off)
	case key.Type() == sliceType:
		if m.ndim() > 1 {
			return Errorf(notImplementedError, "memoryview slice assignments are currently restricted to ndim = 1")
		}
		start, _, step, n, err := key.slice().indices(t, m.shape[0])
		if err != nil {
			return err
		}
		src, ok, err := bufferOf(t, val)
		if err != nil {
			return err
		}
		if !ok {
			return typeErrorf("a bytes-like object is required, not '%s'", typeName(val))
		}
		sc, _, sok := nativeFormat(src.Format)
		if src.Format == "" {
			sc, sok = 'B', true
		}
		if !sok || sc != c || src.ItemSize != m.itemsize || len(src.Data) != n*m.itemsize {
			return Errorf(valueError, "memoryview assignment: lvalue and rvalue have different structures")
		}
		if m.released || !m.fits() { // a slice index's __index__ released the view
			return Errorf(valueError, errReleasedView)
		}
		data, b := bytes.Clone(src.Data), m.mem()
		for i := 0; i < n; i++ {
			off := m.start + (start+i*step)*m.strides[0]
			copy(b[off:off+m.itemsize], data[i*m.itemsize:])
		}
		return nil
	}
	if items, ok := key.tupleItems(); ok && key.Type().layout == tupleType {
		off, err := m.tupleOffset(t, items, true)
		if err != nil {
			return err
		}
		return put(off)
	}
	return typeErrorf("memoryview: invalid slice key")
}

// mvItems unpacks the items of an exported buffer for comparison; ok is false
// for a format memoryview cannot read.
func bufferItems(b *Buffer) ([]Value, bool) {
	f := b.Format
	if f == "" {
		f = "B"
	}
	c, size, ok := nativeFormat(f)
	if !ok {
		return nil, false
	}
	out := make([]Value, len(b.Data)/size)
	for i := range out {
		out[i] = unpackItem(c, b.Data[i*size:])
	}
	return out, true
}

func itemsEqual(t *Thread, x, y Value) (bool, *Exception) {
	if x.IsFloat() && y.IsFloat() {
		return floatOf(x) == floatOf(y), nil
	}
	if x.IsFloat() || y.IsFloat() {
		if (x.IsFloat() && floatOf(x) != floatOf(x)) || (y.IsFloat() && floatOf(y) != floatOf(y)) {
			return false, nil
		}
	}
	return RichCompareBool(t, x, y, EQ)
}

func mvCompare(t *Thread, a, b Value, op CompareOp) (Value, *Exception) {
	if op != EQ && op != NE {
		return pyNotImplemented, nil
	}
	ma := (*memoryView)(a.p)
	if ma.released || b.Type().layout == memoryViewType && (*memoryView)(b.p).released {
		return Bool((a.p == b.p) == (op == EQ)), nil
	}
	var shapeB []int
	if b.Type().layout == memoryViewType {
		mb, err := mvSelf(b)
		if err != nil {
			return Value{}, err
		}
		shapeB = mb.shape
	}
	bb, ok, err := bufferOf(t, b)
	if err != nil {
		return Value{}, err
	}
	if !ok {
		return pyNotImplemented, nil
	}
	if shapeB == nil {
		size := max(bb.ItemSize, 1)
		shapeB = []int{len(bb.Data) / size}
	}
	if _, err := mvSelf(a); err != nil {
		return Value{}, err
	}
	equal := func() (bool, *Exception) {
		if len(ma.shape) != len(shapeB) {
			return false, nil
		}
		for i := range shapeB {
			if ma.shape[i] != shapeB[i] {
				return false, nil
			}
		}
		ba := &Buffer{Data: ma.contiguous(), Format: ma.format, ItemSize: ma.itemsize}
		xa, okA := bufferItems(ba)
		xb, okB := bufferItems(bb)
		if !okA || !okB {
			return ma.format == bb.Format && bytes.Equal(ba.Data, bb.Data), nil
		}
		if len(xa) != len(xb) {
			return false, nil
		}
		for i := range xa {
			eq, err := itemsEqual(t, xa[i], xb[i])
			if err != nil || !eq {
				return false, err
			}
		}
		return true, nil
	}
	eq, err := equal()
	if err != nil {
		return Value{}, err
	}
	return Bool(eq == (op == EQ)), nil
}

// castShape parses cast()'s shape argument.
func castShape(t *Thread, v Value) ([]int, *Exception) {
	var items []Value
	switch v.Type().layout {
	case listType:
		items = v.list().items
	case tupleType:
		items, _ = v.tupleItems()
	default:
		return nil, typeErrorf("shape must be a list or a tuple")
	}
	if len(items) > 64 {
		return nil, Errorf(valueError, "memoryview: number of dimensions must not exceed 64")
	}
	out := make([]int, len(items))
	for i, x := range items {
		if !x.isInt() {
			return nil, typeErrorf("memoryview.cast(): elements of shape must be integers")
		}
		n, ok := AsInt64(x)
		if !ok || n <= 0 {
			return nil, Errorf(valueError, "memoryview.cast(): elements of shape must be integers > 0")
		}
		out[i] = int(n)
	}
	return out, nil
}

func isByteFormat(f string) bool {
	c, _, ok := nativeFormat(f)
	return ok && (c == 'B' || c == 'b' || c == 'c')
}

func mvCast(t *Thread, v Value, args []Value, kw *Tuple) (Value, *Exception) {
	var a [2]Value
	if err := parseArgs("cast", args, kw, []string{"format", "shape"}, 0, 1, -1, a[:]); err != nil {
		return Value{}, err
	}
	m, err := mvSelf(v)
	if err != nil {
		return Value{}, err
	}
	if a[0].Type().layout != strType {
		return Value{}, typeErrorf("cast() argument 'format' must be str, not %s", typeName(a[0]))
	}
	if !m.cContiguous() {
		return Value{}, typeErrorf("memoryview: casts are restricted to C-contiguous views")
	}
	var shape []int
	if !a[1].IsNil() {
		if shape, err = castShape(t, a[1]); err != nil {
			return Value{}, err
		}
	}
	if m.items() == 0 {
		return Value{}, typeErrorf("memoryview: cannot cast view with zeros in shape or strides")
	}
	f := a[0].str().s
	_, size, ok := nativeFormat(f)
	if !ok {
		return Value{}, Errorf(valueError, "memoryview: destination format must be a native single character format prefixed with an optional '@'")
	}
	if !isByteFormat(m.format) && !isByteFormat(f) {
		return Value{}, typeErrorf("memoryview: cannot cast between two non-byte formats")
	}
	if !a[1].IsNil() && m.ndim() != 1 && len(shape) != 1 {
		return Value{}, typeErrorf("memoryview: cast must be 1D -> ND or ND -> 1D")
	}
	nb := m.nbytes()
	c := m.derive()
	c.format, c.itemsize = f, size
	if a[1].IsNil() {
		if nb%size != 0 {
			return Value{}, typeErrorf("memoryview: length is not a multiple of itemsize")
		}
		shape = []int{nb / size}
	} else {
		n := size
		for _, s := range shape {
			n *= s
			if n > nb {
				break
			}
		}
		if n != nb {
			return Value{}, typeErrorf("memoryview: product(shape) * itemsize != buffer size")
		}
	}
	c.shape = shape
	c.strides = make([]int, len(shape))
	stride := size
	for i := len(shape) - 1; i >= 0; i-- {
		c.strides[i] = stride
		stride *= shape[i]
	}
	return c.value(), nil
}

func intsTuple(xs []int) Value {
	items := make([]Value, len(xs))
	for i, x := range xs {
		items[i] = Int(int64(x))
	}
	return NewTuple(items...)
}

func mvRelease(t *Thread, v Value) *Exception {
	m := (*memoryView)(v.p)
	if m.released {
		return nil
	}
	m.released = true
	return m.buf.releasePy(t, m.obj)
}

func init() {
	mt := memoryViewType
	mt.new = func(t *Thread, typ *Type, args []Value, kw *Tuple) (Value, *Exception) {
		var a [1]Value
		if err := parseArgs("memoryview", args, kw, []string{"object"}, 0, 1, -1, a[:]); err != nil {
			return Value{}, err
		}
		return newMemoryView(t, a[0])
	}
	mt.repr = func(t *Thread, v Value) (Value, *Exception) {
		if (*memoryView)(v.p).released {
			return NewStr(fmt.Sprintf("<released memory at %#x>", idOf(v))), nil
		}
		return NewStr(fmt.Sprintf("<memory at %#x>", idOf(v))), nil
	}
	mt.len = func(t *Thread, v Value) (int, *Exception) {
		m, err := mvSelf(v)
		if err != nil {
			return 0, err
		}
		if m.ndim() == 0 {
			return 0, typeErrorf("0-dim memory has no length")
		}
		return m.shape[0], nil
	}
	mt.getitem = mvGetitem
	mt.setitem = mvSetitem
	mt.richcmp = mvCompare
	mt.hash = func(t *Thread, v Value) (int64, *Exception) {
		m := (*memoryView)(v.p)
		if m.hashed {
			return m.hashv, nil
		}
		m, err := mvSelf(v)
		if err != nil {
			return 0, err
		}
		if !m.readonly {
			return 0, Errorf(valueError, "cannot hash writable memoryview object")
		}
		if !isByteFormat(m.format) {
			return 0, Errorf(valueError, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'")
		}
		d := m.contiguous()
		m.hashv, m.hashed = strHash(hashKey, &Str{s: string(d), n: len(d)}), true
		return m.hashv, nil
	}
	mt.iter = func(t *Thread, v Value) (Value, *Exception) {
		m, err := mvSelf(v)
		if err != nil {
			return Value{}, err
		}
		if m.ndim() == 0 {
			return Value{}, typeErrorf("invalid indexing of 0-dim memory")
		}
		if m.ndim() > 1 {
			return Value{}, Errorf(notImplementedError, "multi-dimensional sub-views are not implemented")
		}
		c, err := m.itemFormat()
		if err != nil {
			return Value{}, err
		}
		b := m.mem()
		items := make([]Value, m.shape[0])
		for i := range items {
			off := m.start + i*m.strides[0]
			items[i] = unpackItem(c, b[off:off+m.itemsize])
		}
		return newSeqIter(items, memoryIterType), nil
	}
	memoryIterType.iter = selfIter
	memoryIterType.next = seqIterNext
	memoryIterType.readyLazy(func() []*MethodDef { return nil })
	attr := func(name string, f func(m *memoryView) Value) *MethodDef {
		return getset(name, func(t *Thread, v Value) (Value, *Exception) {
			m, err := mvSelf(v)
			if err != nil {
				return Value{}, err
			}
			return f(m), nil
		}, nil)
	}
	exit := func(t *Thread, v Value, args []Value, kw *Tuple) (Value, *Exception) {
		return pyNone, mvRelease(t, v)
	}
	mt.readyLazy(func() []*MethodDef {
		return []*MethodDef{
			attr("obj", func(m *memoryView) Value { return m.obj }),
			attr("nbytes", func(m *memoryView) Value { return Int(int64(m.nbytes())) }),
			attr("readonly", func(m *memoryView) Value { return Bool(m.readonly) }),
			attr("itemsize", func(m *memoryView) Value { return Int(int64(m.itemsize)) }),
			attr("format", func(m *memoryView) Value { return NewStr(m.format) }),
			attr("ndim", func(m *memoryView) Value { return Int(int64(m.ndim())) }),
			attr("shape", func(m *memoryView) Value { return intsTuple(m.shape) }),
			attr("strides", func(m *memoryView) Value { return intsTuple(m.strides) }),
			attr("suboffsets", func(m *memoryView) Value { return NewTuple() }),
			attr("c_contiguous", func(m *memoryView) Value { return Bool(m.cContiguous()) }),
			attr("f_contiguous", func(m *memoryView) Value { return Bool(m.fContiguous()) }),
			attr("contiguous", func(m *memoryView) Value { return Bool(m.cContiguous() || m.fContiguous()) }),
			getset("released", func(t *Thread, v Value) (Value, *Exception) { return Bool((*memoryView)(v.p).released), nil }, nil),
			&MethodDef{Name: "tobytes", Fn: func(t *Thread, v Value, args []Value, kw *Tuple) (Value, *Exception) {
				var a [1]Value
				if err := parseArgs("tobytes", args, kw, []string{"order"}, 0, 0, -1, a[:]); err != nil {
					return Value{}, err
				}
				m, err := mvSelf(v)
				if err != nil {
					return Value{}, err
				}
				if o := a[0]; !o.IsNil() && !o.IsNone() {
					if o.Type().layout != strType {
						return Value{}, typeErrorf("tobytes() argument 'order' must be str or None, not %s", typeName(o))
					}
					if s := o.str().s; s != "C" && s != "F" && s != "A" {
						return Value{}, Errorf(valueError, "order must be 'C', 'F' or 'A'")
					}
				}
				return NewBytes(bytes.Clone(m.contiguous())), nil
			}},
			methNoArgs("memoryview.tolist", func(t *Thread, v Value) (Value, *Exception) {
				m, err := mvSelf(v)
				if err != nil {
					return Value{}, err
				}
				return m.tolist()
			}),
			&MethodDef{Name: "hex", Fn: func(t *Thread, v Value, args []Value, kw *Tuple) (Value, *Exception) {
				m, err := mvSelf(v)
				if err != nil {
					return Value{}, err
				}
				return bytesHex(t, m.contiguous(), args, kw)
			}},
			methNoArgs("memoryview.release", func(t *Thread, v Value) (Value, *Exception) {
				return pyNone, mvRelease(t, v)
			}),
			methNoArgs("memoryview.toreadonly", func(t *Thread, v Value) (Value, *Exception) {
				m, err := mvSelf(v)
				if err != nil {
					return Value{}, err
				}
				c := m.derive()
				c.readonly = true
				return c.value(), nil
			}),
			&MethodDef{Name: "cast", Fn: mvCast},
			methNoArgs("memoryview.__enter__", func(t *Thread, v Value) (Value, *Exception) {
				if _, err := mvSelf(v); err != nil {
					return Value{}, err
				}
				return v, nil
			}),
			&MethodDef{Name: "__exit__", Fn: exit},
			methO("memoryview.__buffer__", func(t *Thread, v, flags Value) (Value, *Exception) {
				if !isIndexKey(flags) {
					return Value{}, typeErrorf("'%s' object cannot be interpreted as an integer", typeName(flags))
				}
				m, err := mvSelf(v)
				if err != nil {
					return Value{}, err
				}
				return m.derive().value(), nil
			}),
			methO("memoryview.__release_buffer__", func(t *Thread, v, view Value) (Value, *Exception) {
				if view.Type().layout == memoryViewType {
					return pyNone, mvRelease(t, view)
				}
				return pyNone, nil
			}),
			&MethodDef{Name: "_from_flags", Class: true, Fn: func(t *Thread, v Value, args []Value, kw *Tuple) (Value, *Exception) {
				var a [2]Value
				if err := parseArgs("_from_flags", args, kw, []string{"object", "flags"}, 2, 2, -1, a[:]); err != nil {
					return Value{}, err
				}
				return newMemoryView(t, a[0])
			}},
		}
	})
}
