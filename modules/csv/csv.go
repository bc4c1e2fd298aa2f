// Package csv is the _csv module: the dialect type, the reader (a state
// machine fed one character at a time, as CPython's) and the writer, and the
// per-interpreter dialect registry and field size limit that lib/csv.py
// builds on.
package csv

import (
	"math"
	"strings"
	"sync"

	"github.com/kaa-python/kaa/py"
)

// Def is the _csv module.
var Def = &py.ModuleDef{
	Name:    "_csv",
	Doc:     "CSV parsing and writing.\n",
	Methods: methods,
	Exec:    exec,
}

// The quoting styles.
const (
	quoteMinimal = iota
	quoteAll
	quoteNonnumeric
	quoteNone
	quoteStrings
	quoteNotnull
)

var quotingNames = []string{"QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "QUOTE_STRINGS", "QUOTE_NOTNULL"}

// unset stands for a dialect character that is None; eol for the end of an
// input line fed to the reader.
const (
	unset rune = -1
	eol   rune = -2
)

// state is an interpreter's _csv: its registry and limit.
type state struct {
	dialects *py.Dict
	limit    int64
}

var (
	typesOnce   sync.Once
	dialectType *py.Type
	readerType  *py.Type
	writerType  *py.Type
	errorType   *py.Type
)

func initTypes() {
	errorType = py.NewExceptionType("_csv.Error", py.ExceptionT(), "")
	dialectType = py.NewType(&py.TypeDef{
		Name:    "_csv.Dialect",
		Doc:     "CSV dialect\n\nThe Dialect type records CSV parsing and generation options.\n",
		New:     newDialect,
		Methods: dialectMethods(),
	})
	readerType = py.NewType(&py.TypeDef{
		Name:    "_csv.reader",
		Doc:     "CSV reader\n\nReader objects are responsible for reading and parsing tabular data\nin CSV format.\n",
		Methods: readerMethods(),
		Iter:    func(t *py.Thread, self py.Value) (py.Value, *py.Exception) { return self, nil },
		Next:    readerNext,
	})
	writerType = py.NewType(&py.TypeDef{
		Name:    "_csv.writer",
		Doc:     "CSV writer\n\nWriter objects are responsible for generating tabular data\nin CSV format from sequence input.\n",
		Methods: writerMethods(),
	})
}

func exec(t *py.Thread, m *py.Module) *py.Exception {
	typesOnce.Do(initTypes)
	m.SetState(&state{dialects: py.NewDict(), limit: 128 * 1024})
	m.Set("__version__", py.NewStr("1.0"))
	m.Set("Error", py.TypeValue(errorType))
	m.Set("Dialect", py.TypeValue(dialectType))
	m.Set("Reader", py.TypeValue(readerType))
	m.Set("Writer", py.TypeValue(writerType))
	for i, name := range quotingNames {
		m.Set(name, py.Int(int64(i)))
	}
	return nil
}

func stateOf(t *py.Thread) *state {
	mod, err := py.Import(t, "_csv")
	if err != nil {
		return nil
	}
	if m := py.ModuleOf(mod); m != nil {
		st, _ := m.State().(*state)
		return st
	}
	return nil
}

func moduleState(self py.Value) *state {
	if m := py.ModuleOf(self); m != nil {
		if st, ok := m.State().(*state); ok {
			return st
		}
	}
	return nil
}

func csvError(format string, args ...any) *py.Exception { return py.Errorf(errorType, format, args...) }

// ---------------------------------------------------------------------------
// Dialects

type dialect struct {
	py.Header
	doublequote, skipInitialSpace, strict bool
	quoting                               int
	delimiter, quotechar, escapechar      rune
	lineterminator                        py.Value // a str
	lineRunes                             []rune
}

func dialectOf(v py.Value) *dialect { return py.Object[dialect](v) }

var dialectFields = []string{"delimiter", "doublequote", "escapechar", "lineterminator", "quotechar", "quoting", "skipinitialspace", "strict"}

var dialectSig = py.ParseSignature("Dialect", "dialect=None, delimiter=None, doublequote=None, escapechar=None, lineterminator=None, quotechar=None, quoting=None, skipinitialspace=None, strict=None")

// newDialect is Dialect(dialect=None, **fields): a copy of a dialect (a
// registered name, or any object with the attributes) with fields changed.
// Arguments not given are the zero Value (not None, which means "unset").
func newDialect(t *py.Thread, typ *py.Type, args []py.Value, kwnames *py.Tuple) (py.Value, *py.Exception) {
	given := make([]py.Value, 9)
	if err := bindGiven(args, kwnames, given); err != nil {
		return py.Value{}, err
	}
	base := given[0]
	fields := given[1:]
	if !base.IsNil() {
		if _, ok := py.AsStr(base); ok {
			found, err := registryGet(t, base)
			if err != nil {
				return py.Value{}, err
			}
			base = found
		}
		reuse := base.Type().IsSubtype(dialectType)
		for _, f := range fields {
			if !f.IsNil() {
				reuse = false
			}
		}
		if reuse {
			return base, nil
		}
		for i, name := range dialectFields {
			if fields[i].IsNil() {
				if v, err := py.GetAttrS(t, base, name); err == nil {
					fields[i] = v
				}
			}
		}
	}
	d := &dialect{}
	var err *py.Exception
	if d.delimiter, err = charArg("delimiter", fields[0], ',', false); err != nil {
		return py.Value{}, err
	}
	if d.doublequote, err = boolArg(t, fields[1], true); err != nil {
		return py.Value{}, err
	}
	if d.escapechar, err = charArg("escapechar", fields[2], unset, true); err != nil {
		return py.Value{}, err
	}
	switch lt := fields[3]; {
	case lt.IsNil():
		d.lineterminator = py.NewStr("\r\n")
	case lt.IsNone():
	default:
		if _, ok := py.AsStr(lt); !ok {
			return py.Value{}, py.Errorf(py.TypeError(), "\"lineterminator\" must be a string")
		}
		d.lineterminator = lt
	}
	if d.quotechar, err = charArg("quotechar", fields[4], '"', true); err != nil {
		return py.Value{}, err
	}
	d.quoting = quoteMinimal
	if q := fields[5]; !q.IsNil() {
		if q.Type() != py.IntType() {
			return py.Value{}, py.Errorf(py.TypeError(), "\"quoting\" must be an integer")
		}
		n, err := py.IndexInt(t, q, py.OverflowError())
		if err != nil || n < math.MinInt32 || n > math.MaxInt32 {
			return py.Value{}, py.Errorf(py.OverflowError(), "Python int too large to convert to C int")
		}
		d.quoting = int(n)
	}
	if d.skipInitialSpace, err = boolArg(t, fields[6], false); err != nil {
		return py.Value{}, err
	}
	if d.strict, err = boolArg(t, fields[7], false); err != nil {
		return py.Value{}, err
	}
	if d.quoting < quoteMinimal || d.quoting > quoteNotnull {
		return py.Value{}, py.Errorf(py.TypeError(), "bad \"quoting\" value")
	}
	if d.delimiter == unset {
		return py.Value{}, py.Errorf(py.TypeError(), "\"delimiter\" must be a 1-character string")
	}
	if fields[4].IsNone() && fields[5].IsNil() {
		d.quoting = quoteNone
	}
	if d.quoting != quoteNone && d.quotechar == unset {
		return py.Value{}, py.Errorf(py.TypeError(), "quotechar must be set if quoting enabled")
	}
	if d.lineterminator.IsNil() {
		return py.Value{}, py.Errorf(py.TypeError(), "lineterminator must be set")
	}
	lt, _ := py.AsStr(d.lineterminator)
	d.lineRunes = []rune(lt)
	if err := d.checkChars(); err != nil {
		return py.Value{}, err
	}
	return py.NewObject(&d.Header, typ), nil
}

// bindGiven binds Dialect's arguments, leaving those not given zero.
func bindGiven(args []py.Value, kwnames *py.Tuple, out []py.Value) *py.Exception {
	// The signature's defaults are None; mark what was passed explicitly.
	nkw := 0
	if kwnames != nil {
		nkw = len(kwnames.Items())
	}
	npos := len(args) - nkw
	// PyArg_ParseTupleAndKeywords without a function name: "this function".
	if npos+nkw > len(out) {
		return py.Errorf(py.TypeError(), "function takes at most 9 arguments (%d given)", npos+nkw)
	}
	if kwnames != nil {
		names := append([]string{"dialect"}, dialectFields...)
		for _, k := range kwnames.Items() {
			name, _ := py.AsStr(k)
			if !containsString(names, name) {
				return py.Errorf(py.TypeError(), "this function got an unexpected keyword argument '%s'", name)
			}
		}
	}
	tmp := make([]py.Value, len(out))
	if err := dialectSig.Bind(args, kwnames, tmp); err != nil {
		return err
	}
	for i := 0; i < npos; i++ {
		out[i] = args[i]
	}
	if kwnames != nil {
		for j, k := range kwnames.Items() {
			name, _ := py.AsStr(k)
			for i, f := range append([]string{"dialect"}, dialectFields...) {
				if f == name {
					out[i] = args[npos+j]
				}
			}
		}
	}
	return nil
}

func (d *dialect) checkChars() *py.Exception {
	check := func(name string, c rune, allowSpace bool) *py.Exception {
		if c == '\r' || c == '\n' || (c == ' ' && !allowSpace) {
			return py.Errorf(py.ValueError(), "bad %s value", name)
		}
		if c != unset && containsRune(d.lineRunes, c) {
			return py.Errorf(py.ValueError(), "bad %s or lineterminator value", name)
		}
		return nil
	}
	if err := check("delimiter", d.delimiter, true); err != nil {
		return err
	}
	if err := check("escapechar", d.escapechar, !d.skipInitialSpace); err != nil {
		return err
	}
	if err := check("quotechar", d.quotechar, !d.skipInitialSpace); err != nil {
		return err
	}
	pairs := []struct {
		a, b   string
		ca, cb rune
	}{{"delimiter", "escapechar", d.delimiter, d.escapechar}, {"delimiter", "quotechar", d.delimiter, d.quotechar},
		{"escapechar", "quotechar", d.escapechar, d.quotechar}}
	for _, p := range pairs {
		if p.ca == p.cb && p.ca != unset {
			return py.Errorf(py.ValueError(), "bad %s or %s value", p.a, p.b)
		}
	}
	return nil
}

func containsRune(rs []rune, c rune) bool {
	for _, r := range rs {
		if r == c {
			return true
		}
	}
	return false
}

// charArg converts a one-character setting; orNone allows None (unset).
func charArg(name string, v py.Value, dflt rune, orNone bool) (rune, *py.Exception) {
	if v.IsNil() {
		return dflt, nil
	}
	if orNone && v.IsNone() {
		return unset, nil
	}
	s, ok := py.AsStr(v)
	if !ok {
		if orNone {
			return 0, py.Errorf(py.TypeError(), "\"%s\" must be string or None, not %s", name, py.TypeName(v))
		}
		return 0, py.Errorf(py.TypeError(), "\"%s\" must be string, not %s", name, py.TypeName(v))
	}
	rs := []rune(s)
	if len(rs) != 1 {
		return 0, py.Errorf(py.TypeError(), "\"%s\" must be a 1-character string", name)
	}
	return rs[0], nil
}

func boolArg(t *py.Thread, v py.Value, dflt bool) (bool, *py.Exception) {
	if v.IsNil() {
		return dflt, nil
	}
	return py.IsTrue(t, v)
}

func charValue(c rune) py.Value {
	if c == unset {
		return py.None()
	}
	return py.NewStr(string(c))
}

func dialectMethods() []*py.MethodDef {
	get := func(name string, f func(d *dialect) py.Value) *py.MethodDef {
		return py.GetSetDef(name, func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			return f(dialectOf(self)), nil
		}, nil)
	}
	reduce := func(t *py.Thread, self py.Value, args []py.Value, kwnames *py.Tuple) (py.Value, *py.Exception) {
		return py.Value{}, py.Errorf(py.TypeError(), "cannot pickle '%s' instances", py.TypeName(self))
	}
	return []*py.MethodDef{
		get("delimiter", func(d *dialect) py.Value { return charValue(d.delimiter) }),
		get("escapechar", func(d *dialect) py.Value { return charValue(d.escapechar) }),
		get("quotechar", func(d *dialect) py.Value { return charValue(d.quotechar) }),
		get("lineterminator", func(d *dialect) py.Value { return d.lineterminator }),
		get("quoting", func(d *dialect) py.Value { return py.Int(int64(d.quoting)) }),
		get("doublequote", func(d *dialect) py.Value { return py.Bool(d.doublequote) }),
		get("skipinitialspace", func(d *dialect) py.Value { return py.Bool(d.skipInitialSpace) }),
		get("strict", func(d *dialect) py.Value { return py.Bool(d.strict) }),
		{Name: "__reduce__", Fn: reduce},
		{Name: "__reduce_ex__", Fn: reduce},
	}
}

