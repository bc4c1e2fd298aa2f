package py

import "unsafe"

// Dict is a Python dict: entries in insertion order (deleted ones have a zero key)
// and, once it outgrows a linear scan, an open-addressing index into them.
type Dict struct {
	Header
	entries []dictEntry
	index   []int32 // -1 empty, -2 a deleted entry's (dummy); nil while small
	used    int
	fill    int    // index slots that are not empty (live and dummy), while index is not nil
	version uint32 // bumped by every insertion and deletion (iteration checks)
	owner   *Type  // the heap type whose __dict__ this is: a change calls its modified
}

type dictEntry struct {
	key, val Value
	hash     int64
}

// dictType is dict.
var dictType = newType("dict", nil, nil)

const dictSmall = 8

// NewDict returns an empty dict.
func NewDict() *Dict { return &Dict{Header: Header{typ: dictType}} }

func (v Value) dictObj() *Dict { return (*Dict)(v.p) }

// Value returns the dict as a Value.
func (d *Dict) Value() Value { return Value{p: unsafe.Pointer(d)} }

// Len returns the number of items.
func (d *Dict) Len() int { return d.used }

// keyEq compares a stored key with a probe, with the fast paths dicts rely on.
func keyEq(t *Thread, a, b Value) (bool, *Exception) {
	if a.Is(b) {
		return true, nil
	}
	ta, tb := a.Type(), b.Type()
	if ta == strType && tb == strType {
		return a.str().s == b.str().s, nil
	}
	if a.p == b.p && (a.IsSmallInt() || a.IsFloat()) {
		return a.n == b.n && !(a.IsFloat() && a.float() != a.float()), nil
	}
	return RichCompareBool(t, a, b, EQ)
}

// find returns the entry index holding key, or -1. A comparison (user __eq__) that
// changes the dict's table or the entry being compared restarts the lookup, as
// CPython's lookdict does.
func (d *Dict) find(t *Thread, key Value, h int64) (int, *Exception) {
restart:
	for {
		entries, index := d.entries, d.index
		if index == nil {
			for i := 0; i < len(entries); i++ {
				e := &entries[i]
				if e.hash != h || e.key.p == nil {
					continue
				}
				if e.key.Is(key) {
					return i, nil
				}
				start := e.key
				eq, err := keyEq(t, start, key)
				if err != nil {
					return -1, err
				}
				if !d.sameTable(entries, index) || !d.entries[i].key.Is(start) {
					continue restart
				}
				if eq {
					return i, nil
				}
			}
			return -1, nil
		}
		mask := uint64(len(index) - 1)
		perturb := uint64(h)
		i := perturb & mask
		for {
			ix := index[i]
			if ix == -1 {
				return -1, nil
			}
			if ix >= 0 {
				e := &entries[ix]
				if e.hash == h && e.key.p != nil {
					if e.key.Is(key) {
						return int(ix), nil
					}
					start := e.key
					eq, err := keyEq(t, start, key)
					if err != nil {
						return -1, err
					}
					if !d.sameTable(entries, index) || !d.entries[ix].key.Is(start) {
						continue restart
					}
					if eq {
						return int(ix), nil
					}
				}
			}
			perturb >>= 5
			i = (i*5 + perturb + 1) & mask
		}
	}
}

// sameTable reports whether the dict still has the entries and index it had.
func (d *Dict) sameTable(entries []dictEntry, index []int32) bool {
	return len(d.entries) == len(entries) && len(d.index) == len(index) &&
		(len(entries) == 0 || &d.entries[0] == &entries[0]) &&
		(len(index) == 0 || &d.index[0] == &index[0])
}

