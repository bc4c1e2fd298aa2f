package sre

import (
	"encoding/binary"
	"math"
	"strings"
	"sync"

	"github.com/kaa-python/kaa/py"
)

// modState is the module's per-interpreter state.
type modState struct {
	compileTemplate py.Value // re._compile_template, once looked up
}

// patternObj is re.Pattern.
type patternObj struct {
	py.Header
	pattern    py.Value
	flags      int64
	code       []uint32
	groups     int
	groupindex py.Value // a dict, or zero
	indexgroup py.Value // a tuple, or zero
	isBytes    int      // -1: no pattern (None), 0: str, 1: bytes
	mod        *modState
	tables     []*[4]uint64 // per set start in code: its answers for code points < 256
}

// matchObj is re.Match.
type matchObj struct {
	py.Header
	pattern   *patternObj
	patV      py.Value
	sub       *subject
	marks     []int // 2 per group, group 0 first; -1 for a group that did not match
	pos       int
	endpos    int
	lastindex int
	regs      py.Value
}

// scannerObj is _sre.SRE_Scanner.
type scannerObj struct {
	py.Header
	pattern   py.Value
	st        runner
	executing bool
}

// templateItem is one group reference of a template and the literal after it.
type templateItem struct {
	index   int
	literal py.Value // zero when empty
}

// templateObj is _sre.SRE_Template.
type templateObj struct {
	py.Header
	literal py.Value
	items   []templateItem
}

var (
	patternType  = sync.OnceValue(func() *py.Type { return py.NewType(patternDef) })
	matchType    = sync.OnceValue(func() *py.Type { return py.NewType(matchDef) })
	scannerType  = sync.OnceValue(func() *py.Type { return py.NewType(scannerDef) })
	templateType = sync.OnceValue(func() *py.Type { return py.NewType(templateDef) })
)

func ssize(t *py.Thread, v py.Value, def int64) (int64, *py.Exception) {
	if v.IsNil() {
		return def, nil
	}
	return py.IndexInt(t, v, nil)
}

func compileFunc(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
	pattern, flagsV, codeV, groupsV, gi, ig := a[0], a[1], a[2], a[3], a[4], a[5]
	flags, err := cInt(t, flagsV)
	if err != nil {
		return py.Value{}, err
	}
	if !codeV.Type().IsSubtype(py.ListType()) {
		return py.Value{}, py.Errorf(py.TypeError(), "compile() argument 'code' must be list, not %s", py.TypeName(codeV))
	}
	groups, err := py.IndexInt(t, groupsV, nil)
	if err != nil {
		return py.Value{}, err
	}
	gid, ok := py.AsDict(gi)
	if !ok {
		return py.Value{}, py.Errorf(py.TypeError(), "compile() argument 'groupindex' must be dict, not %s", py.TypeName(gi))
	}
	if _, ok := py.TupleItems(ig); !ok {
		return py.Value{}, py.Errorf(py.TypeError(), "compile() argument 'indexgroup' must be tuple, not %s", py.TypeName(ig))
	}
	items, err := py.ToSlice(t, codeV)
	if err != nil {
		return py.Value{}, err
	}
	code := make([]uint32, len(items))
	for i, it := range items {
		if !py.IsInt(it) {
			return py.Value{}, py.Errorf(py.TypeError(), "an integer is required")
		}
		n, ok := py.AsInt64(it)
		var big, _ = py.AsBigInt(it)
		if big.Sign() < 0 {
			return py.Value{}, py.Errorf(py.OverflowError(), "can't convert negative value to unsigned int")
		}
		if !ok {
			if big.BitLen() > 64 {
				return py.Value{}, py.Errorf(py.OverflowError(), "Python int too large to convert to C unsigned long")
			}
			return py.Value{}, py.Errorf(py.OverflowError(), "regular expression code size limit exceeded")
		}
		if n > math.MaxUint32 {
			return py.Value{}, py.Errorf(py.OverflowError(), "regular expression code size limit exceeded")
		}
		code[i] = uint32(n)
	}
	p := &patternObj{pattern: pattern, flags: flags, code: code, groups: 0}
	if m := py.ModuleOf(self); m != nil {
		p.mod, _ = m.State().(*modState)
	}
	if p.mod == nil {
		p.mod = &modState{}
	}
	if pattern.IsNone() {
		p.isBytes = -1
	} else {
		sub, err := getSubject(pattern)
		if err != nil {
			return py.Value{}, err
		}
		if sub.isBytes {
			p.isBytes = 1
		}
	}
	if gid.Len() > 0 {
		p.groupindex = gi
		if its, _ := py.TupleItems(ig); len(its) > 0 {
			p.indexgroup = ig
		}
	}
	if !validate(code, groups) {
		return py.Value{}, py.Errorf(py.RuntimeError(), "invalid SRE code")
	}
	p.groups = int(groups)
	p.tables = make([]*[4]uint64, len(code))
	return py.NewObject(&p.Header, patternType()), nil
}

