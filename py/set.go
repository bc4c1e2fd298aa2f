package py

import (
	"strings"
	"unsafe"
)

// Set is a set or frozenset, laid out as CPython's setobject.c (open addressing with
// linear probes, then perturbation) so that iteration order matches CPython's.
type Set struct {
	Header
	table  []setEntry
	fill   int // active + dummy
	used   int // active
	hash   int64
	hashed bool
}

type setEntry struct {
	key  Value // zero: empty; dummy: deleted
	hash int64
}

var setDummy = Value{p: unsafe.Pointer(&Header{})}

var (
	SetType       = newType("set", nil, nil)
	FrozenSetType = newType("frozenset", nil, nil)
)

const (
	setMinSize   = 8
	linearProbes = 9
	perturbShift = 5
)

func newSetObj(typ *Type) *Set {
	return &Set{Header: Header{typ: typ}, table: make([]setEntry, setMinSize)}
}

func (s *Set) Value() Value { return Value{p: unsafe.Pointer(s)} }

func (v Value) setObj() *Set { return (*Set)(v.p) }

func (v Value) asSet() (*Set, bool) {
	if v.p == nil {
		return nil, false
	}
	if l := v.Type().layout; l == SetType || l == FrozenSetType {
		return v.setObj(), true
	}
	return nil, false
}

// Len returns the number of elements.
func (s *Set) Len() int { return s.used }

func (s *Set) add(t *Thread, key Value) *Exception {
	h, err := Hash(t, key)
	if err != nil {
		return err
	}
	return s.addHashed(t, key, h)
}

func (s *Set) addHashed(t *Thread, key Value, h int64) *Exception {
	i, found, err := s.probe(t, key, h)
	if err != nil || found {
		return err
	}
	if s.table[i].key.p == nil {
		s.fill++
	}
	s.table[i] = setEntry{key, h}
	s.used++
	if s.fill*5 < (len(s.table)-1)*3 {
		return nil
	}
	n := s.used * 4
	if s.used > 50000 {
		n = s.used * 2
	}
	s.resize(n)
	return nil
}

