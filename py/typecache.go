package py

import "weak"

// The attribute cache of heap types (CPython's type version tags and the
// _PyType_Lookup cache). A lookup along the MRO of a class made by a class
// statement is remembered in a small table on the class, by name, found or not;
// a change to the dict of any class along the MRO clears the table of that class
// and of all its subclasses (modified), and moves their versions on, which the
// eval loop's inline caches check.
//
// Only heap types have a table: a heap type belongs to one interpreter and is
// read and written under its lock, while builtin types are shared by interpreters
// running in parallel and never change once their dict is filled, so their
// lookups (one or two dicts: the type's and object's) walk the MRO as before.
// A heap type's dict knows its owner (Dict.owner), so every way of changing it
// (type.__setattr__, Go code writing the dict, __set_name__ hooks) clears the
// tables.

const typeCacheSize = 32 // entries per heap type; a power of two

type typeCacheEntry struct {
	name *Str // nil: empty
	v    Value
}

type typeCache struct {
	e [typeCacheSize]typeCacheEntry
}

// heapExt is what only heap types need, behind one pointer so that Type stays
// small (TestTypeSize).
type heapExt struct {
	subs    []weak.Pointer[Type] // direct subclasses
	cache   *typeCache           // lookups along the MRO; nil until the first
	version uint32               // moves on with every change (modified)
	noCache bool                 // the MRO has a class that would not clear the cache
}

func (t *Type) ext() *heapExt {
	if t.heapx == nil {
		t.heapx = &heapExt{}
	}
	return t.heapx
}

// lookup finds name along the MRO (_PyType_Lookup), returning the zero Value if absent.
func (t *Type) lookup(name *Str) Value {
	if !t.heap {
		return t.lookupMRO(name)
	}
	x := t.ext()
	c := x.cache
	if c == nil {
		if x.noCache {
			return t.lookupMRO(name)
		}
		if c = t.newCache(); c == nil {
			return t.lookupMRO(name)
		}
	}
	e := &c.e[uint64(strHash(hashKey, name))&(typeCacheSize-1)]
	if e.name == name || e.name != nil && e.name.s == name.s {
		return e.v
	}
	v := t.lookupMRO(name)
	e.name, e.v = name, v
	return v
}

// lookupMRO is lookup without the cache.
func (t *Type) lookupMRO(name *Str) Value {
	for _, m := range t.mro {
		if v, ok := m.dict().getStr(name); ok {
			return v
		}
	}
	return Value{}
}

// newCache gives heap type t its table, unless some heap class along its MRO
// would not clear it when changed: one that is not an ancestor through __bases__
// (a metaclass's mro() may return any classes), so t is not among its
// subclasses. Such a type walks its MRO every time.
func (t *Type) newCache() *typeCache {
	for _, m := range t.mro[min(1, len(t.mro)):] {
		if m.heap && !t.derivesFrom(m) {
			t.heapx.noCache = true
			return nil
		}
	}
	t.heapx.cache = &typeCache{}
	return t.heapx.cache
}

// derivesFrom reports whether b is reached from t through __bases__.
func (t *Type) derivesFrom(b *Type) bool {
	for _, x := range t.bases {
		if x == b || x.derivesFrom(b) {
			return true
		}
	}
	return false
}

// modified is PyType_Modified: t's dict changed, so the cached lookups of t and
// of every subclass are forgotten and their versions move on.
func (t *Type) modified() {
	if !t.heap {
		return
	}
	x := t.ext()
	x.version++
	if x.cache != nil {
		clear(x.cache.e[:])
	}
	for _, w := range x.subs {
		if s := w.Value(); s != nil {
			s.modified()
		}
	}
}

// mroModified is modified for a change of t's MRO (__bases__ assignment, a
// metaclass's mro()): whether t may cache at all is decided again.
func (t *Type) mroModified() {
	if !t.heap {
		return
	}
	x := t.ext()
	x.cache, x.noCache = nil, false
	x.version++
	for _, w := range x.subs {
		if s := w.Value(); s != nil {
			s.mroModified()
		}
	}
}
