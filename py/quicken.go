package py

import (
	"unsafe"

	bc "github.com/kaa-python/kaa/bytecode"
)

// The eval loop's inline caches (CPython's adaptive specialisation, first steps).
//
// A code object runs from a private copy of its co_code, Code.quick, made on its
// first run: co_code, dis, marshal and .pyc files keep CPython's bytes, and the
// copy differs from them only inside the CACHE units that follow LOAD_GLOBAL,
// LOAD_ATTR and STORE_ATTR, where quicken writes the number of the instruction's
// entry in a side table on the code object (little-endian, 4 bytes; 0: none).
// An entry remembers where the last lookup found its answer, and the guard
// under which that still holds:
//
//   - LOAD_GLOBAL: the entry of the globals (or builtins) dict, while neither
//     dict has had a key added or removed (Dict.version);
//   - LOAD_ATTR and STORE_ATTR: for an instance, what the lookup along its type's
//     MRO found (nothing, a slot, a method, a plain class attribute) while the
//     type is the same and its version (typecache.go) has not moved, with the
//     position of the name in the instance's dict as a hint; for a module, the
//     entry of its dict.
//
// A failed guard runs the generic path and fills the entry again (after a few
// failures, so that a site seeing many types does not refill at every run).
// Code objects belong to one interpreter, and its lock orders every use.

// globalCache is a LOAD_GLOBAL's entry.
type globalCache struct {
	globals  *Dict // nil: empty
	builtins *Dict // nil: the name is in globals
	idx      int32 // its entry in globals, or in builtins
	gver     uint32
	bver     uint32
}

// Kinds of attribute cache entries.
const (
	akNone      = iota
	akDict      // the instance's dict (nothing along the MRO)
	akSlot      // a __slots__ member: the instance's slot idx
	akMethod    // LOAD_ATTR's method form: descr is a plain method, bound to the instance
	akClassAttr // descr, a class attribute that is no descriptor, unless the instance's dict has the name
	akModule    // a module's dict entry idx
)

// attrCache is a LOAD_ATTR's or STORE_ATTR's entry.
type attrCache struct {
	typ   *Type // the instance's type (akDict, akSlot, akMethod, akClassAttr)
	dict  *Dict // the module's dict (akModule)
	descr Value
	idx   int32  // slot number, module dict entry, or hint of the instance dict entry
	ver   uint32 // typ's version, or dict's
	kind  uint8
	miss  uint8 // guard failures since the entry was filled
}

// cacheMissLimit is how many failed guards an entry sees before it is filled again.
const cacheMissLimit = 4

// quicken makes code's running form and its side tables.
func (code *Code) quicken() []byte {
	co := code.bc.Code
	q := make([]byte, len(co))
	copy(q, co)
	var ng, na int
	for pc := 0; pc+1 < len(q); pc += 2 + int(cacheBytes[q[pc]]) {
		op := q[pc]
		if pc+6 > len(q) {
			break
		}
		switch op {
		case bc.LOAD_GLOBAL:
			ng++
			putCacheIndex(q[pc+2:], ng)
		case bc.LOAD_ATTR, bc.STORE_ATTR:
			na++
			putCacheIndex(q[pc+2:], na)
		}
	}
	// Entry 0 is the one of every site without its own: always empty.
	code.gcache = make([]globalCache, ng+1)
	code.acache = make([]attrCache, na+1)
	code.quick = q
	return q
}

func putCacheIndex(b []byte, k int) {
	b[0], b[1], b[2], b[3] = byte(k), byte(k>>8), byte(k>>16), byte(k>>24)
}

// cacheIndex reads the entry number in the cache units that start at c.
func cacheIndex(co []byte, c int) int {
	if c+4 > len(co) {
		return 0
	}
	return int(co[c]) | int(co[c+1])<<8 | int(co[c+2])<<16 | int(co[c+3])<<24
}

// tag is t's version for the inline caches: a builtin type never changes.
func (t *Type) tag() uint32 {
	if x := t.heapx; x != nil {
		return x.version
	}
	return 0
}

// loadGlobal is LOAD_GLOBAL's cached lookup: the zero Value when the guard fails.
func (c *globalCache) load(g, b *Dict) Value {
	if c.globals != g || g.version != c.gver {
		return Value{}
	}
	if c.builtins == nil {
		return g.entries[c.idx].val
	}
	if c.builtins != b || b.version != c.bver {
		return Value{}
	}
	return b.entries[c.idx].val
}

// fill looks name up in globals, then builtins, and remembers where it was found.
func (c *globalCache) fill(g, b *Dict, name *Str) (Value, bool) {
	if i := g.findStr(name); i >= 0 {
		*c = globalCache{globals: g, idx: int32(i), gver: g.version}
		return g.entries[i].val, true
	}
	if i := b.findStr(name); i >= 0 {
		*c = globalCache{globals: g, builtins: b, idx: int32(i), gver: g.version, bver: b.version}
		return b.entries[i].val, true
	}
	*c = globalCache{}
	return Value{}, false
}

// getStrHint is getStr trying the entry at *hint first; it leaves there the
// entry it found.
func (d *Dict) getStrHint(s *Str, hint *int32) (Value, bool) {
	if i := int(*hint); i < len(d.entries) {
		e := &d.entries[i]
		if e.key.p == unsafe.Pointer(s) || e.key.p != nil && e.key.Type() == strType && e.key.str().s == s.s {
			return e.val, true
		}
	}
	i := d.findStr(s)
	if i < 0 {
		return Value{}, false
	}
	*hint = int32(i)
	return d.entries[i].val, true
}