// makeDialect is _call_dialect: Dialect(dialect, **kwargs).
func makeDialect(t *py.Thread, base py.Value, kwargs []py.Value, kwnames *py.Tuple) (*dialect, py.Value, *py.Exception) {
	var args []py.Value
	if !base.IsNil() {
		args = append(args, base)
	}
	args = append(args, kwargs...)
	v, err := py.CallKw(t, py.TypeValue(dialectType), args, kwnames)
	if err != nil {
		return nil, py.Value{}, err
	}
	return dialectOf(v), v, nil
}

// ---------------------------------------------------------------------------
// The registry

func registryGet(t *py.Thread, name py.Value) (py.Value, *py.Exception) {
	st := stateOf(t)
	if st == nil {
		return py.Value{}, csvError("unknown dialect")
	}
	v, ok, err := st.dialects.GetItem(t, name)
	if err != nil {
		return py.Value{}, err
	}
	if !ok {
		return py.Value{}, csvError("unknown dialect")
	}
	return v, nil
}

// splitCall separates a call's positional arguments from its keywords.
func splitCall(args []py.Value, kwnames *py.Tuple) (pos, kw []py.Value) {
	nkw := 0
	if kwnames != nil {
		nkw = len(kwnames.Items())
	}
	return args[:len(args)-nkw], args[len(args)-nkw:]
}