// probe walks key's probe sequence as setobject.c does (linear probes, then
// perturbation): the index of key's entry (found) or of the empty slot that ends
// the sequence, or of the first deleted slot before it, which an insertion reuses.
// A comparison that resizes the table restarts the walk.
func (s *Set) probe(t *Thread, key Value, h int64) (int, bool, *Exception) {
	mask := uint64(len(s.table) - 1)
	perturb := uint64(h)
	i := uint64(h) & mask
	free := -1
	for {
		probes := uint64(0)
		if i+linearProbes <= mask {
			probes = linearProbes
		}
		for j := uint64(0); j <= probes; j++ {
			e := &s.table[i+j]
			if e.key.p == nil {
				if free >= 0 {
					return free, false, nil
				}
				return int(i + j), false, nil
			}
			if e.key.p == setDummy.p {
				if free < 0 {
					free = int(i + j)
				}
				continue
			}
			if e.hash == h {
				if e.key.Is(key) {
					return int(i + j), true, nil
				}
				eq, err := keyEq(t, e.key, key)
				if err != nil {
					return -1, false, err
				}
				if eq {
					return int(i + j), true, nil
				}
				if uint64(len(s.table)-1) != mask {
					return s.probe(t, key, h)
				}
			}
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

func (s *Set) resize(minused int) {
	n := setMinSize
	for n <= minused {
		n <<= 1
	}
	old := s.table
	s.table = make([]setEntry, n)
	s.fill = s.used
	mask := uint64(n - 1)
	for _, e := range old {
		if e.key.p != nil && e.key.p != setDummy.p {
			s.insertClean(mask, e.key, e.hash)
		}
	}
}

func (s *Set) insertClean(mask uint64, key Value, h int64) {
	perturb := uint64(h)
	i := uint64(h) & mask
	for {
		if s.table[i].key.p == nil {
			s.table[i] = setEntry{key, h}
			return
		}
		if i+linearProbes <= mask {
			for j := uint64(1); j <= linearProbes; j++ {
				if s.table[i+j].key.p == nil {
					s.table[i+j] = setEntry{key, h}
					return
				}
			}
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// find returns the index of key's entry, or -1.
func (s *Set) find(t *Thread, key Value, h int64) (int, *Exception) {
	i, found, err := s.probe(t, key, h)
	if err != nil || !found {
		return -1, err
	}
	return i, nil
}

func (s *Set) contains(t *Thread, key Value) (bool, *Exception) {
	h, err := Hash(t, key)
	if err != nil {
		if err.Matches(TypeError) {
			if ks, ok := key.asSet(); ok && key.Type().layout == SetType {
				fs := newSetObj(FrozenSetType)
				fs.mergeFrom(t, ks)
				return s.contains(t, fs.Value())
			}
		}
		return false, err
	}
	i, err := s.find(t, key, h)
	return i >= 0, err
}

func (s *Set) discard(t *Thread, key Value) (bool, *Exception) {
	h, err := Hash(t, key)
	if err != nil {
		return false, err
	}
	i, err := s.find(t, key, h)
	if err != nil || i < 0 {
		return false, err
	}
	s.table[i].key = setDummy
	s.table[i].hash = -1
	s.used--
	return true, nil
}

// items returns the elements in table order (CPython's iteration order).
func (s *Set) items() []Value {
	out := make([]Value, 0, s.used)
	for _, e := range s.table {
		if e.key.p != nil && e.key.p != setDummy.p {
			out = append(out, e.key)
		}
	}
	return out
}

// mergeFrom adds another set's elements as set_merge does (table copy when possible).
func (s *Set) mergeFrom(t *Thread, o *Set) {
	if o.used == 0 {
		return
	}
	if (s.fill+o.used)*5 >= (len(s.table)-1)*3 {
		s.resize((s.used + o.used) * 2)
	}
	if s.fill == 0 && len(s.table) == len(o.table) && o.fill == o.used {
		copy(s.table, o.table)
		s.fill, s.used = o.fill, o.used
		return
	}
	if s.fill == 0 {
		mask := uint64(len(s.table) - 1)
		for _, e := range o.table {
			if e.key.p != nil && e.key.p != setDummy.p {
				s.insertClean(mask, e.key, e.hash)
				s.fill++
				s.used++
			}
		}
		return
	}
	for _, e := range o.table {
		if e.key.p != nil && e.key.p != setDummy.p {
			s.addHashed(t, e.key, e.hash)
		}
	}
}

func (s *Set) update(t *Thread, v Value) *Exception {
	if o, ok := v.asSet(); ok {
		s.mergeFrom(t, o)
		return nil
	}
	if v.Type().layout == DictType {
		d := v.dictObj()
		if (s.fill+d.Len())*5 >= (len(s.table)-1)*3 {
			s.resize((s.used + d.Len()) * 2)
		}
		var err *Exception
		d.Items(func(k, _ Value) bool {
			err = s.add(t, k)
			return err == nil
		})
		return err
	}
	return Iterate(t, v, func(x Value) *Exception { return s.add(t, x) })
}

func setRepr(t *Thread, v Value) (Value, *Exception) {
	s := v.setObj()
	typ := v.Type()
	if s.used == 0 {
		return NewStr(typ.Name + "()"), nil
	}
	if t.reprEnter(v) {
		return NewStr(typ.Name + "(...)"), nil
	}
	defer t.reprLeave(v)
	body, err := seqRepr(t, "{", "}", s.items())
	if err != nil {
		return Value{}, err
	}
	if typ != SetType {
		return NewStr(typ.Name + "(" + body + ")"), nil
	}
	return NewStr(body), nil
}

func (s *Set) newLike(typ *Type) *Set {
	if typ.layout == SetType {
		return newSetObj(SetType)
	}
	return newSetObj(FrozenSetType)
}

func setFromIterable(t *Thread, typ *Type, v Value) (*Set, *Exception) {
	s := newSetObj(typ)
	if v.IsNil() {
		return s, nil
	}
	return s, s.update(t, v)
}

func setOp(t *Thread, a, b Value, op byte) (Value, *Exception) {
	x, ok1 := a.asSet()
	y, ok2 := b.asSet()
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	r := x.newLike(a.Type())
	switch op {
	case '|':
		r.mergeFrom(t, x)
		r.mergeFrom(t, y)
	case '&':
		small, big := x, y
		if x.used > y.used {
			small, big = y, x
		}
		for _, k := range small.items() {
			in, err := big.contains(t, k)
			if err != nil {
				return Value{}, err
			}
			if in {
				r.add(t, k)
			}
		}
	case '-':
		for _, e := range x.table {
			if e.key.p != nil && e.key.p != setDummy.p {
				in, err := y.contains(t, e.key)
				if err != nil {
					return Value{}, err
				}
				if !in {
					r.addHashed(t, e.key, e.hash)
				}
			}
		}
	case '^':
		r.mergeFrom(t, x)
		for _, e := range y.table {
			if e.key.p != nil && e.key.p != setDummy.p {
				removed, _ := r.discard(t, e.key)
				if !removed {
					r.addHashed(t, e.key, e.hash)
				}
			}
		}
	}
	return r.Value(), nil
}

func isSubset(t *Thread, x, y *Set) (bool, *Exception) {
	if x.used > y.used {
		return false, nil
	}
	for _, k := range x.items() {
		in, err := y.contains(t, k)
		if err != nil || !in {
			return false, err
		}
	}
	return true, nil
}

func setRichcmp(t *Thread, a, b Value, op CompareOp) (Value, *Exception) {
	x, _ := a.asSet()
	y, ok := b.asSet()
	if !ok {
		return NotImplemented, nil
	}
	switch op {
	case EQ, NE:
		eq := false
		if x.used == y.used {
			var err *Exception
			eq, err = isSubset(t, x, y)
			if err != nil {
				return Value{}, err
			}
		}
		return Bool(eq == (op == EQ)), nil
	case LE:
		r, err := isSubset(t, x, y)
		return Bool(r), err
	case GE:
		r, err := isSubset(t, y, x)
		return Bool(r), err
	case LT:
		r, err := isSubset(t, x, y)
		return Bool(r && x.used < y.used), err
	case GT:
		r, err := isSubset(t, y, x)
		return Bool(r && x.used > y.used), err
	}
	return NotImplemented, nil
}

type setIter struct {
	Header
	s    *Set
	i    int
	used int
}

var SetIterType = newType("set_iterator", nil, nil)

func setMethodsCommon(name string) []*MethodDef {
	multi := func(mname string, op byte) *MethodDef {
		return &MethodDef{Name: mname, Fn: func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exception) {
			if err := noKwargs(name+"."+mname, kw); err != nil {
				return Value{}, err
			}
			r := self
			if len(args) == 0 {
				s := self.setObj().newLike(self.Type())
				s.mergeFrom(t, self.setObj())
				return s.Value(), nil
			}
			for _, a := range args {
				o, ok := a.asSet()
				if !ok {
					tmp, err := setFromIterable(t, SetType, a)
					if err != nil {
						return Value{}, err
					}
					o = tmp
				}
				var err *Exception
				r, err = setOp(t, r, o.Value(), op)
				if err != nil {
					return Value{}, err
				}
			}
			if r.Type() != self.Type().layout {
				x := r.setObj()
				x.typ = self.Type().layout
			}
			return r, nil
		}}
	}
	other := func(t *Thread, v Value) (*Set, *Exception) {
		if o, ok := v.asSet(); ok {
			return o, nil
		}
		return setFromIterable(t, SetType, v)
	}
	return []*MethodDef{
		multi("union", '|'),
		multi("intersection", '&'),
		multi("difference", '-'),
		methO(name+".symmetric_difference", func(t *Thread, self, v Value) (Value, *Exception) {
			o, err := other(t, v)
			if err != nil {
				return Value{}, err
			}
			return setOp(t, self, o.Value(), '^')
		}),
		methO(name+".issubset", func(t *Thread, self, v Value) (Value, *Exception) {
			o, err := other(t, v)
			if err != nil {
				return Value{}, err
			}
			r, err := isSubset(t, self.setObj(), o)
			return Bool(r), err
		}),
		methO(name+".issuperset", func(t *Thread, self, v Value) (Value, *Exception) {
			o, err := other(t, v)
			if err != nil {
				return Value{}, err
			}
			r, err := isSubset(t, o, self.setObj())
			return Bool(r), err
		}),
		methO(name+".isdisjoint", func(t *Thread, self, v Value) (Value, *Exception) {
			o, err := other(t, v)
			if err != nil {
				return Value{}, err
			}
			for _, k := range o.items() {
				in, err := self.setObj().contains(t, k)
				if err != nil {
					return Value{}, err
				}
				if in {
					return False, nil
				}
			}
			return True, nil
		}),
		methNoArgs(name+".copy", func(t *Thread, self Value) (Value, *Exception) {
			if self.Type() == FrozenSetType {
				return self, nil
			}
			s := self.setObj().newLike(self.Type())
			s.mergeFrom(t, self.setObj())
			return s.Value(), nil
		}),
		&MethodDef{Name: "__class_getitem__", Class: true, Fn: genericAlias},
	}
}

func init() {
	for _, st := range []*Type{SetType, FrozenSetType} {
		st.repr = setRepr
		st.richcmp = setRichcmp
		st.len = func(t *Thread, v Value) (int, *Exception) { return v.setObj().used, nil }
		st.contains = func(t *Thread, v, x Value) (bool, *Exception) { return v.setObj().contains(t, x) }
		st.iter = func(t *Thread, v Value) (Value, *Exception) {
			s := v.setObj()
			return Value{p: unsafe.Pointer(&setIter{Header: Header{typ: SetIterType}, s: s, used: s.used})}, nil
		}
		st.ownNum().nb[nbOr] = func(t *Thread, a, b Value) (Value, *Exception) { return setOp(t, a, b, '|') }
		st.ownNum().nb[nbAnd] = func(t *Thread, a, b Value) (Value, *Exception) { return setOp(t, a, b, '&') }
		st.ownNum().nb[nbSub] = func(t *Thread, a, b Value) (Value, *Exception) { return setOp(t, a, b, '-') }
		st.ownNum().nb[nbXor] = func(t *Thread, a, b Value) (Value, *Exception) { return setOp(t, a, b, '^') }
	}
	SetType.hash = unhashable
	SetType.new = func(t *Thread, typ *Type, args []Value, kw *Tuple) (Value, *Exception) {
		return newSetObj(typ).Value(), nil
	}
	SetType.init = func(t *Thread, self Value, args []Value, kw *Tuple) *Exception {
		if err := noKwargs("set", kw); err != nil {
			return err
		}
		if err := checkArgs("set", args, 0, 1); err != nil {
			return err
		}
		s := self.setObj()
		*s = Set{Header: s.Header, table: make([]setEntry, setMinSize)}
		if len(args) == 1 {
			return s.update(t, args[0])
		}
		return nil
	}
	inplace := func(op byte) binaryFunc {
		return func(t *Thread, a, b Value) (Value, *Exception) {
			if _, ok := b.asSet(); !ok {
				return NotImplemented, nil
			}
			r, err := setOp(t, a, b, op)
			if err != nil || r.Is(NotImplemented) {
				return r, err
			}
			s := a.setObj()
			n := r.setObj()
			s.table, s.fill, s.used = n.table, n.fill, n.used
			return a, nil
		}
	}
	SetType.ownNum().inb[nbOr] = func(t *Thread, a, b Value) (Value, *Exception) {
		o, ok := b.asSet()
		if !ok {
			return NotImplemented, nil
		}
		a.setObj().mergeFrom(t, o)
		return a, nil
	}
	SetType.ownNum().inb[nbAnd] = inplace('&')
	SetType.ownNum().inb[nbSub] = inplace('-')
	SetType.ownNum().inb[nbXor] = inplace('^')
	SetType.readyLazy(func() []*MethodDef {
		return append(setMethodsCommon("set"),
			methO("set.add", func(t *Thread, self, x Value) (Value, *Exception) { return None, self.setObj().add(t, x) }),
			methO("set.discard", func(t *Thread, self, x Value) (Value, *Exception) {
				_, err := self.setObj().discard(t, x)
				return None, err
			}),
			methO("set.remove", func(t *Thread, self, x Value) (Value, *Exception) {
				ok, err := self.setObj().discard(t, x)
				if err != nil {
					return Value{}, err
				}
				if !ok {
					return Value{}, NewException(KeyError, x)
				}
				return None, nil
			}),
			methNoArgs("set.pop", func(t *Thread, self Value) (Value, *Exception) {
				s := self.setObj()
				for i := range s.table {
					e := &s.table[i]
					if e.key.p != nil && e.key.p != setDummy.p {
						k := e.key
						e.key, e.hash = setDummy, -1
						s.used--
						return k, nil
					}
				}
				return Value{}, Errorf(KeyError, "pop from an empty set")
			}),
			methNoArgs("set.clear", func(t *Thread, self Value) (Value, *Exception) {
				s := self.setObj()
				s.table, s.fill, s.used = make([]setEntry, setMinSize), 0, 0
				return None, nil
			}),
			&MethodDef{Name: "update", Fn: func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exception) {
				for _, a := range args {
					if err := self.setObj().update(t, a); err != nil {
						return Value{}, err
					}
				}
				return None, nil
			}},
			inplaceMethod("intersection_update", '&'),
			inplaceMethod("difference_update", '-'),
			inplaceMethod("symmetric_difference_update", '^'),
		)
	})

	FrozenSetType.new = func(t *Thread, typ *Type, args []Value, kw *Tuple) (Value, *Exception) {
		if err := noKwargs("frozenset", kw); err != nil {
			return Value{}, err
		}
		if err := checkArgs("frozenset", args, 0, 1); err != nil {
			return Value{}, err
		}
		if len(args) == 1 && args[0].Type() == FrozenSetType && typ == FrozenSetType {
			return args[0], nil
		}
		var v Value
		if len(args) == 1 {
			v = args[0]
		}
		s, err := setFromIterable(t, typ, v)
		return s.Value(), err
	}
	FrozenSetType.hash = func(t *Thread, v Value) (int64, *Exception) {
		s := v.setObj()
		if s.hashed {
			return s.hash, nil
		}
		shuffle := func(h uint64) uint64 { return ((h ^ 89869747) ^ (h << 16)) * 3644798167 }
		var h uint64
		for _, e := range s.table {
			if e.key.p != nil && e.key.p != setDummy.p {
				h ^= shuffle(uint64(e.hash))
			}
		}
		h ^= (uint64(s.used) + 1) * 1927868237
		h ^= (h >> 11) ^ (h >> 25)
		h = h*69069 + 907133923
		r := int64(h)
		if r == -1 {
			r = 590923713
		}
		s.hash, s.hashed = r, true
		return r, nil
	}
	FrozenSetType.readyLazy(func() []*MethodDef { return setMethodsCommon("frozenset") })

	SetIterType.iter = selfIter
	SetIterType.next = func(t *Thread, v Value) (Value, *Exception) {
		it := (*setIter)(v.p)
		if it.s == nil {
			return Value{}, nil
		}
		if it.s.used != it.used {
			it.used = -1
			return Value{}, Errorf(RuntimeError, "Set changed size during iteration")
		}
		for it.i < len(it.s.table) {
			e := it.s.table[it.i]
			it.i++
			if e.key.p != nil && e.key.p != setDummy.p {
				return e.key, nil
			}
		}
		it.s = nil
		return Value{}, nil
	}
	SetIterType.ready()
}

func inplaceMethod(name string, op byte) *MethodDef {
	return &MethodDef{Name: name, Fn: func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exception) {
		for _, a := range args {
			o, ok := a.asSet()
			if !ok {
				tmp, err := setFromIterable(t, SetType, a)
				if err != nil {
					return Value{}, err
				}
				o = tmp
			}
			r, err := setOp(t, self, o.Value(), op)
			if err != nil {
				return Value{}, err
			}
			s, n := self.setObj(), r.setObj()
			s.table, s.fill, s.used = n.table, n.fill, n.used
		}
		return None, nil
	}}
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && strings.Compare(s[j-1], s[j]) > 0; j-- {
			s[j-1], s[j] = s[j], s[j-1]
		}
	}
}