func templateFunc(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
	tv := a[1]
	if !tv.Type().IsSubtype(py.ListType()) {
		return py.Value{}, py.Errorf(py.TypeError(), "template() argument 2 must be list, not %s", py.TypeName(tv))
	}
	items, err := py.ToSlice(t, tv)
	if err != nil {
		return py.Value{}, err
	}
	n := len(items)
	if n&1 == 0 || n < 1 {
		return py.Value{}, py.Errorf(py.TypeError(), "invalid template")
	}
	o := &templateObj{literal: items[0]}
	for i := 0; i < n/2; i++ {
		iv := items[2*i+1]
		if !py.IsInt(iv) {
			return py.Value{}, py.Errorf(py.TypeError(), "an integer is required")
		}
		idx, err := py.IndexInt(t, iv, nil)
		if err != nil {
			return py.Value{}, err
		}
		if idx < 0 {
			return py.Value{}, py.Errorf(py.TypeError(), "invalid template")
		}
		lit := items[2*i+2]
		if s, ok := py.AsStr(lit); ok && s == "" {
			lit = py.Value{}
		} else if b, ok := py.AsBytes(lit); ok && len(b) == 0 && lit.Type().IsSubtype(py.BytesType()) {
			lit = py.Value{}
		}
		o.items = append(o.items, templateItem{index: int(idx), literal: lit})
	}
	return py.NewObject(&o.Header, templateType()), nil
}

func patternOf(v py.Value) *patternObj { return py.Object[patternObj](v) }

// newMatch is pattern_new_match for a successful attempt.
func newMatch(p *patternObj, pv py.Value, st runner) (py.Value, *py.Exception) {
	c := st.com()
	m := &matchObj{pattern: p, patV: pv, sub: c.sub, pos: c.pos, endpos: c.endpos, lastindex: st.lastIndex()}
	m.marks = make([]int, 2*(p.groups+1))
	m.marks[0], m.marks[1] = st.span()
	for g := 1; g <= p.groups; g++ {
		i, j := st.groupSpan(g)
		if i > j {
			return py.Value{}, errWrongSpan()
		}
		m.marks[2*g], m.marks[2*g+1] = i, j
	}
	return py.NewObject(&m.Header, matchType()), nil
}

func resultOf(p *patternObj, pv py.Value, st runner, status int) (py.Value, *py.Exception) {
	if status > 0 {
		return newMatch(p, pv, st)
	}
	return py.None(), nil
}

// stateFor binds the (string, pos, endpos) arguments.
func stateFor(t *py.Thread, self py.Value, a []py.Value) (runner, *py.Exception) {
	pos, err := ssize(t, a[1], 0)
	if err != nil {
		return nil, err
	}
	endpos, err := ssize(t, a[2], math.MaxInt64)
	if err != nil {
		return nil, err
	}
	return newState(t, patternOf(self), a[0], pos, endpos)
}

const posSig = "string, pos=0, endpos=sys.maxsize"

func patMatch(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
	st, err := stateFor(t, self, a)
	if err != nil {
		return py.Value{}, err
	}
	status, err := st.doMatch()
	if err != nil {
		return py.Value{}, err
	}
	return resultOf(patternOf(self), self, st, status)
}

func patFullmatch(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
	st, err := stateFor(t, self, a)
	if err != nil {
		return py.Value{}, err
	}
	st.setMatchAll()
	status, err := st.doMatch()
	if err != nil {
		return py.Value{}, err
	}
	return resultOf(patternOf(self), self, st, status)
}

func patSearch(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
	st, err := stateFor(t, self, a)
	if err != nil {
		return py.Value{}, err
	}
	status, err := st.doSearch()
	if err != nil {
		return py.Value{}, err
	}
	return resultOf(patternOf(self), self, st, status)
}

// errWrongSpan is sre's check that a group does not end before it starts
// (it can, after some possessive repeats: CPython reports it so).
func errWrongSpan() *py.Exception {
	return py.Errorf(py.SystemError(), "The span of capturing group is wrong, please report a bug for the re module.")
}

// groupSlice is state_getslice: group g of the last attempt (empty or None when
// it did not match).
func groupSlice(st runner, g int, emptyDefault bool) (py.Value, *py.Exception) {
	i, j := st.groupSpan(g)
	if i < 0 {
		if emptyDefault {
			return st.com().sub.empty(), nil
		}
		return py.None(), nil
	}
	if i > j {
		return py.Value{}, errWrongSpan()
	}
	return st.com().sub.slice(i, j), nil
}