func unpack(pos []py.Value, min, max int) *py.Exception {
	if len(pos) < min {
		return py.Errorf(py.TypeError(), "expected at least %d argument%s, got %d", min, plural(min), len(pos))
	}
	if len(pos) > max {
		return py.Errorf(py.TypeError(), "expected at most %d arguments, got %d", max, len(pos))
	}
	return nil
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

var methods = []*py.MethodDef{
	{Name: "reader", Doc: "    csv_reader = reader(iterable [, dialect='excel']\n                        [optional keyword args])\n    for row in csv_reader:\n        process(row)\n", Fn: newReader},
	{Name: "writer", Doc: "    csv_writer = csv.writer(fileobj [, dialect='excel']\n                            [optional keyword args])\n    for row in sequence:\n        csv_writer.writerow(row)\n", Fn: newWriter},
	{Name: "register_dialect", Doc: "Create a mapping from a string name to a dialect class.\n    dialect = csv.register_dialect(name[, dialect[, **fmtparams]])", Fn: func(t *py.Thread, self py.Value, args []py.Value, kwnames *py.Tuple) (py.Value, *py.Exception) {
		pos, kw := splitCall(args, kwnames)
		if err := unpack(pos, 1, 2); err != nil {
			return py.Value{}, err
		}
		if _, ok := py.AsStr(pos[0]); !ok {
			return py.Value{}, py.Errorf(py.TypeError(), "dialect name must be a string")
		}
		var base py.Value
		if len(pos) == 2 {
			base = pos[1]
		}
		_, d, err := makeDialect(t, base, kw, kwnames)
		if err != nil {
			return py.Value{}, err
		}
		if err := moduleState(self).dialects.SetItem(t, pos[0], d); err != nil {
			return py.Value{}, err
		}
		return py.None(), nil
	}},
	py.Func("unregister_dialect", "name", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
		found, err := moduleState(self).dialects.DelItem(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		if !found {
			return py.Value{}, csvError("unknown dialect")
		}
		return py.None(), nil
	}),
	py.Func("get_dialect", "name", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
		v, ok, err := moduleState(self).dialects.GetItem(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		if !ok {
			return py.Value{}, csvError("unknown dialect")
		}
		return v, nil
	}),
	py.FuncNoArgs("list_dialects", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		return py.NewList(moduleState(self).dialects.Keys()).Value(), nil
	}),
	{Name: "field_size_limit", Doc: "Sets an upper limit on parsed fields.\n\n    csv.field_size_limit([limit])\n\nReturns old limit. If limit is not given, no new limit is set and\nthe old limit is returned", Fn: fieldSizeLimit},
}

