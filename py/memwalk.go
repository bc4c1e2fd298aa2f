package py

import (
	"unsafe"
)

// The memory walk behind Limits.Memory: the objects an interpreter can reach,
// each counted once at the size of its Go struct and the arrays it owns. Builtin
// types and the markers of unboxed values are shared by every interpreter and
// count nothing; a native type's instances count their header unless the type
// reports what it holds (TypeDef.Traverse).

// memWalker is one walk's state.
type memWalker struct {
	seen  map[unsafe.Pointer]struct{}
	todo  []Value
	total int64
}

func (w *memWalker) add(v Value) {
	if v.p == nil || isStatic(v.p) {
		return
	}
	if _, ok := w.seen[v.p]; ok {
		return
	}
	w.seen[v.p] = struct{}{}
	w.todo = append(w.todo, v)
}

func (w *memWalker) addAll(vs []Value) {
	for _, v := range vs {
		w.add(v)
	}
}

func ptrValue[T any](p *T) Value { return Value{p: unsafe.Pointer(p)} }

func (w *memWalker) addFrame(f *frame) {
	if f != nil {
		w.add(ptrValue(f))
	}
}

// memoryWalk returns the size in bytes of what the interpreter's roots reach (or
// a number above stop once it has counted that many) and how many objects it
// met. w's map is reused from walk to walk.
func (in *Interp) memoryWalk(w *memWalker, stop int64) (int64, int64) {
	clear(w.seen)
	w.total = 0
	w.add(in.modules.Value())
	w.add(in.builtins)
	w.add(in.sys)
	for _, t := range in.Threads() {
		if t.exc != nil {
			w.add(t.exc.Value())
		}
		w.addAll(t.stack[:min(t.sp, len(t.stack))])
		for f := t.frame; f != nil; f = f.back {
			w.addFrame(f)
		}
	}
	for len(w.todo) > 0 && w.total <= stop {
		v := w.todo[len(w.todo)-1]
		w.todo = w.todo[:len(w.todo)-1]
		w.total += w.visit(v)
	}
	n := int64(len(w.seen))
	w.todo = w.todo[:0]
	return w.total, n
}

const (
	valueBytes = int64(unsafe.Sizeof(Value{}))
	headerSize = int64(unsafe.Sizeof(Header{}))
)

// visit queues what v refers to and returns v's own size.
func (w *memWalker) visit(v Value) int64 {
	h := (*Header)(v.p)
	typ := h.typ
	if typ == nil {
		return headerSize
	}
	if h.dict != nil {
		w.add(h.dict.Value())
	}
	if typ.heap {
		w.add(TypeValue(typ))
	}
	switch l := typ.layout; l {
	case listType:
		items := v.list().items
		w.addAll(items)
		return int64(unsafe.Sizeof(List{})) + int64(cap(items))*valueBytes
	case tupleType:
		items, _ := v.tupleItems()
		w.addAll(items)
		return int64(unsafe.Sizeof(Tuple{})) + int64(len(items))*valueBytes
	case dictType:
		d := v.dictObj()
		for i := range d.entries {
			e := &d.entries[i]
			w.add(e.key)
			w.add(e.val)
		}
		return int64(unsafe.Sizeof(Dict{})) + int64(cap(d.entries))*int64(unsafe.Sizeof(dictEntry{})) + int64(cap(d.index))*4
	case setType, frozenSetType:
		s := v.setObj()
		for i := range s.table {
			if k := s.table[i].key; k.p != nil && k != setDummy {
				w.add(k)
			}
		}
		return int64(unsafe.Sizeof(set{})) + int64(cap(s.table))*int64(unsafe.Sizeof(setEntry{}))
	case strType:
		return int64(unsafe.Sizeof(Str{})) + int64(len(v.str().s))
	case bytesType, byteArrayType:
		return int64(unsafe.Sizeof(bytesObj{})) + int64(cap(bytesOf(v)))
	case intType:
		return int64(unsafe.Sizeof(bigInt{})) + int64(cap(bigOf(v).Bits()))*8
	case objectType:
		if !typ.heap {
			return headerSize // object() and the bare markers made of a Header
		}
		o := (*instance)(v.p)
		w.addAll(o.slots)
		return int64(unsafe.Sizeof(instance{})) + int64(cap(o.slots))*valueBytes
	case functionType:
		f := v.function()
		w.add(ptrValue(f.code))
		w.add(ptrValue(f.globals))
		w.add(ptrValue(f.defaults))
		w.add(ptrValue(f.kwdefaults))
		w.add(ptrValue(f.closure))
		w.addAll([]Value{f.name, f.qualname, f.annotations, f.doc, f.module, f.typeParams})
		return int64(unsafe.Sizeof(function{}))
	case cellType:
		w.add((*cellObject)(v.p).v)
		return int64(unsafe.Sizeof(cellObject{}))
	case methodType:
		m := v.method()
		w.add(m.fn)
		w.add(m.self)
		return int64(unsafe.Sizeof(method{}))
	case codeType:
		c := v.code()
		w.addAll(c.consts)
		return int64(unsafe.Sizeof(Code{})) + int64(len(c.bc.Code))*2
	case moduleType:
		return int64(unsafe.Sizeof(Module{}))
	case generatorType, coroutineType, asyncGenType:
		g := v.gen()
		w.addFrame(g.frame)
		if g.exc != nil {
			w.add(g.exc.Value())
		}
		return int64(unsafe.Sizeof(generator{}))
	case frameType:
		f := (*frame)(v.p)
		w.add(ptrValue(f.globals))
		w.add(f.locals)
		if f.fn != nil {
			w.add(ptrValue(f.fn))
		}
		w.addAll(f.vals)
		w.addAll(f.savedStack)
		n := int64(unsafe.Sizeof(frame{}))
		if f.heap {
			n += int64(cap(f.vals)) * valueBytes
		}
		return n
	case baseException:
		e := v.exc()
		if e.args != nil {
			w.add(e.args.Value())
		}
		if e.traceback != nil {
			w.add(ptrValue(e.traceback))
		}
		if e.context != nil {
			w.add(e.context.Value())
		}
		if e.cause != nil {
			w.add(e.cause.Value())
		}
		w.addAll(e.extra)
		return int64(unsafe.Sizeof(Exception{})) + int64(len(e.extra))*valueBytes
	case tracebackType:
		tb := (*traceback)(v.p)
		if tb.next != nil {
			w.add(ptrValue(tb.next))
		}
		w.addFrame(tb.frame)
		return int64(unsafe.Sizeof(traceback{}))
	case typeType:
		return w.visitType(v.typeObj())
	default:
		if l.natx != nil && l.natx.traverse != nil {
			return headerSize + l.natx.traverse(v, w.add)
		}
	}
	return headerSize
}

// visitType counts a class made by a class statement: its dict and bases.
func (w *memWalker) visitType(t *Type) int64 {
	if !t.heap {
		return 0
	}
	for _, b := range t.mro {
		w.add(TypeValue(b))
	}
	return int64(unsafe.Sizeof(Type{}))
}