// checkSpans is pattern_new_match's check of every group's span.
func checkSpans(st runner, groups int) *py.Exception {
	for g := 1; g <= groups; g++ {
		if i, j := st.groupSpan(g); i > j {
			return errWrongSpan()
		}
	}
	return nil
}

func patFindall(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
	p := patternOf(self)
	st, err := stateFor(t, self, a)
	if err != nil {
		return py.Value{}, err
	}
	c := st.com()
	var out []py.Value
	start, _ := st.span()
	for start <= c.endpos {
		st.prepare()
		status, err := st.doSearch()
		if err != nil {
			return py.Value{}, err
		}
		if status == 0 {
			break
		}
		b, e := st.span()
		switch p.groups {
		case 0:
			out = append(out, c.sub.slice(b, e))
		case 1:
			v, err := groupSlice(st, 1, true)
			if err != nil {
				return py.Value{}, err
			}
			out = append(out, v)
		default:
			tup := make([]py.Value, p.groups)
			for g := range tup {
				v, err := groupSlice(st, g+1, true)
				if err != nil {
					return py.Value{}, err
				}
				tup[g] = v
			}
			out = append(out, py.NewTuple(tup...))
		}
		st.setStart(e, e == b)
		start = e
	}
	return py.NewList(out).Value(), nil
}

func patSplit(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
	p := patternOf(self)
	maxsplit, err := ssize(t, a[1], 0)
	if err != nil {
		return py.Value{}, err
	}
	st, err := newState(t, p, a[0], 0, math.MaxInt64)
	if err != nil {
		return py.Value{}, err
	}
	c := st.com()
	var out []py.Value
	n := int64(0)
	last, _ := st.span()
	for maxsplit == 0 || n < maxsplit {
		st.prepare()
		status, err := st.doSearch()
		if err != nil {
			return py.Value{}, err
		}
		if status == 0 {
			break
		}
		b, e := st.span()
		out = append(out, c.sub.slice(last, b))
		for g := 1; g <= p.groups; g++ {
			v, err := groupSlice(st, g, false)
			if err != nil {
				return py.Value{}, err
			}
			out = append(out, v)
		}
		n++
		st.setStart(e, e == b)
		last = e
	}
	out = append(out, c.sub.slice(last, c.endpos))
	return py.NewList(out).Value(), nil
}

// compileTemplate calls re._compile_template(pattern, repl).
func compileTemplate(t *py.Thread, p *patternObj, pv, repl py.Value) (*templateObj, *py.Exception) {
	fn := p.mod.compileTemplate
	if fn.IsNil() {
		re, err := py.Import(t, "re")
		if err != nil {
			return nil, err
		}
		if fn, err = py.GetAttrS(t, re, "_compile_template"); err != nil {
			return nil, err
		}
		p.mod.compileTemplate = fn
	}
	r, err := py.Call(t, fn, pv, repl)
	if err != nil && err.Matches(py.TypeError()) {
		var conv py.Value
		if _, ok := py.AsStr(repl); ok && repl.Type() != py.StrType() {
			s, _ := py.AsStr(repl)
			conv = py.NewStr(s)
		} else if b, ok := py.AsContiguousBuffer(repl); ok && repl.Type() != py.BytesType() {
			conv = py.NewBytes(append([]byte(nil), b...))
		} else {
			return nil, err
		}
		r, err = py.Call(t, fn, pv, conv)
	}
	if err != nil {
		return nil, err
	}
	if r.Type() != templateType() {
		return nil, py.Errorf(py.RuntimeError(), "the result of compiling a replacement string is %s", py.TypeName(r))
	}
	return py.Object[templateObj](r), nil
}

// expand is expand_template.
func (tp *templateObj) expand(t *py.Thread, m *matchObj) (py.Value, *py.Exception) {
	if len(tp.items) == 0 {
		return tp.literal, nil
	}
	parts := []py.Value{tp.literal}
	for _, it := range tp.items {
		if it.index >= len(m.marks)/2 {
			return py.Value{}, py.Errorf(py.IndexError(), "no such group")
		}
		if g := m.groupValue(it.index, py.None()); !g.IsNone() {
			parts = append(parts, g)
		}
		if !it.literal.IsNil() {
			parts = append(parts, it.literal)
		}
	}
	var empty py.Value
	if _, ok := py.AsStr(tp.literal); ok {
		empty = py.NewStr("")
	} else {
		empty = py.NewBytes(nil)
	}
	return py.CallMethod(t, empty, "join", py.NewList(parts).Value())
}

func isLiteralRepl(repl py.Value) bool {
	if s, ok := py.AsStr(repl); ok {
		return !strings.Contains(s, "\\")
	}
	if b, ok := py.AsContiguousBuffer(repl); ok {
		return !strings.Contains(string(b), "\\")
	}
	return false
}

