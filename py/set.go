package py

import (
	"strings"
	"unsafe"
)

// set is a set or frozenset, laid out as CPython 3.13's Objects/setobject.c: open
// addressing with runs of linear probes, then perturbation; deleted entries stay as
// dummies until a resize; the same growth and shrink points. Every operation walks
// the tables in the order setobject.c does, so iteration order matches CPython's
// after any sequence of operations.
type set struct {
	Header
	table  []setEntry
	fill   int // active + dummy
	used   int // active
	finger int // where pop() looks next
	hash   int64
	hashed bool
}

type setEntry struct {
	key  Value // zero: empty; setDummy: deleted (hash -1)
	hash int64
}

var setDummy = Value{p: unsafe.Pointer(&Header{})}

var (
	setType       = newType("set", nil, nil)
	frozenSetType = newType("frozenset", nil, nil)
)

const (
	setMinSize   = 8
	linearProbes = 9
	perturbShift = 5
)

func newSetObj(typ *Type) *set {
	return &set{Header: Header{typ: typ}, table: make([]setEntry, setMinSize)}
}

func (s *set) Value() Value { return Value{p: unsafe.Pointer(s)} }

func (v Value) setObj() *set { return (*set)(v.p) }

func (v Value) asSet() (*set, bool) {
	if v.p == nil {
		return nil, false
	}
	if l := v.Type().layout; l == setType || l == frozenSetType {
		return v.setObj(), true
	}
	return nil, false
}

// Len returns the number of elements.
func (s *set) Len() int { return s.used }

func (e *setEntry) active() bool { return e.key.p != nil && e.key.p != setDummy.p }

// sameTable reports whether s still has the table tbl (a comparison may have resized it).
func (s *set) sameTable(tbl []setEntry) bool {
	return len(s.table) == len(tbl) && &s.table[0] == &tbl[0]
}

