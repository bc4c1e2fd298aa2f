package py

import (
	"strings"
	"sync"
	"unsafe"
	"weak"
)

// Binary operators in BINARY_OP's order (NB_ADD = 0 … NB_XOR = 12); the in-place
// forms are these plus nbInplace.
const (
	nbAdd = iota
	nbAnd
	nbFloorDiv
	nbLshift
	nbMatmul
	nbMul
	nbMod
	nbOr
	nbPow
	nbRshift
	nbSub
	nbTrueDiv
	nbXor
	nbCount
	nbInplace = nbCount
)

var nbSymbols = [nbCount]string{"+", "&", "//", "<<", "@", "*", "%", "|", "** or pow()", ">>", "-", "/", "^"}
var nbNames = [nbCount]string{"add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or", "pow", "rshift", "sub", "truediv", "xor"}

// CompareOp is a rich comparison operator, numbered as COMPARE_OP's argument >> 5.
type CompareOp int

// The rich comparison operators: <, <=, ==, !=, >, >=.
const (
	LT CompareOp = iota
	LE
	EQ
	NE
	GT
	GE
)

var cmpSymbols = [...]string{"<", "<=", "==", "!=", ">", ">="}
var cmpDunders = [...]string{"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"}
var cmpSwapped = [...]CompareOp{GT, GE, EQ, NE, LT, LE}

type (
	newFunc     func(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, *Exception)
	initFunc    func(t *Thread, self Value, args []Value, kwnames *Tuple) *Exception
	callFunc    func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *Exception)
	unaryFunc   func(t *Thread, v Value) (Value, *Exception)
	binaryFunc  func(t *Thread, a, b Value) (Value, *Exception)
	hashFunc    func(t *Thread, v Value) (int64, *Exception)
	cmpFunc     func(t *Thread, a, b Value, op CompareOp) (Value, *Exception)
	getattrFunc func(t *Thread, v Value, name *Str) (Value, *Exception)
	setattrFunc func(t *Thread, v Value, name *Str, val Value) *Exception
	descrGet    func(t *Thread, d, obj Value, typ *Type) (Value, *Exception)
	descrSet    func(t *Thread, d, obj, val Value) *Exception
	boolFunc    func(t *Thread, v Value) (bool, *Exception)
	lenFunc     func(t *Thread, v Value) (int, *Exception)
	setitemFunc func(t *Thread, v, key, val Value) *Exception
	containsF   func(t *Thread, v, x Value) (bool, *Exception)
)

// Type is a Python type object.
type Type struct {
	Header
	Name     string // __name__
	QualName string // __qualname__
	module   string // for builtin types; heap types keep __module__ in their dict
	doc      string
	base     *Type
	bases    []*Type
	mro      []*Type
	layout   *Type // the builtin type whose Go struct the instances use
	heap     bool  // created by a class statement: attributes can be set
	basetype bool  // can be subclassed
	abstract bool
	// specFlags are __flags__ bits CPython gives a native type it makes with
	// PyType_FromSpec (heap type; Generic is also mutable there).
	specFlags int64
	// mapGetitem: the type's __getitem__ is a mapping's (mp_subscript only), so
	// iter() and `in` do not fall back to the sequence protocol.
	mapGetitem bool
	hasDict    bool       // instances carry a __dict__
	hasWeakref bool       // instances can be weakly referenced (a __weakref__ slot)
	isMethod   bool       // instances bind like functions (LOAD_ATTR's method form)
	native     bool       // made by a native module (NewType, NewStructSeqType): see tpName
	ownsNum    bool       // num is t's own, not shared
	slotN      []string   // __slots__ names that became member descriptors (heap types)
	nslots     int32      // total slot count including bases
	collection uint8      // CollectionSequence/CollectionMapping: what match's patterns accept
	heapx      *heapExt   // a heap type's subclasses and lookup cache (typecache.go)
	natx       *nativeExt // what only some native types have

	new      newFunc
	init     initFunc
	call     callFunc
	repr     unaryFunc
	str      unaryFunc
	hash     hashFunc
	richcmp  cmpFunc
	iter     unaryFunc
	next     unaryFunc // exhausted: zero Value and nil
	getattr  getattrFunc
	setattr  setattrFunc
	descrGet descrGet
	descrSet descrSet
	bool     boolFunc
	len      lenFunc
	getitem  binaryFunc
	setitem  setitemFunc // val zero: delete
	contains containsF
	num      *numSlots // binary operators; shared with the base until written (ownNum)
	neg      unaryFunc
	pos      unaryFunc
	invert   unaryFunc
	abs      unaryFunc
	index    unaryFunc
	int      unaryFunc
	float    unaryFunc

	// A builtin type's dict (slot wrappers, methods, __doc__) is built on first
	// use rather than at start-up: ready records what it needs in lazy, and
	// dict() fills the dict once (fill). lazy is written only while the package
	// initialises, so reading it is race-free; once orders the filling.
	lazy typeLazy
	once sync.Once

	// hasDel: a heap class along the MRO defines __del__, so instances get a
	// finalizer (weakref.go). It sits in once's tail padding.
	hasDel bool
}