// builder assembles sub's result in the subject's kind, as CPython's join of
// the list of pieces would: a piece of the wrong type is the join's TypeError
// (reported once every match has been handled, as the join comes last).
type builder struct {
	sub    *subject
	buf    []byte
	nchars int
	pieces int
	err    *py.Exception
}

func (b *builder) span(i, j int) {
	b.pieces++
	switch {
	case b.sub.r != nil:
		for _, r := range b.sub.r[i:j] {
			b.buf = py.AppendChar(b.buf, r)
		}
	case b.sub.isBytes:
		b.buf = append(b.buf, b.sub.b[i:j]...)
	default:
		b.buf = append(b.buf, b.sub.text[i:j]...)
	}
	b.nchars += j - i
}

func (b *builder) value(v py.Value) {
	b.pieces++
	if b.sub.isBytes {
		if x, ok := py.AsContiguousBuffer(v); ok {
			b.buf = append(b.buf, x...)
			return
		}
		if b.err == nil {
			b.err = py.Errorf(py.TypeError(), "sequence item %d: expected a bytes-like object, %s found", b.pieces-1, py.TypeName(v))
		}
		return
	}
	if x, ok := py.AsStr(v); ok {
		b.buf = append(b.buf, x...)
		b.nchars += py.StrLen(v)
		return
	}
	if b.err == nil {
		b.err = py.Errorf(py.TypeError(), "sequence item %d: expected str instance, %s found", b.pieces-1, py.TypeName(v))
	}
}

func (b *builder) result(t *py.Thread) (py.Value, *py.Exception) {
	if b.err != nil {
		return py.Value{}, b.err
	}
	if b.sub.isBytes {
		return py.NewBytes(b.buf), nil
	}
	return py.NewStrText(string(b.buf), b.nchars), nil
}

// expandInto is expand_template straight from the state's spans, without a
// Match object (what one would show is the same).
func (tp *templateObj) expandInto(b *builder, st runner, groups int) *py.Exception {
	b.value(tp.literal)
	for _, it := range tp.items {
		if it.index > groups {
			return py.Errorf(py.IndexError(), "no such group")
		}
		var i, j int
		if it.index == 0 {
			i, j = st.span()
		} else {
			i, j = st.groupSpan(it.index)
		}
		if i >= 0 {
			b.span(i, j)
		}
		if !it.literal.IsNil() {
			b.value(it.literal)
		}
	}
	return nil
}

func patSubx(t *py.Thread, self, repl, str py.Value, count int64, subn bool) (py.Value, *py.Exception) {
	p := patternOf(self)
	const (
		literal = iota
		template
		callable
	)
	kind := literal
	filter := repl
	var tmpl *templateObj
	if py.Callable(repl) {
		kind = callable
	} else if !isLiteralRepl(repl) {
		tp, err := compileTemplate(t, p, self, repl)
		if err != nil {
			return py.Value{}, err
		}
		if len(tp.items) == 0 {
			filter = tp.literal
		} else {
			kind, tmpl = template, tp
		}
	}
	st, err := newState(t, p, str, 0, math.MaxInt64)
	if err != nil {
		return py.Value{}, err
	}
	c := st.com()
	b := &builder{sub: c.sub}
	n := int64(0)
	i := 0
	for count == 0 || n < count {
		st.prepare()
		status, err := st.doSearch()
		if err != nil {
			return py.Value{}, err
		}
		if status == 0 {
			break
		}
		mb, me := st.span()
		if i < mb {
			b.span(i, mb)
		}
		switch kind {
		case literal:
			b.value(filter)
		case template:
			if err := checkSpans(st, p.groups); err != nil {
				return py.Value{}, err
			}
			if err := tmpl.expandInto(b, st, p.groups); err != nil {
				return py.Value{}, err
			}
		default:
			mv, err := newMatch(p, self, st)
			if err != nil {
				return py.Value{}, err
			}
			item, err := py.Call(t, filter, mv)
			if err != nil {
				return py.Value{}, err
			}
			if !item.IsNone() {
				b.value(item)
			}
		}
		i = me
		n++
		st.setStart(me, me == mb)
	}
	var res py.Value
	if n == 0 && c.endpos == c.sub.n && c.sub.n > 0 && (c.sub.v.Type() == py.StrType() || c.sub.v.Type() == py.BytesType()) {
		res = c.sub.v // CPython's join of the one whole-string piece
	} else {
		if i < c.endpos {
			b.span(i, c.endpos)
		}
		if res, err = b.result(t); err != nil {
			return py.Value{}, err
		}
	}
	if subn {
		return py.NewTuple(res, py.Int(n)), nil
	}
	return res, nil
}

func patScanner(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
	st, err := stateFor(t, self, a)
	if err != nil {
		return py.Value{}, err
	}
	sc := &scannerObj{pattern: self, st: st}
	return py.NewObject(&sc.Header, scannerType()), nil
}