// ---------------------------------------------------------------------------
// The reader

type parseState int

const (
	startRecord parseState = iota
	startField
	escapedChar
	inField
	inQuotedField
	escapeInQuotedField
	quoteInQuotedField
	eatCRNL
	afterEscapedCRNL
)

type reader struct {
	py.Header
	input    py.Value
	dia      *dialect
	diaValue py.Value
	st       *state
	fields   []py.Value
	state    parseState
	field    []rune
	unquoted bool
	lineNum  int64
}

func readerOf(v py.Value) *reader { return py.Object[reader](v) }

func newReader(t *py.Thread, self py.Value, args []py.Value, kwnames *py.Tuple) (py.Value, *py.Exception) {
	pos, kw := splitCall(args, kwnames)
	if err := unpack(pos, 1, 2); err != nil {
		return py.Value{}, err
	}
	it, err := py.Iter(t, pos[0])
	if err != nil {
		return py.Value{}, err
	}
	var base py.Value
	if len(pos) == 2 {
		base = pos[1]
	}
	d, dv, err := makeDialect(t, base, kw, kwnames)
	if err != nil {
		return py.Value{}, err
	}
	r := &reader{input: it, dia: d, diaValue: dv, st: moduleState(self)}
	return py.NewObject(&r.Header, readerType), nil
}