// typeLazy is what ready leaves for fill: for each call of ready (a few types
// are readied twice, adding to their dict), the methods and which slots the type
// defined itself (bit i: slot i in slotOrder) at that point.
type typeLazy struct {
	pending bool // ready left the dict to fill
	filled  bool // fill has run: a later ready adds to the dict at once
	first   lazyRound
	more    []lazyRound
}

type lazyRound struct {
	own       uint64
	methods   []*MethodDef
	methodsFn func() []*MethodDef // readyLazy's: the methods are made on first use too
}

// nativeExt holds what only some native types have, outside Type so that Type
// stays in its size class (startup_test.go).
type nativeExt struct {
	structSeq *structSeqInfo                            // a struct sequence type's fields (structseq.go)
	traverse  func(self Value, visit func(Value)) int64 // TypeDef.Traverse (memwalk.go)
}

// seqInfo is a struct sequence type's fields, or nil.
func (t *Type) seqInfo() *structSeqInfo {
	if t.natx == nil {
		return nil
	}
	return t.natx.structSeq
}

// numSlots are a type's binary-operator slots. Most types define none and share
// noNumSlots or their base's, which keeps Type small: the ~180 builtin types are
// allocated at start-up, where every page touched costs.
type numSlots struct {
	nb  [nbCount]binaryFunc // a.__op__(b)
	nbr [nbCount]binaryFunc // b.__rop__(a), called as nbr(b, a)
	inb [nbCount]binaryFunc // a.__iop__(b)
	// getbuf exports an instance's memory (the buffer protocol, buffer.go): a
	// rarely used slot, kept here out of Type's size class.
	getbuf func(t *Thread, v Value) (*Buffer, *Exception)
}

// noNumSlots is the empty set of slots, never written.
var noNumSlots = &numSlots{}

// ownNum returns t's slots for writing, copying the shared ones first.
func (t *Type) ownNum() *numSlots {
	if !t.ownsNum {
		n := *t.num
		t.num, t.ownsNum = &n, true
	}
	return t.num
}

// typeType is type.
var typeType = &Type{Name: "type", QualName: "type", num: noNumSlots}

// objectType is object.
var objectType = &Type{Name: "object", QualName: "object", num: noNumSlots}

// instance is the layout of instances of classes whose builtin base is object.
type instance struct {
	Header
	slots []Value
}

func (v Value) typeObj() *Type { return (*Type)(v.p) }

// AsType returns the type object v is, or nil when v is not a type.
func AsType(v Value) *Type {
	if v.IsNil() || !v.Type().IsSubtype(typeType) {
		return nil
	}
	return v.typeObj()
}

// The collection flags a type may carry (CPython's Py_TPFLAGS_SEQUENCE and
// Py_TPFLAGS_MAPPING, with their bit values, which collections.abc's
// __abc_tpflags__ uses): a match statement's sequence and mapping patterns accept
// instances of a type that has one, or whose MRO has a type that has one.
const (
	CollectionSequence = 1 << 5
	CollectionMapping  = 1 << 6
)

// IsHeap reports whether t was made by a class statement (or type()): a type
// whose attributes Python code may set, unlike the builtin and native ones.
func (t *Type) IsHeap() bool { return t.heap }

// CollectionFlags returns the collection flags set on t itself.
func (t *Type) CollectionFlags() int { return int(t.collection) }

// SetCollectionFlags replaces t's collection flags (abc's register and
// __abc_tpflags__); only the two collection bits are kept.
func (t *Type) SetCollectionFlags(f int) {
	t.collection = uint8(f & (CollectionSequence | CollectionMapping))
}

// TypeValue returns the Value of a type object.
func TypeValue(t *Type) Value { return Value{p: unsafe.Pointer(t)} }

// Dict returns the type's __dict__.
func (t *Type) Dict() *Dict { return t.dict() }