func (sc *scannerObj) next(t *py.Thread, search bool) (py.Value, *py.Exception) {
	if sc.executing {
		return py.Value{}, py.Errorf(py.ValueError(), "regular expression scanner already executing")
	}
	st := sc.st
	if st.startNil() {
		return py.None(), nil
	}
	sc.executing = true
	defer func() { sc.executing = false }()
	st.prepare()
	var status int
	var err *py.Exception
	if search {
		status, err = st.doSearch()
	} else {
		status, err = st.doMatch()
	}
	if err != nil {
		return py.Value{}, err
	}
	p := patternOf(sc.pattern)
	r, err := resultOf(p, sc.pattern, st, status)
	if status == 0 {
		st.setStart(-1, false)
	} else {
		b, e := st.span()
		st.setStart(e, e == b)
	}
	return r, err
}

func patFinditer(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
	sc, err := patScanner(t, self, a)
	if err != nil {
		return py.Value{}, err
	}
	search, err := py.GetAttrS(t, sc, "search")
	if err != nil {
		return py.Value{}, err
	}
	b, err := py.Import(t, "builtins")
	if err != nil {
		return py.Value{}, err
	}
	iter, err := py.GetAttrS(t, b, "iter")
	if err != nil {
		return py.Value{}, err
	}
	return py.Call(t, iter, search, py.None())
}

// truncRepr is repr(v) cut to n code points (%.nR).
func truncRepr(t *py.Thread, v py.Value, n int) (string, *py.Exception) {
	r, err := py.Repr(t, v)
	if err != nil {
		return "", err
	}
	if py.CountChars(r) > n {
		k := 0
		for i := range r {
			if k == n {
				return r[:i], nil
			}
			k++
		}
	}
	return r, nil
}

var flagNames = []struct {
	name string
	bit  int64
}{
	{"re.IGNORECASE", flagIgnoreCase}, {"re.LOCALE", flagLocale}, {"re.MULTILINE", flagMultiline},
	{"re.DOTALL", flagDotAll}, {"re.UNICODE", flagUnicode}, {"re.VERBOSE", flagVerbose},
	{"re.DEBUG", flagDebug}, {"re.ASCII", flagASCII},
}

func patRepr(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
	p := patternOf(self)
	flags := p.flags
	if p.isBytes == 0 && flags&(flagLocale|flagUnicode|flagASCII) == flagUnicode {
		flags &^= flagUnicode
	}
	var names []string
	for _, f := range flagNames {
		if flags&f.bit != 0 {
			names = append(names, f.name)
			flags &^= f.bit
		}
	}
	if flags != 0 {
		names = append(names, "0x"+strings.ToLower(hexOf(uint32(int32(flags)))))
	}
	r, err := truncRepr(t, p.pattern, 200)
	if err != nil {
		return py.Value{}, err
	}
	if len(names) > 0 {
		return py.NewStr("re.compile(" + r + ", " + strings.Join(names, "|") + ")"), nil
	}
	return py.NewStr("re.compile(" + r + ")"), nil
}

func hexOf(x uint32) string {
	const digits = "0123456789abcdef"
	if x == 0 {
		return "0"
	}
	var b []byte
	for x > 0 {
		b = append([]byte{digits[x&15]}, b...)
		x >>= 4
	}
	return string(b)
}

// patHash is pattern_hash: the pattern's hash mixed with the code words' bytes
// hashed as bytes are (Py_HashBuffer), the flags, the kind and the code size.
func patHash(t *py.Thread, self py.Value) (int64, *py.Exception) {
	p := patternOf(self)
	h, err := py.Hash(t, p.pattern)
	if err != nil {
		return 0, err
	}
	buf := make([]byte, 4*len(p.code))
	for i, c := range p.code {
		binary.LittleEndian.PutUint32(buf[4*i:], c)
	}
	h2, err := py.Hash(t, py.NewBytes(buf))
	if err != nil {
		return 0, err
	}
	h ^= h2
	h ^= p.flags
	h ^= int64(p.isBytes)
	h ^= int64(len(p.code))
	if h == -1 {
		h = -2
	}
	return h, nil
}

func patCompare(t *py.Thread, a, b py.Value, op py.CompareOp) (py.Value, *py.Exception) {
	if op != py.EQ && op != py.NE || b.Type() != a.Type() {
		return py.NotImplemented(), nil
	}
	if a.Is(b) {
		return py.Bool(op == py.EQ), nil
	}
	l, r := patternOf(a), patternOf(b)
	eq := l.flags == r.flags && l.isBytes == r.isBytes && len(l.code) == len(r.code)
	if eq {
		for i := range l.code {
			if l.code[i] != r.code[i] {
				eq = false
				break
			}
		}
	}
	if eq {
		var err *py.Exception
		if eq, err = py.RichCompareBool(t, l.pattern, r.pattern, py.EQ); err != nil {
			return py.Value{}, err
		}
	}
	return py.Bool(eq == (op == py.EQ)), nil
}

