// Package heapq is the _heapq module: the heap operations on lists, natively,
// under lib/heapq.py (which adds merge, nlargest and nsmallest).
package heapq

import (
	"github.com/kaa-python/kaa/py"
)

// Def is the _heapq module.
var Def = &py.ModuleDef{Name: "_heapq", Doc: doc, Methods: methods}

const doc = `Heap queue algorithm (a.k.a. priority queue).

Heaps are arrays for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for
all k, counting elements from 0.  For the sake of comparison,
non-existing elements are considered to be infinite.  The interesting
property of a heap is that a[0] is always its smallest element.

Usage:

heap = []            # creates an empty heap
heappush(heap, item) # pushes a new item on the heap
item = heappop(heap) # pops the smallest item from the heap
item = heap[0]       # smallest item on the heap without popping it
heapify(x)           # transforms list into a heap, in-place, in linear time
item = heappushpop(heap, item) # pushes a new item and then returns
                               # the smallest item; the heap size is unchanged
item = heapreplace(heap, item) # pops and returns smallest item, and adds
                               # new item; the heap size is unchanged

Our API differs from textbook heap algorithms as follows:

- We use 0-based indexing.  This makes the relationship between the
  index for a node and the indexes for its children slightly less
  obvious, but is more suitable since Python uses 0-based indexing.

- Our heappop() method returns the smallest item, not the largest.

These two make it possible to view the heap as a regular Python list
without surprises: heap[0] is the smallest item, and heap.sort()
maintains the heap invariant!
`

// less is a < b for a min-heap, b < a for a max-heap.
func less(t *py.Thread, a, b py.Value, max bool) (bool, *py.Exception) {
	if max {
		a, b = b, a
	}
	return py.RichCompareBool(t, a, b, py.LT)
}

func list(v py.Value, fn, what string) (*py.List, *py.Exception) {
	if !v.Type().IsSubtype(py.ListType()) {
		return nil, py.Errorf(py.TypeError(), "%s() argument %smust be list, not %s", fn, what, py.TypeName(v))
	}
	return py.Object[py.List](v), nil
}

var errChanged = func() *py.Exception { return py.Errorf(py.RuntimeError(), "list changed size during iteration") }

// siftDown moves the item at pos up towards start until its parent is not
// larger (the heap's "_siftdown").
func siftDown(t *py.Thread, l *py.List, start, pos int, max bool) *py.Exception {
	size := len(l.Items())
	item := l.Items()[pos]
	for pos > start {
		parentPos := (pos - 1) >> 1
		parent := l.Items()[parentPos]
		lt, err := less(t, item, parent, max)
		if err != nil {
			return err
		}
		if len(l.Items()) != size {
			return errChanged()
		}
		if !lt {
			break
		}
		items := l.Items()
		items[pos], items[parentPos] = parent, item
		pos = parentPos
	}
	return nil
}

// siftUp moves the item at pos down to a leaf along the smaller children, then
// back up to its place (the heap's "_siftup").
func siftUp(t *py.Thread, l *py.List, pos int, max bool) *py.Exception {
	end := len(l.Items())
	start := pos
	limit := end >> 1
	for pos < limit {
		child := 2*pos + 1
		if child+1 < end {
			items := l.Items()
			lt, err := less(t, items[child], items[child+1], max)
			if err != nil {
				return err
			}
			if len(l.Items()) != end {
				return errChanged()
			}
			if !lt {
				child++
			}
		}
		items := l.Items()
		items[pos], items[child] = items[child], items[pos]
		pos = child
	}
	return siftDown(t, l, start, pos, max)
}

func pop(t *py.Thread, heapV py.Value, max bool) (py.Value, *py.Exception) {
	l, err := list(heapV, "heappop", "")
	if err != nil {
		return py.Value{}, err
	}
	n := len(l.Items())
	if n == 0 {
		return py.Value{}, py.Errorf(py.IndexError(), "index out of range")
	}
	last, err := py.CallMethod(t, heapV, "pop")
	if err != nil {
		return py.Value{}, err
	}
	if n == 1 {
		return last, nil
	}
	items := l.Items()
	first := items[0]
	items[0] = last
	return first, siftUp(t, l, 0, max)
}

