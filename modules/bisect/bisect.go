// Package bisect is the _bisect module: binary search and insertion in sorted
// sequences, with an optional key function; lib/bisect.py re-exports it.
package bisect

import (
	"github.com/kaa-python/kaa/py"
)

// Def is the _bisect module.
var Def = &py.ModuleDef{Name: "_bisect", Doc: "Bisection algorithms.\n\nThis module provides support for maintaining a list in sorted order without\nhaving to sort the list after each insertion. For long lists of items with\nexpensive comparison operations, this can be an improvement over the more\ncommon approach.\n", Methods: methods}

// search finds the insertion point for x in a[lo:hi]: after equal items
// (right) or before them.
func search(t *py.Thread, a, x, loV, hiV, key py.Value, right bool) (int64, *py.Exception) {
	lo, err := py.IndexInt(t, loV, py.OverflowError())
	if err != nil {
		return 0, err
	}
	if lo < 0 {
		return 0, py.Errorf(py.ValueError(), "lo must be non-negative")
	}
	hi := int64(-1)
	if !hiV.IsNone() {
		if hi, err = py.IndexInt(t, hiV, py.OverflowError()); err != nil {
			return 0, err
		}
	}
	if hi == -1 {
		n, err := py.Len(t, a)
		if err != nil {
			return 0, err
		}
		hi = int64(n)
	}
	for lo < hi {
		mid := int64(uint64(lo+hi) / 2)
		item, err := py.GetItem(t, a, py.Int(mid))
		if err != nil {
			return 0, err
		}
		if !key.IsNone() {
			if item, err = py.Call(t, key, item); err != nil {
				return 0, err
			}
		}
		var below bool
		if right {
			// x < item: the answer is at or left of mid
			lt, err := py.RichCompareBool(t, x, item, py.LT)
			if err != nil {
				return 0, err
			}
			below = !lt
		} else {
			below, err = py.RichCompareBool(t, item, x, py.LT)
			if err != nil {
				return 0, err
			}
		}
		if below {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo, nil
}

func insort(t *py.Thread, a []py.Value, right bool) (py.Value, *py.Exception) {
	seq, x, key := a[0], a[1], a[4]
	probe := x
	if !key.IsNone() {
		var err *py.Exception
		if probe, err = py.Call(t, key, x); err != nil {
			return py.Value{}, err
		}
	}
	i, err := search(t, seq, probe, a[2], a[3], key, right)
	if err != nil {
		return py.Value{}, err
	}
	if _, err := py.CallMethod(t, seq, "insert", py.Int(i), x); err != nil {
		return py.Value{}, err
	}
	return py.None(), nil
}

const sig = "a, x, lo=0, hi=None, *, key=None"

var methods = []*py.MethodDef{
	py.Func("bisect_right", sig, func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		i, err := search(t, a[0], a[1], a[2], a[3], a[4], true)
		return py.Int(i), err
	}),
	py.Func("insort_right", sig, func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		return insort(t, a, true)
	}),
	py.Func("bisect_left", sig, func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		i, err := search(t, a[0], a[1], a[2], a[3], a[4], false)
		return py.Int(i), err
	}),
	py.Func("insort_left", sig, func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		return insort(t, a, false)
	}),
}

func init() {
	docs := map[string]string{
		"bisect_right": "Return the index where to insert item x in list a, assuming a is sorted.\n\nThe return value i is such that all e in a[:i] have e <= x, and all e in\na[i:] have e > x.  So if x already appears in the list, a.insert(i, x) will\ninsert just after the rightmost x already there.\n\nOptional args lo (default 0) and hi (default len(a)) bound the\nslice of a to be searched.\n\nA custom key function can be supplied to customize the sort order.",
		"insort_right": "Insert item x in list a, and keep it sorted assuming a is sorted.\n\nIf x is already in a, insert it to the right of the rightmost x.\n\nOptional args lo (default 0) and hi (default len(a)) bound the\nslice of a to be searched.\n\nA custom key function can be supplied to customize the sort order.",
		"bisect_left":  "Return the index where to insert item x in list a, assuming a is sorted.\n\nThe return value i is such that all e in a[:i] have e < x, and all e in\na[i:] have e >= x.  So if x already appears in the list, a.insert(i, x) will\ninsert just before the leftmost x already there.\n\nOptional args lo (default 0) and hi (default len(a)) bound the\nslice of a to be searched.\n\nA custom key function can be supplied to customize the sort order.",
		"insort_left":  "Insert item x in list a, and keep it sorted assuming a is sorted.\n\nIf x is already in a, insert it to the left of the leftmost x.\n\nOptional args lo (default 0) and hi (default len(a)) bound the\nslice of a to be searched.\n\nA custom key function can be supplied to customize the sort order.",
	}
	for _, m := range methods {
		m.Doc = docs[m.Name]
	}
}