func selfCopy(name string) *py.MethodDef {
	return py.FuncNoArgs(name, func(t *py.Thread, self py.Value) (py.Value, *py.Exception) { return self, nil })
}

func selfDeepcopy(name string) *py.MethodDef {
	return py.FuncO(name, func(t *py.Thread, self, _ py.Value) (py.Value, *py.Exception) { return self, nil })
}

func classGetItem(owner string) *py.MethodDef {
	return &py.MethodDef{Name: "__class_getitem__", Class: true, Doc: "See PEP 585",
		Fn: func(t *py.Thread, cls py.Value, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
			if kw != nil && len(kw.Items()) > 0 {
				return py.Value{}, py.Errorf(py.TypeError(), "__class_getitem__() takes no keyword arguments")
			}
			if len(args) != 1 {
				return py.Value{}, py.Errorf(py.TypeError(), "%s.__class_getitem__() takes exactly one argument (%d given)", owner, len(args))
			}
			return py.NewGenericAlias(t, cls, args[0])
		}}
}

// noNew is __new__ of a type Python cannot instantiate (Py_TPFLAGS_DISALLOW_INSTANTIATION).
func noNew(name string) func(t *py.Thread, typ *py.Type, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
	return func(t *py.Thread, typ *py.Type, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
		return py.Value{}, py.Errorf(py.TypeError(), "cannot create '%s' instances", name)
	}
}

func doc(m *py.MethodDef, d string) *py.MethodDef {
	m.Doc = d
	return m
}

var patternDef = &py.TypeDef{
	Name:    "re.Pattern",
	New:     noNew("re.Pattern"),
	Doc:     "Compiled regular expression object.",
	Final:   true,
	Weakref: true,
	Repr:    patRepr,
	Hash:    patHash,
	Compare: patCompare,
	Methods: []*py.MethodDef{
		doc(py.Func("match", posSig, patMatch), "Matches zero or more characters at the beginning of the string."),
		doc(py.Func("fullmatch", posSig, patFullmatch), "Matches against all of the string."),
		doc(py.Func("search", posSig, patSearch), "Scan through string looking for a match, and return a corresponding match object instance.\n\nReturn None if no position in the string matches."),
		doc(py.Func("sub", "repl, string, count=0", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			n, err := ssize(t, a[2], 0)
			if err != nil {
				return py.Value{}, err
			}
			return patSubx(t, self, a[0], a[1], n, false)
		}), "Return the string obtained by replacing the leftmost non-overlapping occurrences of pattern in string by the replacement repl."),
		doc(py.Func("subn", "repl, string, count=0", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			n, err := ssize(t, a[2], 0)
			if err != nil {
				return py.Value{}, err
			}
			return patSubx(t, self, a[0], a[1], n, true)
		}), "Return the tuple (new_string, number_of_subs_made) found by replacing the leftmost non-overlapping occurrences of pattern with the replacement repl."),
		doc(py.Func("findall", posSig, patFindall), "Return a list of all non-overlapping matches of pattern in string."),
		doc(py.Func("split", "string, maxsplit=0", patSplit), "Split string by the occurrences of pattern."),
		doc(py.Func("finditer", posSig, patFinditer), "Return an iterator over all non-overlapping matches for the RE pattern in string.\n\nFor each match, the iterator returns a match object."),
		py.Func("scanner", posSig, patScanner),
		selfCopy("Pattern.__copy__"),
		selfDeepcopy("Pattern.__deepcopy__"),
		classGetItem("Pattern"),
		py.GetSetDef("pattern", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) { return patternOf(self).pattern, nil }, nil),
		py.GetSetDef("flags", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) { return py.Int(patternOf(self).flags), nil }, nil),
		py.GetSetDef("groups", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			return py.Int(int64(patternOf(self).groups)), nil
		}, nil),
		py.GetSetDef("groupindex", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			p := patternOf(self)
			if p.groupindex.IsNil() {
				return py.NewDict().Value(), nil
			}
			return py.Call(t, py.TypeValue(py.MappingProxyType()), p.groupindex)
		}, nil),
	},
}

// ---- Match ----

func matchOf(v py.Value) *matchObj { return py.Object[matchObj](v) }

// groupValue is match_getslice_by_index.
func (m *matchObj) groupValue(g int, def py.Value) py.Value {
	i, j := m.marks[2*g], m.marks[2*g+1]
	if i < 0 {
		return def
	}
	sub := m.sub
	if sub.isBytes {
		// a bytearray may have changed since: read it again
		if b, ok := py.AsContiguousBuffer(sub.v); ok {
			cur := &subject{v: sub.v, isBytes: true, b: b, n: len(b)}
			i, j = min(i, len(b)), min(j, len(b))
			return cur.slice(i, j)
		}
	}
	return sub.slice(i, j)
}