// lookkey is set_lookkey: the index of key's entry, or -1. Dummies (hash -1) never
// match a real hash, so the walk passes over them and ends at an empty slot.
func (s *set) lookkey(t *Thread, key Value, h int64) (int, *Exception) {
restart:
	tbl := s.table
	mask := uint64(len(tbl) - 1)
	perturb := uint64(h)
	i := uint64(h) & mask
	for {
		probes := uint64(0)
		if i+linearProbes <= mask {
			probes = linearProbes
		}
		for j := i; j <= i+probes; j++ {
			e := &tbl[j]
			if e.key.p == nil {
				return -1, nil
			}
			if e.hash == h {
				start := e.key
				eq, err := keyEq(t, start, key)
				if err != nil {
					return -1, err
				}
				if !s.sameTable(tbl) || e.key != start {
					goto restart
				}
				if eq {
					return int(j), nil
				}
			}
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// addEntry is set_add_entry: a new key goes into the last dummy its probe walk
// passed, else into the empty slot that ended it (then the table may grow).
func (s *set) addEntry(t *Thread, key Value, h int64) *Exception {
restart:
	tbl := s.table
	mask := uint64(len(tbl) - 1)
	perturb := uint64(h)
	i := uint64(h) & mask
	free := -1
	for {
		probes := uint64(0)
		if i+linearProbes <= mask {
			probes = linearProbes
		}
		for j := i; j <= i+probes; j++ {
			e := &tbl[j]
			if e.key.p == nil {
				if free >= 0 {
					tbl[free] = setEntry{key, h}
					s.used++
					return nil
				}
				*e = setEntry{key, h}
				s.fill++
				s.used++
				if uint64(s.fill)*5 < mask*3 {
					return nil
				}
				if s.used > 50000 {
					s.resize(s.used * 2)
				} else {
					s.resize(s.used * 4)
				}
				return nil
			}
			if e.hash == h {
				start := e.key
				eq, err := keyEq(t, start, key)
				if err != nil {
					return err
				}
				if eq {
					return nil
				}
				if !s.sameTable(tbl) || e.key != start {
					goto restart
				}
			} else if e.hash == -1 && e.key.p == setDummy.p {
				free = int(j)
			}
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

func (s *set) add(t *Thread, key Value) *Exception {
	h, err := Hash(t, key)
	if err != nil {
		return err
	}
	return s.addEntry(t, key, h)
}

// addHashed is kept for callers that already hold the hash.
func (s *set) addHashed(t *Thread, key Value, h int64) *Exception { return s.addEntry(t, key, h) }

// resize is set_table_resize: the smallest power of two above minused, dummies dropped,
// active entries re-inserted in old table order.
func (s *set) resize(minused int) {
	n := setMinSize
	for n <= minused {
		n <<= 1
	}
	old := s.table
	s.table = make([]setEntry, n)
	s.fill = s.used
	mask := uint64(n - 1)
	for i := range old {
		if old[i].active() {
			insertClean(s.table, mask, old[i].key, old[i].hash)
		}
	}
}

// insertClean is set_insert_clean: key is known absent and the table has no dummies.
func insertClean(tbl []setEntry, mask uint64, key Value, h int64) {
	perturb := uint64(h)
	i := uint64(h) & mask
	for {
		if tbl[i].key.p == nil {
			tbl[i] = setEntry{key, h}
			return
		}
		if i+linearProbes <= mask {
			for j := i + 1; j <= i+linearProbes; j++ {
				if tbl[j].key.p == nil {
					tbl[j] = setEntry{key, h}
					return
				}
			}
		}
		perturb >>= perturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// containsEntry is set_contains_entry.
func (s *set) containsEntry(t *Thread, key Value, h int64) (bool, *Exception) {
	i, err := s.lookkey(t, key, h)
	return i >= 0, err
}

func (s *set) containsKey(t *Thread, key Value) (bool, *Exception) {
	h, err := Hash(t, key)
	if err != nil {
		return false, err
	}
	return s.containsEntry(t, key, h)
}

// frozenKey retries an unhashable set key as a frozenset (set_contains, set_remove,
// set_discard): a set is looked up as the frozenset of its elements.
func frozenKey(t *Thread, key Value, err *Exception) (Value, bool) {
	if !err.Matches(typeError) || !isSetOrSub(key) {
		return Value{}, false
	}
	fs := newSetObj(frozenSetType)
	if e := fs.updateInternal(t, key); e != nil {
		return Value{}, false
	}
	return fs.Value(), true
}

func isSetOrSub(v Value) bool { return v.p != nil && v.Type().layout == setType }

func (s *set) contains(t *Thread, key Value) (bool, *Exception) {
	r, err := s.containsKey(t, key)
	if err != nil {
		if fk, ok := frozenKey(t, key, err); ok {
			return s.containsKey(t, fk)
		}
	}
	return r, err
}

// discardEntry is set_discard_entry: the entry becomes a dummy; the table never
// shrinks here.
func (s *set) discardEntry(t *Thread, key Value, h int64) (bool, *Exception) {
	i, err := s.lookkey(t, key, h)
	if err != nil || i < 0 {
		return false, err
	}
	s.table[i] = setEntry{setDummy, -1}
	s.used--
	return true, nil
}

func (s *set) discardKey(t *Thread, key Value) (bool, *Exception) {
	h, err := Hash(t, key)
	if err != nil {
		return false, err
	}
	return s.discardEntry(t, key, h)
}

// discard is set.discard's lookup, with the frozenset retry for set keys.
func (s *set) discard(t *Thread, key Value) (bool, *Exception) {
	r, err := s.discardKey(t, key)
	if err != nil {
		if fk, ok := frozenKey(t, key, err); ok {
			return s.discardKey(t, fk)
		}
	}
	return r, err
}

// next is set_next: the next active entry at or after *pos, reading the current table.
func (s *set) next(pos *int) (setEntry, bool) {
	i := *pos
	for i < len(s.table) && !s.table[i].active() {
		i++
	}
	*pos = i + 1
	if i >= len(s.table) {
		return setEntry{}, false
	}
	return s.table[i], true
}

// items returns the elements in table order (CPython's iteration order).
func (s *set) items() []Value {
	out := make([]Value, 0, s.used)
	for _, e := range s.table {
		if e.active() {
			out = append(out, e.key)
		}
	}
	return out
}

func (s *set) clear() {
	s.table, s.fill, s.used = make([]setEntry, setMinSize), 0, 0
}

// merge is set_merge: one resize up front, then a straight copy, clean inserts or
// ordinary insertions.
func (s *set) merge(t *Thread, o *set) *Exception {
	if o == s || o.used == 0 {
		return nil
	}
	if (s.fill+o.used)*5 >= (len(s.table)-1)*3 {
		s.resize((s.used + o.used) * 2)
	}
	if s.fill == 0 && len(s.table) == len(o.table) && o.fill == o.used {
		copy(s.table, o.table)
		s.fill, s.used = o.fill, o.used
		return nil
	}
	if s.fill == 0 {
		mask := uint64(len(s.table) - 1)
		s.fill, s.used = o.used, o.used
		for i := range o.table {
			if o.table[i].active() {
				insertClean(s.table, mask, o.table[i].key, o.table[i].hash)
			}
		}
		return nil
	}
	for i := 0; i < len(o.table); i++ {
		if e := o.table[i]; e.active() {
			if err := s.addEntry(t, e.key, e.hash); err != nil {
				return err
			}
		}
	}
	return nil
}

// mergeFrom is merge for callers that cannot fail.
func (s *set) mergeFrom(t *Thread, o *set) { s.merge(t, o) }

// updateInternal is set_update_internal: a set merges, an exact dict adds its keys
// with their stored hashes after one resize, anything else is iterated.
func (s *set) updateInternal(t *Thread, v Value) *Exception {
	if o, ok := v.asSet(); ok {
		return s.merge(t, o)
	}
	if v.Type() == dictType {
		d := v.dictObj()
		if (s.fill+d.Len())*5 >= (len(s.table)-1)*3 {
			s.resize((s.used + d.Len()) * 2)
		}
		for i := 0; i < len(d.entries); i++ {
			if e := d.entries[i]; e.key.p != nil {
				if err := s.addEntry(t, e.key, e.hash); err != nil {
					return err
				}
			}
		}
		return nil
	}
	return Iterate(t, v, func(x Value) *Exception { return s.add(t, x) })
}

func (s *set) update(t *Thread, v Value) *Exception { return s.updateInternal(t, v) }

// baseType is the type make_new_set_basetype makes for a set of type typ.
func baseType(typ *Type) *Type {
	if typ.layout == setType {
		return setType
	}
	return frozenSetType
}

func (s *set) newLike(typ *Type) *set { return newSetObj(baseType(typ)) }

// copySet is set_copy: a new set or frozenset (the base type) with s's elements.
func (s *set) copySet(t *Thread) *set {
	r := newSetObj(baseType(s.typ))
	r.merge(t, s)
	return r
}

func setFromIterable(t *Thread, typ *Type, v Value) (*set, *Exception) {
	s := newSetObj(typ)
	if v.IsNil() {
		return s, nil
	}
	return s, s.updateInternal(t, v)
}

// intersection is set_intersection.
func (s *set) intersection(t *Thread, other Value) (*set, *Exception) {
	if other.p == unsafe.Pointer(s) {
		return s.copySet(t), nil
	}
	r := newSetObj(baseType(s.typ))
	if o, ok := other.asSet(); ok {
		big, small := s, o
		if o.used > s.used {
			big, small = o, s
		}
		pos := 0
		for {
			e, ok := small.next(&pos)
			if !ok {
				return r, nil
			}
			in, err := big.containsEntry(t, e.key, e.hash)
			if err != nil {
				return nil, err
			}
			if in {
				if err := r.addEntry(t, e.key, e.hash); err != nil {
					return nil, err
				}
			}
		}
	}
	err := Iterate(t, other, func(x Value) *Exception {
		h, err := Hash(t, x)
		if err != nil {
			return err
		}
		in, err := s.containsEntry(t, x, h)
		if err != nil {
			return err
		}
		if in {
			if err := r.addEntry(t, x, h); err != nil {
				return err
			}
			if r.used >= s.used {
				return errStopIterate
			}
		}
		return nil
	})
	if err != nil && err != errStopIterate {
		return nil, err
	}
	return r, nil
}

// swapBodies is set_swap_bodies (the hash is not swapped: only sets use it).
func (s *set) swapBodies(o *set) {
	s.table, o.table = o.table, s.table
	s.fill, o.fill = o.fill, s.fill
	s.used, o.used = o.used, s.used
}

// differenceUpdate is set_difference_update_internal: discards in place, then drops
// the dummies when they are more than a quarter of the table.
func (s *set) differenceUpdate(t *Thread, other Value) *Exception {
	if other.p == unsafe.Pointer(s) {
		s.clear()
		return nil
	}
	if o, ok := other.asSet(); ok {
		if o.used>>3 > s.used {
			var err *Exception
			if o, err = s.intersection(t, other); err != nil {
				return err
			}
		}
		pos := 0
		for {
			e, ok := o.next(&pos)
			if !ok {
				break
			}
			if _, err := s.discardEntry(t, e.key, e.hash); err != nil {
				return err
			}
		}
	} else if err := Iterate(t, other, func(x Value) *Exception {
		_, err := s.discardKey(t, x)
		return err
	}); err != nil {
		return err
	}
	if s.fill-s.used <= (len(s.table)-1)/4 {
		return nil
	}
	if s.used > 50000 {
		s.resize(s.used * 2)
	} else {
		s.resize(s.used * 4)
	}
	return nil
}

// difference is set_difference.
func (s *set) difference(t *Thread, other Value) (*set, *Exception) {
	var otherSize int
	o, isSet := other.asSet()
	switch {
	case isSet:
		otherSize = o.used
	case other.Type() == dictType:
		otherSize = other.dictObj().Len()
	default:
		return s.copyAndDifference(t, other)
	}
	if s.used>>2 > otherSize {
		return s.copyAndDifference(t, other)
	}
	r := newSetObj(baseType(s.typ))
	pos := 0
	for {
		e, ok := s.next(&pos)
		if !ok {
			return r, nil
		}
		var in bool
		var err *Exception
		if isSet {
			in, err = o.containsEntry(t, e.key, e.hash)
		} else {
			var i int
			i, err = other.dictObj().find(t, e.key, e.hash)
			in = i >= 0
		}
		if err != nil {
			return nil, err
		}
		if !in {
			if err := r.addEntry(t, e.key, e.hash); err != nil {
				return nil, err
			}
		}
	}
}

func (s *set) copyAndDifference(t *Thread, other Value) (*set, *Exception) {
	r := s.copySet(t)
	if err := r.differenceUpdate(t, other); err != nil {
		return nil, err
	}
	return r, nil
}

// symDiffUpdate is set_symmetric_difference_update.
func (s *set) symDiffUpdate(t *Thread, other Value) *Exception {
	if other.p == unsafe.Pointer(s) {
		s.clear()
		return nil
	}
	flip := func(key Value, h int64) *Exception {
		found, err := s.discardEntry(t, key, h)
		if err != nil || found {
			return err
		}
		return s.addEntry(t, key, h)
	}
	if other.Type() == dictType {
		d := other.dictObj()
		for i := 0; i < len(d.entries); i++ {
			if e := d.entries[i]; e.key.p != nil {
				if err := flip(e.key, e.hash); err != nil {
					return err
				}
			}
		}
		return nil
	}
	o, ok := other.asSet()
	if !ok {
		var err *Exception
		if o, err = setFromIterable(t, baseType(s.typ), other); err != nil {
			return err
		}
	}
	pos := 0
	for {
		e, ok := o.next(&pos)
		if !ok {
			return nil
		}
		if err := flip(e.key, e.hash); err != nil {
			return err
		}
	}
}

// symDiff is set_symmetric_difference: other's elements first, then s's flipped in.
func (s *set) symDiff(t *Thread, other Value) (*set, *Exception) {
	r, err := setFromIterable(t, baseType(s.typ), other)
	if err != nil {
		return nil, err
	}
	return r, r.symDiffUpdate(t, s.Value())
}

// issubset is set_issubset.
func (s *set) issubset(t *Thread, other Value) (bool, *Exception) {
	o, ok := other.asSet()
	if !ok {
		r, err := s.intersection(t, other)
		if err != nil {
			return false, err
		}
		return r.used == s.used, nil
	}
	if s.used > o.used {
		return false, nil
	}
	pos := 0
	for {
		e, ok := s.next(&pos)
		if !ok {
			return true, nil
		}
		in, err := o.containsEntry(t, e.key, e.hash)
		if err != nil || !in {
			return false, err
		}
	}
}

// issuperset is set_issuperset.
func (s *set) issuperset(t *Thread, other Value) (bool, *Exception) {
	if o, ok := other.asSet(); ok {
		return o.issubset(t, s.Value())
	}
	r := true
	err := Iterate(t, other, func(x Value) *Exception {
		in, err := s.containsKey(t, x)
		if err != nil {
			return err
		}
		if !in {
			r = false
			return errStopIterate
		}
		return nil
	})
	if err == errStopIterate {
		err = nil
	}
	return r && err == nil, err
}

// isdisjoint is set_isdisjoint.
func (s *set) isdisjoint(t *Thread, other Value) (bool, *Exception) {
	if other.p == unsafe.Pointer(s) {
		return s.used == 0, nil
	}
	if o, ok := other.asSet(); ok {
		big, small := s, o
		if o.used > s.used {
			big, small = o, s
		}
		pos := 0
		for {
			e, ok := small.next(&pos)
			if !ok {
				return true, nil
			}
			in, err := big.containsEntry(t, e.key, e.hash)
			if err != nil || in {
				return false, err
			}
		}
	}
	r := true
	err := Iterate(t, other, func(x Value) *Exception {
		in, err := s.containsKey(t, x)
		if err != nil {
			return err
		}
		if in {
			r = false
			return errStopIterate
		}
		return nil
	})
	if err == errStopIterate {
		err = nil
	}
	return r && err == nil, err
}

// pop is set_pop: the search resumes at the finger left by the previous pop.
func (s *set) pop() (Value, bool) {
	if s.used == 0 {
		return Value{}, false
	}
	mask := len(s.table) - 1
	i := s.finger & mask
	for !s.table[i].active() {
		i++
		if i > mask {
			i = 0
		}
	}
	k := s.table[i].key
	s.table[i] = setEntry{setDummy, -1}
	s.used--
	s.finger = i + 1
	return k, true
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
	if typ != setType {
		return NewStr(typ.Name + "(" + body + ")"), nil
	}
	return NewStr(body), nil
}

// reflected is the __rop__ of a binary slot that checks both operands itself
// (CPython's single number slot, called with the operands swapped).
func reflected(f binaryFunc) binaryFunc {
	return func(t *Thread, self, other Value) (Value, *Exception) { return f(t, other, self) }
}

// setOp is the binary operator (set_or, set_and, set_sub, set_xor): NotImplemented
// unless both operands are sets.
func setOp(t *Thread, a, b Value, op byte) (Value, *Exception) {
	x, ok1 := a.asSet()
	_, ok2 := b.asSet()
	if !ok1 || !ok2 {
		return pyNotImplemented, nil
	}
	var r *set
	var err *Exception
	switch op {
	case '|':
		r = x.copySet(t)
		if !b.Is(a) {
			err = r.updateInternal(t, b)
		}
	case '&':
		r, err = x.intersection(t, b)
	case '-':
		r, err = x.difference(t, b)
	case '^':
		r, err = x.symDiff(t, b)
	}
	if err != nil {
		return Value{}, err
	}
	return r.Value(), nil
}

func setRichcmp(t *Thread, a, b Value, op CompareOp) (Value, *Exception) {
	x, _ := a.asSet()
	y, ok := b.asSet()
	if !ok {
		return pyNotImplemented, nil
	}
	var r bool
	var err *Exception
	switch op {
	case EQ, NE:
		if x.used == y.used && !(x.hashed && y.hashed && x.hash != y.hash) {
			r, err = x.issubset(t, b)
		}
		if op == NE {
			r = !r
		}
	case LE:
		r, err = x.issubset(t, b)
	case GE:
		r, err = x.issuperset(t, b)
	case LT:
		if x.used < y.used {
			r, err = x.issubset(t, b)
		}
	case GT:
		if x.used > y.used {
			r, err = x.issuperset(t, b)
		}
	default:
		return pyNotImplemented, nil
	}
	if err != nil {
		return Value{}, err
	}
	return Bool(r), nil
}

type setIter struct {
	Header
	s    *set
	i    int
	used int
	n    int // elements not yet returned
}

var setIterType = newType("set_iterator", nil, nil)

// otherSet is the set a method argument stands for: itself, or a new set of its items.
func otherSet(t *Thread, v Value) (*set, *Exception) {
	if o, ok := v.asSet(); ok {
		return o, nil
	}
	return setFromIterable(t, setType, v)
}

func setMethodsCommon(name string) []*MethodDef {
	varargs := func(mname string, f func(t *Thread, s *set, args []Value) (Value, *Exception)) *MethodDef {
		return &MethodDef{Name: mname, Fn: func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exception) {
			if err := noKwargs(name+"."+mname, kw); err != nil {
				return Value{}, err
			}
			return f(t, self.setObj(), args)
		}}
	}
	return []*MethodDef{
		methNoArgs(name+".__reduce__", func(t *Thread, self Value) (Value, *Exception) {
			// set_reduce: (type, (list of members,), instance state)
			items, err := ToSlice(t, self)
			if err != nil {
				return Value{}, err
			}
			state, err := objectGetState(t, self, false)
			if err != nil {
				return Value{}, err
			}
			return NewTuple(TypeValue(self.Type()), NewTuple(NewList(items).Value()), state), nil
		}),
		varargs("union", func(t *Thread, s *set, args []Value) (Value, *Exception) {
			r := s.copySet(t)
			for _, a := range args {
				if a.p == unsafe.Pointer(s) {
					continue
				}
				if err := r.updateInternal(t, a); err != nil {
					return Value{}, err
				}
			}
			return r.Value(), nil
		}),
		varargs("intersection", func(t *Thread, s *set, args []Value) (Value, *Exception) {
			return s.intersectionMulti(t, args)
		}),
		varargs("difference", func(t *Thread, s *set, args []Value) (Value, *Exception) {
			if len(args) == 0 {
				return s.copySet(t).Value(), nil
			}
			r, err := s.difference(t, args[0])
			if err != nil {
				return Value{}, err
			}
			for _, a := range args[1:] {
				if err := r.differenceUpdate(t, a); err != nil {
					return Value{}, err
				}
			}
			return r.Value(), nil
		}),
		methO(name+".symmetric_difference", func(t *Thread, self, v Value) (Value, *Exception) {
			r, err := self.setObj().symDiff(t, v)
			if err != nil {
				return Value{}, err
			}
			return r.Value(), nil
		}),
		methO(name+".issubset", func(t *Thread, self, v Value) (Value, *Exception) {
			r, err := self.setObj().issubset(t, v)
			return Bool(r), err
		}),
		methO(name+".issuperset", func(t *Thread, self, v Value) (Value, *Exception) {
			r, err := self.setObj().issuperset(t, v)
			return Bool(r), err
		}),
		methO(name+".isdisjoint", func(t *Thread, self, v Value) (Value, *Exception) {
			r, err := self.setObj().isdisjoint(t, v)
			return Bool(r), err
		}),
		methNoArgs(name+".copy", func(t *Thread, self Value) (Value, *Exception) {
			if self.Type() == frozenSetType {
				return self, nil
			}
			return self.setObj().copySet(t).Value(), nil
		}),
		&MethodDef{Name: "__class_getitem__", Class: true, Fn: genericAlias},
	}
}

// intersectionMulti is set_intersection_multi.
func (s *set) intersectionMulti(t *Thread, args []Value) (Value, *Exception) {
	if len(args) == 0 {
		return s.copySet(t).Value(), nil
	}
	r := s
	for _, a := range args {
		n, err := r.intersection(t, a)
		if err != nil {
			return Value{}, err
		}
		r = n
	}
	return r.Value(), nil
}

func init() {
	for _, st := range []*Type{setType, frozenSetType} {
		st.repr = setRepr
		st.richcmp = setRichcmp
		st.len = func(t *Thread, v Value) (int, *Exception) { return v.setObj().used, nil }
		st.contains = func(t *Thread, v, x Value) (bool, *Exception) { return v.setObj().contains(t, x) }
		st.iter = func(t *Thread, v Value) (Value, *Exception) {
			s := v.setObj()
			return Value{p: unsafe.Pointer(&setIter{Header: Header{typ: setIterType}, s: s, used: s.used, n: s.used})}, nil
		}
		st.ownNum().nb[nbOr] = func(t *Thread, a, b Value) (Value, *Exception) { return setOp(t, a, b, '|') }
		st.ownNum().nb[nbAnd] = func(t *Thread, a, b Value) (Value, *Exception) { return setOp(t, a, b, '&') }
		st.ownNum().nb[nbSub] = func(t *Thread, a, b Value) (Value, *Exception) { return setOp(t, a, b, '-') }
		st.ownNum().nb[nbXor] = func(t *Thread, a, b Value) (Value, *Exception) { return setOp(t, a, b, '^') }
		for _, op := range []int{nbOr, nbAnd, nbSub, nbXor} {
			st.ownNum().nbr[op] = reflected(st.num.nb[op]) // one slot serves both sides, as in CPython
		}
	}
	setType.hash = unhashable
	setType.new = func(t *Thread, typ *Type, args []Value, kw *Tuple) (Value, *Exception) {
		return newSetObj(typ).Value(), nil
	}
	setType.init = func(t *Thread, self Value, args []Value, kw *Tuple) *Exception {
		if err := noKwargs("set", kw); err != nil {
			return err
		}
		if err := checkArgs("set", args, 0, 1); err != nil {
			return err
		}
		s := self.setObj()
		if s.fill > 0 {
			s.clear()
		}
		if len(args) == 1 {
			return s.updateInternal(t, args[0])
		}
		return nil
	}
	inplace := func(f func(s *set, t *Thread, b Value) *Exception) binaryFunc {
		return func(t *Thread, a, b Value) (Value, *Exception) {
			if _, ok := b.asSet(); !ok {
				return pyNotImplemented, nil
			}
			if err := f(a.setObj(), t, b); err != nil {
				return Value{}, err
			}
			return a, nil
		}
	}
	setType.ownNum().inb[nbOr] = inplace((*set).updateInternal)
	setType.ownNum().inb[nbAnd] = inplace(func(s *set, t *Thread, b Value) *Exception {
		r, err := s.intersection(t, b)
		if err == nil {
			s.swapBodies(r)
		}
		return err
	})
	setType.ownNum().inb[nbSub] = inplace((*set).differenceUpdate)
	setType.ownNum().inb[nbXor] = inplace((*set).symDiffUpdate)
	each := func(mname string, f func(s *set, t *Thread, a Value) *Exception) *MethodDef {
		return &MethodDef{Name: mname, Fn: func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exception) {
			if err := noKwargs("set."+mname, kw); err != nil {
				return Value{}, err
			}
			for _, a := range args {
				if err := f(self.setObj(), t, a); err != nil {
					return Value{}, err
				}
			}
			return pyNone, nil
		}}
	}
	setType.readyLazy(func() []*MethodDef {
		return append(setMethodsCommon("set"),
			methO("set.add", func(t *Thread, self, x Value) (Value, *Exception) { return pyNone, self.setObj().add(t, x) }),
			methO("set.discard", func(t *Thread, self, x Value) (Value, *Exception) {
				_, err := self.setObj().discard(t, x)
				return pyNone, err
			}),
			methO("set.remove", func(t *Thread, self, x Value) (Value, *Exception) {
				ok, err := self.setObj().discard(t, x)
				if err != nil {
					return Value{}, err
				}
				if !ok {
					return Value{}, NewException(keyError, x)
				}
				return pyNone, nil
			}),
			methNoArgs("set.pop", func(t *Thread, self Value) (Value, *Exception) {
				if k, ok := self.setObj().pop(); ok {
					return k, nil
				}
				return Value{}, Errorf(keyError, "pop from an empty set")
			}),
			methNoArgs("set.clear", func(t *Thread, self Value) (Value, *Exception) {
				self.setObj().clear()
				return pyNone, nil
			}),
			each("update", (*set).updateInternal),
			&MethodDef{Name: "intersection_update", Fn: func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exception) {
				if err := noKwargs("set.intersection_update", kw); err != nil {
					return Value{}, err
				}
				s := self.setObj()
				r, err := s.intersectionMulti(t, args)
				if err != nil {
					return Value{}, err
				}
				if n := r.setObj(); n != s {
					s.swapBodies(n)
				}
				return pyNone, nil
			}},
			each("difference_update", (*set).differenceUpdate),
			methO("set.symmetric_difference_update", func(t *Thread, self, v Value) (Value, *Exception) {
				return pyNone, self.setObj().symDiffUpdate(t, v)
			}),
		)
	})

	frozenSetType.new = func(t *Thread, typ *Type, args []Value, kw *Tuple) (Value, *Exception) {
		if err := noKwargs("frozenset", kw); err != nil {
			return Value{}, err
		}
		if err := checkArgs("frozenset", args, 0, 1); err != nil {
			return Value{}, err
		}
		if len(args) == 1 && args[0].Type() == frozenSetType && typ == frozenSetType {
			return args[0], nil
		}
		var v Value
		if len(args) == 1 {
			v = args[0]
		}
		s, err := setFromIterable(t, typ, v)
		if err != nil {
			return Value{}, err
		}
		return s.Value(), nil
	}
	frozenSetType.hash = func(t *Thread, v Value) (int64, *Exception) {
		s := v.setObj()
		if s.hashed {
			return s.hash, nil
		}
		shuffle := func(h uint64) uint64 { return ((h ^ 89869747) ^ (h << 16)) * 3644798167 }
		var h uint64
		for _, e := range s.table {
			if e.active() {
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
	frozenSetType.readyLazy(func() []*MethodDef { return setMethodsCommon("frozenset") })

	setIterType.iter = selfIter
	setIterType.next = func(t *Thread, v Value) (Value, *Exception) {
		it := (*setIter)(v.p)
		if it.s == nil {
			return Value{}, nil
		}
		if it.s.used != it.used {
			it.used = -1
			return Value{}, Errorf(runtimeError, "Set changed size during iteration")
		}
		e, ok := it.s.next(&it.i)
		if !ok {
			it.s = nil
			return Value{}, nil
		}
		it.n--
		return e.key, nil
	}
	setIterType.readyLazy(func() []*MethodDef {
		return []*MethodDef{lengthHint(func(v Value) int {
			if it := (*setIter)(v.p); it.s != nil && it.used == it.s.used {
				return it.n
			}
			return 0
		})}
	})
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && strings.Compare(s[j-1], s[j]) > 0; j-- {
			s[j-1], s[j] = s[j], s[j-1]
		}
	}
}