// save ends the current field.
func (r *reader) save(t *py.Thread) *py.Exception {
	q := r.dia.quoting
	var v py.Value
	switch {
	case r.unquoted && len(r.field) == 0 && (q == quoteNotnull || q == quoteStrings):
		v = py.None()
	default:
		v = py.NewStr(string(r.field))
		if r.unquoted && len(r.field) != 0 && (q == quoteNonnumeric || q == quoteStrings) {
			f, err := py.ToFloat(t, v)
			if err != nil {
				return err
			}
			v = f
		}
		r.field = r.field[:0]
	}
	r.fields = append(r.fields, v)
	return nil
}

func (r *reader) add(c rune) *py.Exception {
	if int64(len(r.field)) >= r.st.limit {
		return csvError("field larger than field limit (%d)", r.st.limit)
	}
	r.field = append(r.field, c)
	return nil
}

// lineEnd reports whether c ends the record: a newline, or the end of the
// input line.
func lineEnd(c rune) bool { return c == '\n' || c == '\r' || c == eol }

// endRecordState is the state after a record's last field.
func endRecordState(c rune) parseState {
	if c == eol {
		return startRecord
	}
	return eatCRNL
}

// feed advances the state machine by one character.
func (r *reader) feed(t *py.Thread, c rune) *py.Exception {
	d := r.dia
	switch r.state {
	case startRecord:
		if c == eol {
			return nil // an empty line: an empty record
		}
		if c == '\n' || c == '\r' {
			r.state = eatCRNL
			return nil
		}
		r.state = startField
		return r.feed(t, c)
	case startField:
		r.unquoted = true
		switch {
		case lineEnd(c):
			if err := r.save(t); err != nil {
				return err
			}
			r.state = endRecordState(c)
		case c == d.quotechar && d.quoting != quoteNone:
			r.unquoted = false
			r.state = inQuotedField
		case c == d.escapechar:
			r.state = escapedChar
		case c == ' ' && d.skipInitialSpace:
		case c == d.delimiter:
			return r.save(t)
		default:
			if err := r.add(c); err != nil {
				return err
			}
			r.state = inField
		}
	case escapedChar:
		if c == '\n' || c == '\r' {
			if err := r.add(c); err != nil {
				return err
			}
			r.state = afterEscapedCRNL
			return nil
		}
		if c == eol {
			c = '\n'
		}
		if err := r.add(c); err != nil {
			return err
		}
		r.state = inField
	case afterEscapedCRNL, inField:
		if r.state == afterEscapedCRNL && c == eol {
			return nil
		}
		switch {
		case lineEnd(c):
			if err := r.save(t); err != nil {
				return err
			}
			r.state = endRecordState(c)
		case c == d.escapechar:
			r.state = escapedChar
		case c == d.delimiter:
			if err := r.save(t); err != nil {
				return err
			}
			r.state = startField
		default:
			if err := r.add(c); err != nil {
				return err
			}
			r.state = inField
		}
	case inQuotedField:
		switch {
		case c == eol:
		case c == d.escapechar:
			r.state = escapeInQuotedField
		case c == d.quotechar && d.quoting != quoteNone:
			if d.doublequote {
				r.state = quoteInQuotedField
			} else {
				r.state = inField
			}
		default:
			return r.add(c)
		}
	case escapeInQuotedField:
		if c == eol {
			c = '\n'
		}
		if err := r.add(c); err != nil {
			return err
		}
		r.state = inQuotedField
	case quoteInQuotedField:
		switch {
		case d.quoting != quoteNone && c == d.quotechar:
			if err := r.add(c); err != nil {
				return err
			}
			r.state = inQuotedField
		case c == d.delimiter:
			if err := r.save(t); err != nil {
				return err
			}
			r.state = startField
		case lineEnd(c):
			if err := r.save(t); err != nil {
				return err
			}
			r.state = endRecordState(c)
		case !d.strict:
			if err := r.add(c); err != nil {
				return err
			}
			r.state = inField
		default:
			return csvError("'%c' expected after '%c'", d.delimiter, d.quotechar)
		}
	case eatCRNL:
		switch {
		case c == '\n' || c == '\r':
		case c == eol:
			r.state = startRecord
		default:
			return csvError("new-line character seen in unquoted field - do you need to open the file with newline=''?")
		}
	}
	return nil
}