// index is match_getindex.
func (m *matchObj) index(t *py.Thread, v py.Value) (int, *py.Exception) {
	if v.IsNil() {
		return 0, nil
	}
	i := int64(-1)
	if py.IsInt(v) || hasIndex(t, v) {
		n, err := py.IndexClamped(t, v)
		if err != nil {
			return 0, err
		}
		i = n
	} else if gi := m.pattern.groupindex; !gi.IsNil() {
		d, _ := py.AsDict(gi)
		x, ok, err := d.GetItem(t, v)
		if err != nil {
			return 0, err
		}
		if ok && py.IsInt(x) {
			n, ok := py.AsInt64(x)
			if !ok {
				return 0, py.Errorf(py.OverflowError(), "Python int too large to convert to C ssize_t")
			}
			i = n
		}
	}
	if i < 0 || i >= int64(len(m.marks)/2) {
		return 0, py.Errorf(py.IndexError(), "no such group")
	}
	return int(i), nil
}

func hasIndex(t *py.Thread, v py.Value) bool {
	_, ok, _ := py.LookupSpecial(t, v, "__index__")
	return ok
}

func (m *matchObj) get(t *py.Thread, v, def py.Value) (py.Value, *py.Exception) {
	i, err := m.index(t, v)
	if err != nil {
		return py.Value{}, err
	}
	return m.groupValue(i, def), nil
}

func pair(i, j int) py.Value { return py.NewTuple(py.Int(int64(i)), py.Int(int64(j))) }

func matchMethod(name, sig string, fn func(t *py.Thread, m *matchObj, a []py.Value) (py.Value, *py.Exception)) *py.MethodDef {
	return py.Func(name, sig, func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
		return fn(t, matchOf(self), a)
	})
}

// groupMethod is start, end or span: one optional positional group argument,
// with clinic's messages.
func groupMethod(name string, fn func(t *py.Thread, m *matchObj, a []py.Value) (py.Value, *py.Exception)) *py.MethodDef {
	return &py.MethodDef{Name: name, Sig: "group=0, /", Fn: func(t *py.Thread, self py.Value, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
		if kw != nil && len(kw.Items()) > 0 {
			return py.Value{}, py.Errorf(py.TypeError(), "Match.%s() takes no keyword arguments", name)
		}
		if len(args) > 1 {
			return py.Value{}, py.Errorf(py.TypeError(), "%s expected at most 1 argument, got %d", name, len(args))
		}
		a := []py.Value{{}}
		if len(args) == 1 {
			a[0] = args[0]
		}
		return fn(t, matchOf(self), a)
	}}
}

func matchRepr(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
	m := matchOf(self)
	r, err := truncRepr(t, m.groupValue(0, py.None()), 50)
	if err != nil {
		return py.Value{}, err
	}
	return py.NewStr("<re.Match object; span=(" + itoa(m.marks[0]) + ", " + itoa(m.marks[1]) + "), match=" + r + ">"), nil
}

func itoa(i int) string {
	if i < 0 {
		return "-" + itoa(-i)
	}
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}