// dict returns the type's __dict__, building a builtin type's on first use. It
// shadows the Header.dict field, so every use of a type's dict goes through it;
// only code that knows the dict is built (or is building it) reads Header.dict.
func (t *Type) dict() *Dict {
	if t.lazy.pending {
		t.once.Do(t.fill)
	}
	return t.Header.dict
}

// fill builds the dict of a type that ready left lazy, as ready would have
// built it: slot wrappers for the slots the type defines, its methods, __doc__.
func (t *Type) fill() {
	if t.Header.dict == nil {
		t.Header.dict = NewDict()
	}
	t.fillRound(&t.lazy.first)
	for i := range t.lazy.more {
		t.fillRound(&t.lazy.more[i])
	}
	t.lazy.filled = true
}

func (t *Type) fillRound(r *lazyRound) {
	addSlotWrappers(t, r.own)
	d := t.Header.dict
	methods := r.methods
	if r.methodsFn != nil {
		methods = r.methodsFn()
	}
	for _, m := range methods {
		switch {
		case m.member != nil:
			d.SetStr(m.Name, Value{p: unsafe.Pointer(m.member)})
			continue
		case !m.value.IsNil():
			d.SetStr(m.Name, m.value)
			continue
		}
		if m.getsetGet != nil || m.getsetSet != nil {
			d.SetStr(m.Name, Value{p: unsafe.Pointer(&getSet{Header: Header{typ: getSetType}, name: m.Name, owner: t, get: m.getsetGet, set: m.getsetSet})})
			continue
		}
		d.SetStr(m.Name, m.descr(t))
	}
	if _, ok := d.getStr(strDoc); !ok {
		if t.doc != "" {
			d.SetStr("__doc__", NewStr(t.doc))
		} else {
			d.SetStr("__doc__", pyNone)
		}
	}
}

// MRO returns the method resolution order.
func (t *Type) MRO() []*Type { return t.mro }

// IsSubtype reports whether t is sub a subclass of (or is) b.
func (t *Type) IsSubtype(b *Type) bool {
	if t == b {
		return true
	}
	if t.mro != nil {
		for _, m := range t.mro {
			if m == b {
				return true
			}
		}
		return false
	}
	for x := t; x != nil; x = x.base {
		if x == b {
			return true
		}
	}
	return b == objectType
}

func (t *Type) lookupS(name string) Value { return t.lookup(NewStr(name).str()) }

// Module returns the type's __module__ as a Go string.
func (t *Type) Module() string {
	if t.heap {
		if v, ok := t.dict().getStr(strModule); ok && v.Type() == strType {
			return v.str().s
		}
		return "builtins"
	}
	if t.module != "" {
		return t.module
	}
	return "builtins"
}

// fullName is the name error messages use: "module.QualName" unless builtin.
func (t *Type) fullName() string {
	if t.heap {
		m := t.Module()
		if m != "builtins" && m != "__main__" {
			return m + "." + t.QualName
		}
		return t.QualName
	}
	return t.tpName()
}

// tpName is CPython's tp_name, the name error messages give a type: a class
// statement's __name__, or a builtin type's dotted name ("collections.deque",
// "sys.flags"; just "int" for the builtins module's types). Kaa's native stand-ins
// for what CPython writes as Python classes (importlib's, zipimport's, site's)
// give the bare name, as those classes do.
func (t *Type) tpName() string {
	if t.heap || t.module == "" || t.module == "builtins" || pythonClassModules[t.module] {
		return t.Name
	}
	return t.module + "." + t.Name
}

// pythonClassModules are the modules whose types Kaa builds natively but CPython
// defines in Python.
var pythonClassModules = map[string]bool{"_frozen_importlib": true, "_frozen_importlib_external": true, "zipimport": true, "_sitebuiltins": true}

// newType builds a builtin type; fill in its slots and then call ready.
func newType(name string, base *Type, layout *Type) *Type {
	t := &Type{Name: name, QualName: name, base: base, layout: layout, basetype: true, num: noNumSlots}
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		t.module, t.Name, t.QualName = name[:i], name[i+1:], name[i+1:]
	}
	return t
}