func readerNext(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
	r := readerOf(self)
	r.fields = nil
	r.field = r.field[:0]
	r.state = startRecord
	r.unquoted = false
	for {
		line, err := py.Next(t, r.input)
		if err != nil {
			return py.Value{}, err
		}
		if line.IsNil() {
			// The input ended inside a record.
			if len(r.field) != 0 || r.state == inQuotedField {
				if r.dia.strict {
					return py.Value{}, csvError("unexpected end of data")
				}
				if err := r.save(t); err != nil {
					return py.Value{}, err
				}
				break
			}
			return py.Value{}, nil
		}
		s, ok := py.AsStr(line)
		if !ok {
			return py.Value{}, csvError("iterator should return strings, not %s (the file should be opened in text mode)", py.TypeName(line))
		}
		r.lineNum++
		for _, c := range s {
			if err := r.feed(t, c); err != nil {
				return py.Value{}, err
			}
		}
		if err := r.feed(t, eol); err != nil {
			return py.Value{}, err
		}
		if r.state == startRecord {
			break
		}
	}
	fields := r.fields
	r.fields = nil
	if fields == nil {
		fields = []py.Value{}
	}
	return py.NewList(fields).Value(), nil
}

func readerMethods() []*py.MethodDef {
	return []*py.MethodDef{
		py.GetSetDef("dialect", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			return readerOf(self).diaValue, nil
		}, nil),
		py.GetSetDef("line_num", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			return py.Int(readerOf(self).lineNum), nil
		}, nil),
	}
}