var matchDef = &py.TypeDef{
	Name:  "re.Match",
	New:   noNew("re.Match"),
	Doc:   "The result of re.match() and re.search().\nMatch objects always have a boolean value of True.",
	Final: true,
	Repr:  matchRepr,
	GetItem: func(t *py.Thread, self, key py.Value) (py.Value, *py.Exception) {
		return matchOf(self).get(t, key, py.None())
	},
	Methods: []*py.MethodDef{
		{Name: "group", Doc: "group([group1, ...]) -> str or tuple.\n    Return subgroup(s) of the match by indices or names.\n    For 0 returns the entire match.",
			Fn: func(t *py.Thread, self py.Value, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
				if kw != nil && len(kw.Items()) > 0 {
					return py.Value{}, py.Errorf(py.TypeError(), "group() takes no keyword arguments")
				}
				m := matchOf(self)
				switch len(args) {
				case 0:
					return m.groupValue(0, py.None()), nil
				case 1:
					return m.get(t, args[0], py.None())
				}
				out := make([]py.Value, len(args))
				for i, a := range args {
					v, err := m.get(t, a, py.None())
					if err != nil {
						return py.Value{}, err
					}
					out[i] = v
				}
				return py.NewTuple(out...), nil
			}},
		doc(groupMethod("start", func(t *py.Thread, m *matchObj, a []py.Value) (py.Value, *py.Exception) {
			i, err := m.index(t, a[0])
			if err != nil {
				return py.Value{}, err
			}
			return py.Int(int64(m.marks[2*i])), nil
		}), "Return index of the start of the substring matched by group."),
		doc(groupMethod("end", func(t *py.Thread, m *matchObj, a []py.Value) (py.Value, *py.Exception) {
			i, err := m.index(t, a[0])
			if err != nil {
				return py.Value{}, err
			}
			return py.Int(int64(m.marks[2*i+1])), nil
		}), "Return index of the end of the substring matched by group."),
		doc(groupMethod("span", func(t *py.Thread, m *matchObj, a []py.Value) (py.Value, *py.Exception) {
			i, err := m.index(t, a[0])
			if err != nil {
				return py.Value{}, err
			}
			return pair(m.marks[2*i], m.marks[2*i+1]), nil
		}), "For match object m, return the 2-tuple (m.start(group), m.end(group))."),
		doc(matchMethod("groups", "default=None", func(t *py.Thread, m *matchObj, a []py.Value) (py.Value, *py.Exception) {
			n := len(m.marks)/2 - 1
			out := make([]py.Value, n)
			for g := range out {
				out[g] = m.groupValue(g+1, a[0])
			}
			return py.NewTuple(out...), nil
		}), "Return a tuple containing all the subgroups of the match, from 1."),
		doc(matchMethod("groupdict", "default=None", func(t *py.Thread, m *matchObj, a []py.Value) (py.Value, *py.Exception) {
			res := py.NewDict()
			gi := m.pattern.groupindex
			if gi.IsNil() {
				return res.Value(), nil
			}
			d, _ := py.AsDict(gi)
			for _, k := range d.Keys() {
				v, err := m.get(t, k, a[0])
				if err != nil {
					return py.Value{}, err
				}
				if err := res.SetItem(t, k, v); err != nil {
					return py.Value{}, err
				}
			}
			return res.Value(), nil
		}), "Return a dictionary containing all the named subgroups of the match, keyed by the subgroup name."),
		doc(matchMethod("expand", "template", func(t *py.Thread, m *matchObj, a []py.Value) (py.Value, *py.Exception) {
			tp, err := compileTemplate(t, m.pattern, m.patV, a[0])
			if err != nil {
				return py.Value{}, err
			}
			return tp.expand(t, m)
		}), "Return the string obtained by doing backslash substitution on the string template, as done by the sub() method."),
		selfCopy("Match.__copy__"),
		selfDeepcopy("Match.__deepcopy__"),
		classGetItem("Match"),
		py.GetSetDef("lastindex", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			if m := matchOf(self); m.lastindex >= 0 {
				return py.Int(int64(m.lastindex)), nil
			}
			return py.None(), nil
		}, nil),
		py.GetSetDef("lastgroup", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			m := matchOf(self)
			if ig := m.pattern.indexgroup; !ig.IsNil() && m.lastindex >= 0 {
				items, _ := py.TupleItems(ig)
				if m.lastindex < len(items) {
					return items[m.lastindex], nil
				}
			}
			return py.None(), nil
		}, nil),
		py.GetSetDef("regs", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			m := matchOf(self)
			if m.regs.IsNil() {
				out := make([]py.Value, len(m.marks)/2)
				for g := range out {
					out[g] = pair(m.marks[2*g], m.marks[2*g+1])
				}
				m.regs = py.NewTuple(out...)
			}
			return m.regs, nil
		}, nil),
		py.GetSetDef("string", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) { return matchOf(self).sub.v, nil }, nil),
		py.GetSetDef("re", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) { return matchOf(self).patV, nil }, nil),
		py.GetSetDef("pos", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			return py.Int(int64(matchOf(self).pos)), nil
		}, nil),
		py.GetSetDef("endpos", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			return py.Int(int64(matchOf(self).endpos)), nil
		}, nil),
	},
}

// scannerMethod is a method without arguments whose messages are clinic's
// for a defining_class method ("match() takes no arguments").
func scannerMethod(name string, search bool) *py.MethodDef {
	return &py.MethodDef{Name: name, Fn: func(t *py.Thread, self py.Value, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
		if len(args) > 0 || kw != nil && len(kw.Items()) > 0 {
			return py.Value{}, py.Errorf(py.TypeError(), "%s() takes no arguments", name)
		}
		return py.Object[scannerObj](self).next(t, search)
	}}
}

var scannerDef = &py.TypeDef{
	Name:  "_sre.SRE_Scanner",
	New:   noNew("_sre.SRE_Scanner"),
	Final: true,
	Methods: []*py.MethodDef{
		scannerMethod("match", false),
		scannerMethod("search", true),
		py.GetSetDef("pattern", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			return py.Object[scannerObj](self).pattern, nil
		}, nil),
	},
}

var templateDef = &py.TypeDef{
	Name:  "_sre.SRE_Template",
	New:   noNew("_sre.SRE_Template"),
	Final: true,
}