// inherit copies unset slots from the base, as inherit_slots does.
func (t *Type) inherit(b *Type) {
	if t.new == nil {
		t.new = b.new
	}
	if t.init == nil {
		t.init = b.init
	}
	if t.call == nil {
		t.call = b.call
	}
	if t.repr == nil {
		t.repr = b.repr
	}
	if t.str == nil {
		t.str = b.str
	}
	if t.hash == nil && t.richcmp == nil {
		t.hash = b.hash
		t.richcmp = b.richcmp
	}
	if t.iter == nil {
		t.iter = b.iter
	}
	if t.next == nil {
		t.next = b.next
	}
	if t.getattr == nil {
		t.getattr = b.getattr
	}
	if t.setattr == nil {
		t.setattr = b.setattr
	}
	if t.descrGet == nil {
		t.descrGet = b.descrGet
	}
	if t.descrSet == nil {
		t.descrSet = b.descrSet
	}
	if t.bool == nil {
		t.bool = b.bool
	}
	if t.len == nil {
		t.len = b.len
	}
	if t.getitem == nil {
		t.getitem = b.getitem
	}
	if t.setitem == nil {
		t.setitem = b.setitem
	}
	if t.contains == nil {
		t.contains = b.contains
	}
	if !t.ownsNum {
		t.num = b.num
	} else {
		n := t.num
		for i := range n.nb {
			if n.nb[i] == nil {
				n.nb[i] = b.num.nb[i]
			}
			if n.nbr[i] == nil {
				n.nbr[i] = b.num.nbr[i]
			}
			if n.inb[i] == nil {
				n.inb[i] = b.num.inb[i]
			}
		}
	}
	if t.neg == nil {
		t.neg = b.neg
	}
	if t.pos == nil {
		t.pos = b.pos
	}
	if t.invert == nil {
		t.invert = b.invert
	}
	if t.abs == nil {
		t.abs = b.abs
	}
	if t.index == nil {
		t.index = b.index
	}
	if t.int == nil {
		t.int = b.int
	}
	if t.float == nil {
		t.float = b.float
	}
}

// Slot bits of typeLazy.own: which slots a builtin type defines itself.
const (
	slNew = iota
	slInit
	slCall
	slRepr
	slStr
	slHash
	slRichcmp
	slIter
	slNext
	slGetattr
	slSetattr
	slDescrGet
	slDescrSet
	slBool
	slLen
	slGetitem
	slSetitem
	slContains
	slNeg
	slPos
	slInvert
	slAbs
	slIndex
	slInt
	slFloat
	slNb                      // slNb+op: nb[op]
	slNbr   = slNb + nbCount  // slNbr+op: nbr[op]
	slInb   = slNbr + nbCount // slInb+op: inb[op]
	slCount = slInb + nbCount
)

var _ [64 - slCount]struct{} // the bits fit a uint64

// ownSlots is the set of slots t defines (those not nil), as typeLazy.own bits.
func ownSlots(t *Type) uint64 {
	var own uint64
	set := func(bit int, ok bool) {
		if ok {
			own |= 1 << bit
		}
	}
	set(slNew, t.new != nil)
	set(slInit, t.init != nil)
	set(slCall, t.call != nil)
	set(slRepr, t.repr != nil)
	set(slStr, t.str != nil)
	set(slHash, t.hash != nil)
	set(slRichcmp, t.richcmp != nil)
	set(slIter, t.iter != nil)
	set(slNext, t.next != nil)
	set(slGetattr, t.getattr != nil)
	set(slSetattr, t.setattr != nil)
	set(slDescrGet, t.descrGet != nil)
	set(slDescrSet, t.descrSet != nil)
	set(slBool, t.bool != nil)
	set(slLen, t.len != nil)
	set(slGetitem, t.getitem != nil)
	set(slSetitem, t.setitem != nil)
	set(slContains, t.contains != nil)
	set(slNeg, t.neg != nil)
	set(slPos, t.pos != nil)
	set(slInvert, t.invert != nil)
	set(slAbs, t.abs != nil)
	set(slIndex, t.index != nil)
	set(slInt, t.int != nil)
	set(slFloat, t.float != nil)
	for op := 0; op < nbCount; op++ {
		set(slNb+op, t.num.nb[op] != nil)
		set(slNbr+op, t.num.nbr[op] != nil)
		set(slInb+op, t.num.inb[op] != nil)
	}
	return own
}

// ready finishes a builtin type: MRO and inherited slots now; the dict entries
// (methods, and slot wrappers for the slots it defines itself) when the dict is
// first used (fill).
func (t *Type) ready(methods ...*MethodDef) {
	t.addRound(lazyRound{own: t.prepare(), methods: methods})
}

// readyLazy is ready for a type whose method definitions are themselves made
// when its dict is first used: methods runs once, then.
func (t *Type) readyLazy(methods func() []*MethodDef) {
	t.addRound(lazyRound{own: t.prepare(), methodsFn: methods})
}