func replace(t *py.Thread, heapV, item py.Value, max bool, fn string) (py.Value, *py.Exception) {
	l, err := list(heapV, fn, "1 ")
	if err != nil {
		return py.Value{}, err
	}
	if len(l.Items()) == 0 {
		return py.Value{}, py.Errorf(py.IndexError(), "index out of range")
	}
	items := l.Items()
	first := items[0]
	items[0] = item
	return first, siftUp(t, l, 0, max)
}

func heapify(t *py.Thread, heapV py.Value, max bool) (py.Value, *py.Exception) {
	l, err := list(heapV, "heapify", "")
	if err != nil {
		return py.Value{}, err
	}
	for i := len(l.Items())/2 - 1; i >= 0; i-- {
		if i >= len(l.Items()) {
			continue
		}
		if err := siftUp(t, l, i, max); err != nil {
			return py.Value{}, err
		}
	}
	return py.None(), nil
}

var methods = []*py.MethodDef{
	py.Func("heappush", "heap, item, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		l, err := list(a[0], "heappush", "1 ")
		if err != nil {
			return py.Value{}, err
		}
		l.Append(a[1])
		return py.None(), siftDown(t, l, 0, len(l.Items())-1, false)
	}),
	py.FuncO("_heapq.heappop", func(t *py.Thread, _, heap py.Value) (py.Value, *py.Exception) { return pop(t, heap, false) }),
	py.Func("heapreplace", "heap, item, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		return replace(t, a[0], a[1], false, "heapreplace")
	}),
	py.Func("heappushpop", "heap, item, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		l, err := list(a[0], "heappushpop", "1 ")
		if err != nil {
			return py.Value{}, err
		}
		if len(l.Items()) == 0 {
			return a[1], nil
		}
		lt, err := less(t, l.Items()[0], a[1], false)
		if err != nil {
			return py.Value{}, err
		}
		if !lt {
			return a[1], nil
		}
		if len(l.Items()) == 0 {
			return py.Value{}, py.Errorf(py.IndexError(), "index out of range")
		}
		items := l.Items()
		top := items[0]
		items[0] = a[1]
		return top, siftUp(t, l, 0, false)
	}),
	py.FuncO("_heapq.heapify", func(t *py.Thread, _, heap py.Value) (py.Value, *py.Exception) { return heapify(t, heap, false) }),
	py.FuncO("_heapq._heappop_max", func(t *py.Thread, _, heap py.Value) (py.Value, *py.Exception) { return pop(t, heap, true) }),
	py.Func("_heapreplace_max", "heap, item, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		return replace(t, a[0], a[1], true, "_heapreplace_max")
	}),
	py.FuncO("_heapq._heapify_max", func(t *py.Thread, _, heap py.Value) (py.Value, *py.Exception) { return heapify(t, heap, true) }),
}

func init() {
	docs := map[string]string{
		"heappush":         "Push item onto heap, maintaining the heap invariant.",
		"heappop":          "Pop the smallest item off the heap, maintaining the heap invariant.",
		"heapreplace":      "Pop and return the current smallest value, and add the new item.\n\nThis is more efficient than heappop() followed by heappush(), and can be\nmore appropriate when using a fixed-size heap.  Note that the value\nreturned may be larger than item!  That constrains reasonable uses of\nthis routine unless written as part of a conditional replacement:\n\n    if item > heap[0]:\n        item = heapreplace(heap, item)",
		"heappushpop":      "Push item on the heap, then pop and return the smallest item from the heap.\n\nThe combined action runs more efficiently than heappush() followed by\na separate call to heappop().",
		"heapify":          "Transform list into a heap, in-place, in O(len(heap)) time.",
		"_heappop_max":     "Maxheap variant of heappop.",
		"_heapreplace_max": "Maxheap variant of heapreplace.",
		"_heapify_max":     "Maxheap variant of heapify.",
	}
	for _, m := range methods {
		m.Doc = docs[m.Name]
	}
}