// setStrHint is setStr trying the entry at *hint first.
func (d *Dict) setStrHint(s *Str, val Value, hint *int32) {
	if i := int(*hint); i < len(d.entries) && d.owner == nil {
		e := &d.entries[i]
		if e.key.p == unsafe.Pointer(s) || e.key.p != nil && e.key.Type() == strType && e.key.str().s == s.s {
			e.val = val
			return
		}
	}
	d.setStr(s, val)
	if i := d.findStr(s); i >= 0 {
		*hint = int32(i)
	}
}

func isGenericSetattr(t *Type) bool {
	return *(*unsafe.Pointer)(unsafe.Pointer(&t.setattr)) == *(*unsafe.Pointer)(unsafe.Pointer(&genericSetAttrFn))
}

var genericSetAttrFn setattrFunc = genericSetAttr

// instanceType reports whether instances of typ get attributes the generic way
// through a type whose lookups the caches may trust, and does the lookup of name.
func instanceType(typ *Type, name *Str, generic func(*Type) bool) (Value, bool) {
	if !generic(typ) || typ == typeType {
		return Value{}, false
	}
	descr := typ.lookup(name)
	if typ.heap && (typ.heapx == nil || typ.heapx.noCache) {
		return Value{}, false // its version would not follow every change along its MRO
	}
	return descr, true
}

func genericGetattrSlot(t *Type) bool { return t.getattr == nil || isGenericGetattr(t) }

// slotMember returns descr as a __slots__ member of instances of typ, or nil.
func slotMember(typ *Type, descr Value) *member {
	if descr.p == nil || descr.Type() != memberType {
		return nil
	}
	m := (*member)(descr.p)
	if m.seq || !typ.IsSubtype(m.owner) || typ.layout != objectType && typ.layout != weakRefType {
		return nil
	}
	return m
}

// fillLoad fills a LOAD_ATTR entry for obj.name; method is the method form.
func (c *attrCache) fillLoad(obj Value, name *Str, method bool) {
	*c = attrCache{}
	typ := obj.Type()
	if typ == moduleType {
		d := obj.hdr().dict
		if d == nil || !moduleType.lookup(name).IsNil() {
			return
		}
		if i := d.findStr(name); i >= 0 {
			*c = attrCache{kind: akModule, dict: d, idx: int32(i), ver: d.version}
		}
		return
	}
	descr, ok := instanceType(typ, name, genericGetattrSlot)
	if !ok {
		return
	}
	c.typ, c.ver = typ, typ.tag()
	switch {
	case descr.IsNil():
		c.kind = akDict
		if d := obj.hdr().dict; d != nil {
			if i := d.findStr(name); i >= 0 {
				c.idx = int32(i)
			}
		}
	case slotMember(typ, descr) != nil:
		c.kind, c.idx = akSlot, int32(slotMember(typ, descr).index)
	case method && descr.Type().isMethod:
		c.kind, c.descr = akMethod, descr
	case !descr.Type().heap && descr.Type().descrGet == nil:
		c.kind, c.descr = akClassAttr, descr
	default:
		c.typ = nil
	}
}

// load is LOAD_ATTR's cached lookup: the attribute (and, for a method, the
// instance as self), or the zero Value when the guard fails or the cache has no
// answer (a missing attribute takes the generic path, which raises).
func (c *attrCache) load(obj Value, name *Str) (r, self Value) {
	if c.kind == akModule {
		if obj.Type() == moduleType && obj.hdr().dict == c.dict && c.dict.version == c.ver {
			return c.dict.entries[c.idx].val, Value{}
		}
		return Value{}, Value{}
	}
	typ := obj.Type()
	if typ != c.typ || typ.tag() != c.ver {
		return Value{}, Value{}
	}
	switch c.kind {
	case akDict:
		if d := obj.hdr().dict; d != nil {
			r, _ = d.getStrHint(name, &c.idx)
		}
	case akSlot:
		r = instanceSlots(obj)[c.idx]
	case akMethod:
		if d := obj.hdr().dict; d == nil || !d.hasStr(name) {
			return c.descr, obj
		}
	case akClassAttr:
		if d := obj.hdr().dict; d == nil || !d.hasStr(name) {
			r = c.descr
		}
	}
	return r, Value{}
}

// fillStore fills a STORE_ATTR entry for obj.name = v.
func (c *attrCache) fillStore(obj Value, name *Str) {
	*c = attrCache{}
	typ := obj.Type()
	descr, ok := instanceType(typ, name, isGenericSetattr)
	if !ok {
		return
	}
	switch {
	case descr.IsNil() || descr.Type().descrSet == nil && !descr.Type().heap:
		if !typ.hasDict || obj.p == unsafe.Pointer(intTag) || obj.p == unsafe.Pointer(floatTag) || obj.p == unsafe.Pointer(boolTag) {
			return
		}
		*c = attrCache{kind: akDict, typ: typ, ver: typ.tag()}
		if d := obj.hdr().dict; d != nil {
			if i := d.findStr(name); i >= 0 {
				c.idx = int32(i)
			}
		}
	case slotMember(typ, descr) != nil:
		*c = attrCache{kind: akSlot, typ: typ, ver: typ.tag(), idx: int32(slotMember(typ, descr).index)}
	}
}

// store is STORE_ATTR's cached store; it reports false when the guard fails.
func (c *attrCache) store(obj Value, name *Str, v Value) bool {
	typ := obj.Type()
	if typ != c.typ || typ.tag() != c.ver {
		return false
	}
	switch c.kind {
	case akDict:
		d := obj.hdr().dict
		if d == nil {
			return false
		}
		d.setStrHint(name, v, &c.idx)
		return true
	case akSlot:
		instanceSlots(obj)[c.idx] = v
		return true
	}
	return false
}