// addRound records what fill is to add to the dict, or adds it now if the dict
// is already built (a type readied a second time after its dict was used).
func (t *Type) addRound(r lazyRound) {
	switch {
	case t.lazy.filled:
		t.fillRound(&r)
	case !t.lazy.pending:
		t.lazy.pending, t.lazy.first = true, r
	default:
		t.lazy.more = append(t.lazy.more, r)
	}
}

// prepare does ready's work on the type itself and returns the slots it defines.
func (t *Type) prepare() uint64 {
	t.Header.typ = typeType
	if t != objectType && t.base == nil {
		t.base = objectType
	}
	own := ownSlots(t)    // the slots the type defines itself, before inheritance
	if len(t.bases) > 1 { // a builtin type with several bases (ExceptionGroup)
		mro, err := c3(t, t.bases)
		if err != nil {
			panic("ready " + t.Name + ": bad MRO")
		}
		t.mro = mro
		t.inherit(t.base)
		if t.layout == nil && t.base != objectType {
			t.layout = t.base.layout
		}
	} else if t.base != nil {
		buf := make([]*Type, 2+len(t.base.mro)) // bases and mro in one allocation
		buf[0], buf[1] = t.base, t
		copy(buf[2:], t.base.mro)
		t.bases, t.mro = buf[:1:1], buf[1:]
		t.inherit(t.base)
		if t.layout == nil && t.base != objectType {
			t.layout = t.base.layout
		}
	} else {
		t.mro = []*Type{t}
	}
	if t.layout == nil {
		t.layout = t
	}
	if own&(1<<slHash) == 0 && own&(1<<slRichcmp) != 0 && t != objectType {
		t.hash = nil // __eq__ without __hash__: unhashable (fill sets __hash__ = None)
	}
	return own
}

func (t *Type) addSub(s *Type) {
	if !t.heap {
		return
	}
	x := t.ext()
	live := x.subs[:0]
	for _, w := range x.subs {
		if w.Value() != nil {
			live = append(live, w)
		}
	}
	x.subs = append(live, weak.Make(s))
}

// subclasses returns the live direct subclasses of a heap type.
func (t *Type) subclasses() []*Type {
	var out []*Type
	if t.heapx == nil {
		return nil
	}
	for _, w := range t.heapx.subs {
		if s := w.Value(); s != nil {
			out = append(out, s)
		}
	}
	return out
}

// typeCall is type.__call__: create with __new__, then __init__ when the result is an
// instance of the type.
func typeCall(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *Exception) {
	typ := self.typeObj()
	if typ == typeType && len(args) == 1 && kwnames == nil {
		return TypeValue(args[0].Type()), nil
	}
	if typ.new == nil {
		return Value{}, Errorf(typeError, "cannot create '%s' instances", typ.tpName())
	}
	obj, err := typ.new(t, typ, args, kwnames)
	if err != nil {
		return Value{}, err
	}
	ot := obj.Type()
	if ot.hasDel {
		t.trackDel(obj)
	}
	if !ot.IsSubtype(typ) {
		return obj, nil
	}
	if ot.init != nil {
		if err := ot.init(t, obj, args, kwnames); err != nil {
			return Value{}, err
		}
	}
	return obj, nil
}

// c3 computes the C3 linearisation of t with bases, or raises CPython's TypeError.
func c3(t *Type, bases []*Type) ([]*Type, *Exception) {
	var seqs [][]*Type
	for _, b := range bases {
		seqs = append(seqs, append([]*Type(nil), b.mro...))
	}
	seqs = append(seqs, append([]*Type(nil), bases...))
	out := []*Type{t}
	for {
		empty := true
		for _, s := range seqs {
			if len(s) > 0 {
				empty = false
			}
		}
		if empty {
			return out, nil
		}
		var cand *Type
		for _, s := range seqs {
			if len(s) == 0 {
				continue
			}
			c := s[0]
			inTail := false
			for _, s2 := range seqs {
				for _, x := range s2[min(1, len(s2)):] {
					if x == c {
						inTail = true
					}
				}
			}
			if !inTail {
				cand = c
				break
			}
		}
		if cand == nil {
			var names []string
			seen := map[*Type]bool{}
			for _, s := range seqs {
				if len(s) > 0 && !seen[s[0]] {
					seen[s[0]] = true
					names = append(names, s[0].Name)
				}
			}
			return nil, Errorf(typeError, "Cannot create a consistent method resolution order (MRO) for bases %s", strings.Join(names, ", "))
		}
		out = append(out, cand)
		for i, s := range seqs {
			if len(s) > 0 && s[0] == cand {
				seqs[i] = s[1:]
			}
		}
	}
}