// ---------------------------------------------------------------------------
// The writer

type writer struct {
	py.Header
	write    py.Value
	dia      *dialect
	diaValue py.Value
}

func writerOf(v py.Value) *writer { return py.Object[writer](v) }

func newWriter(t *py.Thread, self py.Value, args []py.Value, kwnames *py.Tuple) (py.Value, *py.Exception) {
	pos, kw := splitCall(args, kwnames)
	if err := unpack(pos, 1, 2); err != nil {
		return py.Value{}, err
	}
	write, err := py.GetAttrS(t, pos[0], "write")
	if err != nil {
		if !err.Matches(py.AttributeError()) {
			return py.Value{}, err
		}
		write = py.Value{}
	}
	if write.IsNil() || !py.Callable(write) {
		return py.Value{}, py.Errorf(py.TypeError(), "argument 1 must have a \"write\" method")
	}
	var base py.Value
	if len(pos) == 2 {
		base = pos[1]
	}
	d, dv, err := makeDialect(t, base, kw, kwnames)
	if err != nil {
		return py.Value{}, err
	}
	w := &writer{write: write, dia: d, diaValue: dv}
	return py.NewObject(&w.Header, writerType), nil
}

// isNumber is PyNumber_Check.
func isNumber(t *py.Thread, v py.Value) bool {
	if py.IsInt(v) || v.IsFloat() {
		return true
	}
	for _, name := range []string{"__index__", "__int__", "__float__", "__complex__"} {
		if _, found, _ := py.LookupSpecial(t, v, name); found {
			return true
		}
	}
	return false
}

// appendField adds one field to the record (null: None, no text).
func (w *writer) appendField(rec *strings.Builder, nfields int, text []rune, null, quoted bool) *py.Exception {
	d := w.dia
	if len(text) == 0 && d.delimiter == ' ' && d.skipInitialSpace {
		if d.quoting == quoteNone || null && (d.quoting == quoteStrings || d.quoting == quoteNotnull) {
			return csvError("empty field must be quoted if delimiter is a space and skipinitialspace is true")
		}
		quoted = true
	}
	var body strings.Builder
	for _, c := range text {
		special := c == d.delimiter || c == d.escapechar || c == d.quotechar || c == '\n' || c == '\r' || containsRune(d.lineRunes, c)
		if special {
			escape := false
			if d.quoting == quoteNone {
				escape = true
			} else {
				if c == d.quotechar {
					if d.doublequote {
						body.WriteRune(d.quotechar)
					} else {
						escape = true
					}
				} else if c == d.escapechar {
					escape = true
				}
				if !escape {
					quoted = true
				}
			}
			if escape {
				if d.escapechar == unset {
					return csvError("need to escape, but no escapechar set")
				}
				body.WriteRune(d.escapechar)
			}
		}
		body.WriteRune(c)
	}
	if nfields > 0 {
		rec.WriteRune(d.delimiter)
	}
	if quoted {
		rec.WriteRune(d.quotechar)
	}
	rec.WriteString(body.String())
	if quoted {
		rec.WriteRune(d.quotechar)
	}
	return nil
}