// findStr looks a str key up without any Python-level comparison.
func (d *Dict) findStr(s *Str) int {
	h := strHash(hashKey, s)
	if d.index == nil {
		for i := range d.entries {
			e := &d.entries[i]
			if e.hash == h && e.key.p != nil && (e.key.p == unsafe.Pointer(s) || e.key.Type() == strType && e.key.str().s == s.s) {
				return i
			}
		}
		return -1
	}
	mask := uint64(len(d.index) - 1)
	perturb := uint64(h)
	i := perturb & mask
	for {
		ix := d.index[i]
		if ix == -1 {
			return -1
		}
		if ix >= 0 {
			e := &d.entries[ix]
			if e.hash == h && e.key.p != nil && (e.key.p == unsafe.Pointer(s) || e.key.Type() == strType && e.key.str().s == s.s) {
				return int(ix)
			}
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

func (d *Dict) rebuild() {
	if d.used != len(d.entries) {
		live := make([]dictEntry, 0, max(d.used*2, dictSmall))
		for _, e := range d.entries {
			if e.key.p != nil {
				live = append(live, e)
			}
		}
		d.entries = live
	}
	if len(d.entries) < dictSmall {
		d.index = nil
		return
	}
	n := 8
	for n*2 < len(d.entries)*3+1 {
		n *= 2
	}
	n *= 2
	d.index = make([]int32, n)
	for i := range d.index {
		d.index[i] = -1
	}
	d.fill = len(d.entries)
	mask := uint64(n - 1)
	for ix, e := range d.entries {
		perturb := uint64(e.hash)
		i := perturb & mask
		for d.index[i] != -1 {
			perturb >>= 5
			i = (i*5 + perturb + 1) & mask
		}
		d.index[i] = int32(ix)
	}
}

func (d *Dict) insertNew(key, val Value, h int64) {
	d.entries = append(d.entries, dictEntry{key, val, h})
	d.used++
	d.version++
	if d.index == nil {
		if len(d.entries) >= dictSmall {
			d.rebuild()
		}
		return
	}
	if (d.fill+1)*3 >= len(d.index)*2 {
		d.rebuild()
		return
	}
	mask := uint64(len(d.index) - 1)
	perturb := uint64(h)
	i := perturb & mask
	for d.index[i] >= 0 {
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
	if d.index[i] == -1 {
		d.fill++
	}
	d.index[i] = int32(len(d.entries) - 1)
}

// GetItem returns d[key] and whether it is present.
func (d *Dict) GetItem(t *Thread, key Value) (Value, bool, *Exception) {
	if key.Type() == strType {
		i := d.findStr(key.str())
		if i >= 0 {
			return d.entries[i].val, true, nil
		}
		if key.Type() == strType {
			return Value{}, false, nil
		}
	}
	h, err := Hash(t, key)
	if err != nil {
		return Value{}, false, err
	}
	i, err := d.find(t, key, h)
	if err != nil || i < 0 {
		return Value{}, false, err
	}
	return d.entries[i].val, true, nil
}

func (d *Dict) getStr(s *Str) (Value, bool) {
	i := d.findStr(s)
	if i < 0 {
		return Value{}, false
	}
	return d.entries[i].val, true
}

// GetStr returns d[name] for a str key.
func (d *Dict) GetStr(name string) (Value, bool) { return d.getStr(newStr(name)) }

// SetItem sets d[key] = val.
func (d *Dict) SetItem(t *Thread, key, val Value) *Exception {
	h, err := Hash(t, key)
	if err != nil {
		return err
	}
	return d.setHashed(t, key, val, h)
}

func (d *Dict) setHashed(t *Thread, key, val Value, h int64) *Exception {
	i, err := d.find(t, key, h)
	if err != nil {
		return err
	}
	if d.owner != nil {
		d.owner.modified()
	}
	if i >= 0 {
		d.entries[i].val = val
		return nil
	}
	d.insertNew(key, val, h)
	return nil
}

func (d *Dict) setStr(s *Str, val Value) {
	if d.owner != nil {
		d.owner.modified()
	}
	if i := d.findStr(s); i >= 0 {
		d.entries[i].val = val
		return
	}
	d.insertNew(strOf(s), val, strHash(hashKey, s))
}

// SetStr sets d[name] = val for a str key.
func (d *Dict) SetStr(name string, val Value) { d.setStr(newStr(name), val) }

// DelItem removes key, reporting whether it was present.
func (d *Dict) DelItem(t *Thread, key Value) (bool, *Exception) {
	h, err := Hash(t, key)
	if err != nil {
		return false, err
	}
	i, err := d.find(t, key, h)
	if err != nil || i < 0 {
		return false, err
	}
	d.removeAt(i)
	return true, nil
}

func (d *Dict) delStr(s *Str) bool {
	i := d.findStr(s)
	if i < 0 {
		return false
	}
	d.removeAt(i)
	return true
}

func (d *Dict) removeAt(i int) {
	if d.owner != nil {
		d.owner.modified()
	}
	if d.index != nil {
		// The entry's slot becomes a dummy, as DKIX_DUMMY: no slot refers to a
		// deleted entry, so dead entries at the end can be dropped (popitem stays
		// O(1) amortised) and their places taken by new entries.
		mask := uint64(len(d.index) - 1)
		perturb := uint64(d.entries[i].hash)
		for s := perturb & mask; d.index[s] != -1; s = (s*5 + perturb + 1) & mask {
			if d.index[s] == int32(i) {
				d.index[s] = -2
				break
			}
			perturb >>= 5
		}
	}
	d.entries[i] = dictEntry{}
	d.used--
	d.version++
	if i == len(d.entries)-1 {
		for i > 0 && d.entries[i-1].key.p == nil {
			i--
		}
		d.entries = d.entries[:i]
	}
	if d.used*4 < len(d.entries) && len(d.entries) > dictSmall {
		d.rebuild()
	}
	if d.index == nil && d.used != len(d.entries) && d.used == 0 {
		d.entries = d.entries[:0]
	}
}

// Clear empties the dict.
func (d *Dict) Clear() {
	if d.owner != nil {
		d.owner.modified()
	}
	d.entries, d.index, d.used = nil, nil, 0
	d.version++
}

// Items calls f for each item in order; f returns false to stop.
func (d *Dict) Items(f func(k, v Value) bool) {
	for i := 0; i < len(d.entries); i++ {
		e := d.entries[i]
		if e.key.p != nil && !f(e.key, e.val) {
			return
		}
	}
}

// Keys returns the keys in order.
func (d *Dict) Keys() []Value {
	out := make([]Value, 0, d.used)
	for _, e := range d.entries {
		if e.key.p != nil {
			out = append(out, e.key)
		}
	}
	return out
}

// Copy returns a shallow copy.
func (d *Dict) Copy() *Dict {
	n := NewDict()
	n.entries = make([]dictEntry, 0, d.used)
	for _, e := range d.entries {
		if e.key.p != nil {
			n.entries = append(n.entries, e)
		}
	}
	n.used = len(n.entries)
	n.rebuild()
	return n
}