func (w *writer) writeRow(t *py.Thread, row py.Value) (py.Value, *py.Exception) {
	d := w.dia
	it, err := py.Iter(t, row)
	if err != nil {
		if err.Matches(py.TypeError()) {
			return py.Value{}, csvError("iterable expected, not %s", py.TypeName(row))
		}
		return py.Value{}, err
	}
	var rec strings.Builder
	nfields := 0
	null := false
	for {
		field, err := py.Next(t, it)
		if err != nil {
			return py.Value{}, err
		}
		if field.IsNil() {
			break
		}
		_, isStr := py.AsStr(field)
		var quoted bool
		switch d.quoting {
		case quoteNonnumeric:
			quoted = !isNumber(t, field)
		case quoteAll:
			quoted = true
		case quoteStrings:
			quoted = isStr
		case quoteNotnull:
			quoted = !field.IsNone()
		}
		null = field.IsNone()
		var text string
		switch {
		case isStr:
			text, _ = py.AsStr(field)
		case null:
		default:
			if text, err = py.StrOf(t, field); err != nil {
				return py.Value{}, err
			}
		}
		if err := w.appendField(&rec, nfields, []rune(text), null, quoted); err != nil {
			return py.Value{}, err
		}
		nfields++
	}
	if nfields > 0 && rec.Len() == 0 {
		// A single empty field would read back as an empty line.
		if d.quoting == quoteNone || null && (d.quoting == quoteStrings || d.quoting == quoteNotnull) {
			return py.Value{}, csvError("single empty field record must be quoted")
		}
		if err := w.appendField(&rec, 0, nil, true, true); err != nil {
			return py.Value{}, err
		}
	}
	lt, _ := py.AsStr(d.lineterminator)
	rec.WriteString(lt)
	return py.Call(t, w.write, py.NewStr(rec.String()))
}

func writerMethods() []*py.MethodDef {
	return []*py.MethodDef{
		py.FuncO("writerow", func(t *py.Thread, self, row py.Value) (py.Value, *py.Exception) {
			return writerOf(self).writeRow(t, row)
		}),
		py.FuncO("writerows", func(t *py.Thread, self, rows py.Value) (py.Value, *py.Exception) {
			it, err := py.Iter(t, rows)
			if err != nil {
				return py.Value{}, err
			}
			for {
				row, err := py.Next(t, it)
				if err != nil {
					return py.Value{}, err
				}
				if row.IsNil() {
					return py.None(), nil
				}
				if _, err := writerOf(self).writeRow(t, row); err != nil {
					return py.Value{}, err
				}
			}
		}),
		py.GetSetDef("dialect", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			return writerOf(self).diaValue, nil
		}, nil),
	}
}

// fieldSizeLimit is field_size_limit(new_limit=<not given>).
func fieldSizeLimit(t *py.Thread, self py.Value, args []py.Value, kwnames *py.Tuple) (py.Value, *py.Exception) {
	pos, kw := splitCall(args, kwnames)
	var limit py.Value
	switch {
	case len(pos)+len(kw) > 1:
		return py.Value{}, py.Errorf(py.TypeError(), "field_size_limit() takes at most 1 argument (%d given)", len(pos)+len(kw))
	case len(pos) == 1:
		limit = pos[0]
	case len(kw) == 1:
		if name, _ := py.AsStr(kwnames.Items()[0]); name != "new_limit" {
			return py.Value{}, py.Errorf(py.TypeError(), "field_size_limit() got an unexpected keyword argument '%s'", name)
		}
		limit = kw[0]
	}
	st := moduleState(self)
	old := st.limit
	if !limit.IsNil() {
		if limit.Type() != py.IntType() {
			return py.Value{}, py.Errorf(py.TypeError(), "limit must be an integer")
		}
		n, err := py.IndexInt(t, limit, py.OverflowError())
		if err != nil {
			return py.Value{}, py.Errorf(py.OverflowError(), "Python int too large to convert to C ssize_t")
		}
		st.limit = n
	}
	return py.Int(old), nil
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
