package py

import (
	"slices"
	"strconv"
	"strings"
	"sync"
	"unsafe"
)

// This file is the API native modules are written against (the packages under
// modules/): a ModuleDef describes a module, Func and its siblings describe its
// functions with CPython's argument rules, and an Interp installs the modules its
// Config lists.

// ModuleDef describes a native module. It is immutable once made and shared by
// every interpreter that installs it; each interpreter builds its own module object
// from it on first import.
type ModuleDef struct {
	// Name is the module's full name ("time", "os.path").
	Name string
	// Doc is the module's docstring ("" for None).
	Doc string
	// Methods are the module-level functions (see Func, FuncO, FuncNoArgs).
	Methods []*MethodDef
	// Exec fills in the rest of a fresh module after its functions are set: constants,
	// types, exception classes, per-interpreter state (Module.SetState). Nil when
	// there is nothing more to do.
	Exec func(t *Thread, m *Module) *Exception
}

// load builds a fresh module object from def for the thread's interpreter, as
// importlib loads a multi-phase extension module: made with its functions, put in
// sys.modules, then Exec run (so that a module it imports may import it back and
// find it partly initialised, as os and posixpath do); removed again if Exec fails.
func (def *ModuleDef) load(t *Thread, name string, spec Value) (Value, *Exception) {
	v := NewModule(def.Name)
	m := (*Module)(v.p)
	if def.Doc != "" {
		m.dict.SetStr("__doc__", NewStr(def.Doc))
	}
	for _, md := range def.Methods {
		m.dict.SetStr(md.Name, NewBuiltin(md, v, def.Name))
	}
	setNativeAttrs(v, name, spec)
	in := t.interp
	in.modules.SetStr(name, v)
	if def.Exec != nil {
		if err := def.Exec(t, m); err != nil {
			if cur, ok := in.modules.GetStr(name); ok && cur.Is(v) {
				in.modules.DelItem(t, NewStr(name))
			}
			return Value{}, err
		}
	}
	if cur, ok := in.modules.GetStr(name); ok {
		return cur, nil // Exec may have replaced itself in sys.modules
	}
	return v, nil
}

// builtinModuleNames is sys.builtin_module_names: the native modules this
// interpreter can import (top-level names), sorted.
func (in *Interp) builtinModuleNames() Value {
	set := map[string]bool{"sys": true, "builtins": true}
	for n := range builtinModules {
		set[n] = true
	}
	for n := range in.moduleDefs {
		set[n] = true
	}
	var names []string
	for n := range set {
		if !strings.Contains(n, ".") {
			names = append(names, n)
		}
	}
	slices.Sort(names)
	vals := make([]Value, len(names))
	for i, n := range names {
		vals[i] = NewStr(n)
	}
	return NewTuple(vals...)
}

// Value returns the module as a Python object.
func (m *Module) Value() Value { return Value{p: unsafe.Pointer(m)} }

// Dict returns the module's namespace.
func (m *Module) Dict() *Dict { return m.dict }

// Set sets the module attribute name to v.
func (m *Module) Set(name string, v Value) { m.dict.SetStr(name, v) }

// SetLazy adds an attribute that make builds on first use (a big table few
// programs read), so that importing the module does not pay for it.
func (m *Module) SetLazy(name string, make func(t *Thread) Value) { m.setLazy(name, make) }

// State returns the Go value a native module keeps per interpreter (SetState).
func (m *Module) State() any { return m.state }

// SetState records the module's per-interpreter Go state.
func (m *Module) SetState(s any) { m.state = s }

// ModuleOf returns the module object v is, or nil if v is not a module.
func ModuleOf(v Value) *Module {
	if v.IsNil() || !v.Type().IsSubtype(moduleType) {
		return nil
	}
	return (*Module)(v.p)
}

// Signature is a builtin's parameter list, parsed once from the text form
// inspect.signature prints ("path, /, mode=511, *, dir_fd=None").
type Signature struct {
	fname    string   // the name messages give the function ("stat")
	names    []string // the named parameters, in order
	defaults []Value  // per named parameter: its literal default, or zero
	posOnly  int      // names[:posOnly] are positional-only
	kwOnly   int      // names[kwOnly:] are keyword-only
	required int      // the positional parameters without a default
	kwReq    []bool   // keyword-only parameters without a default
	varArgs  bool     // *args: extra positional arguments, as a tuple
	varKw    bool     // **kwargs: extra keyword arguments, as a dict
	text     string
}

// ParseSignature parses sig for a function called name; it panics on a malformed
// signature, which is a programming error in the module that declares it.
func ParseSignature(name, sig string) *Signature {
	s := &Signature{fname: name, kwOnly: -1, text: sig}
	seenDefault := false
	for _, p := range splitParams(sig) {
		switch {
		case p == "/":
			s.posOnly = len(s.names)
		case p == "*":
			s.kwOnly = len(s.names)
		case strings.HasPrefix(p, "**"):
			s.varKw = true
		case strings.HasPrefix(p, "*"):
			s.varArgs = true
			s.kwOnly = len(s.names)
		default:
			name, def, hasDef := strings.Cut(p, "=")
			name = strings.TrimSpace(name)
			if name == "" || strings.ContainsAny(name, " */") {
				panic("py: bad signature for " + s.fname + ": " + sig)
			}
			var dv Value
			if hasDef {
				dv = literalDefault(strings.TrimSpace(def))
			}
			s.names = append(s.names, name)
			s.defaults = append(s.defaults, dv)
			if s.kwOnly >= 0 {
				s.kwReq = append(s.kwReq, !hasDef)
			} else if hasDef {
				seenDefault = true
			} else if seenDefault {
				panic("py: non-default parameter after a default in " + s.fname + ": " + sig)
			} else {
				s.required++
			}
		}
	}
	if s.kwOnly < 0 {
		s.kwOnly = len(s.names)
	}
	return s
}

// splitParams splits a signature at its top-level commas.
func splitParams(sig string) []string {
	var out []string
	depth, quote, start := 0, byte(0), 0
	for i := 0; i < len(sig); i++ {
		c := sig[i]
		switch {
		case quote != 0:
			if c == '\\' {
				i++
			} else if c == quote {
				quote = 0
			}
		case c == '\'' || c == '"':
			quote = c
		case c == '(' || c == '[' || c == '{':
			depth++
		case c == ')' || c == ']' || c == '}':
			depth--
		case c == ',' && depth == 0:
			out = append(out, strings.TrimSpace(sig[start:i]))
			start = i + 1
		}
	}
	if last := strings.TrimSpace(sig[start:]); last != "" {
		out = append(out, last)
	}
	return out
}

// literalDefault is the value of a default written as a simple literal (None,
// True, False, an int, a float or a quoted str); zero for anything else, which
// the function then supplies itself.
func literalDefault(s string) Value {
	switch s {
	case "None":
		return pyNone
	case "True":
		return pyTrue
	case "False":
		return pyFalse
	}
	if n, err := strconv.ParseInt(s, 0, 64); err == nil {
		return Int(n)
	}
	if f, err := strconv.ParseFloat(s, 64); err == nil {
		return Float(f)
	}
	if len(s) >= 2 && (s[0] == '\'' || s[0] == '"') && s[len(s)-1] == s[0] {
		if u, err := strconv.Unquote(`"` + strings.ReplaceAll(s[1:len(s)-1], `"`, `\"`) + `"`); err == nil {
			return NewStr(u)
		}
	}
	return Value{}
}

// Slots is the number of values Bind fills: the named parameters, then a tuple for
// *args and a dict for **kwargs when the signature has them.
func (s *Signature) Slots() int {
	n := len(s.names)
	if s.varArgs {
		n++
	}
	if s.varKw {
		n++
	}
	return n
}

// Text is the signature as written.
func (s *Signature) Text() string { return s.text }

// Bind binds a call's arguments (positional ones, then the values of the keywords
// kwnames names) to the parameters, with the messages of CPython's Argument Clinic.
// out[i] is parameter i's value: the argument, else its literal default, else the
// zero Value. After the named parameters come the *args tuple and the **kwargs
// dict, if the signature has them.
func (s *Signature) Bind(args []Value, kwnames *Tuple, out []Value) *Exception {
	nkw := kwLen(kwnames)
	npos := len(args) - nkw
	nNamed := len(s.names)
	if nkw == 0 && !s.varKw && !s.varArgs && npos >= s.required && npos <= s.kwOnly && !s.anyKwReq() {
		copy(out, args) // the fast path: positional arguments only
		for i := npos; i < nNamed; i++ {
			out[i] = s.defaults[i]
		}
		return nil
	}
	fn := s.fname + "()"
	if s.posOnly == nNamed && !s.varKw {
		// Positional-only parameters throughout: _PyArg_CheckPositional's messages.
		if nkw > 0 {
			return typeErrorf("%s takes no keyword arguments", fn)
		}
		maxN := nNamed
		if s.varArgs {
			maxN = -1
		}
		if err := checkArgs(s.fname, args, s.required, maxN); err != nil {
			return err
		}
	}
	maxPos := s.kwOnly
	maxArgs := nNamed
	if !s.varArgs && !s.varKw && npos+nkw > maxArgs {
		kwWord := ""
		if npos == 0 {
			kwWord = "keyword "
		}
		return typeErrorf("%s takes at most %d %sargument%s (%d given)", fn, maxArgs, kwWord, plural(maxArgs, "", "s"), npos+nkw)
	}
	if !s.varArgs && npos > maxPos {
		if maxPos == 0 {
			return typeErrorf("%s takes no positional arguments", fn)
		}
		word := "exactly"
		if s.required < maxPos {
			word = "at most"
		}
		return typeErrorf("%s takes %s %d positional argument%s (%d given)", fn, word, maxPos, plural(maxPos, "", "s"), npos)
	}
	if minPosOnly := min(s.posOnly, s.required); npos < minPosOnly {
		word := "exactly"
		if minPosOnly < maxPos || s.varArgs {
			word = "at least"
		}
		return typeErrorf("%s takes %s %d positional argument%s (%d given)", fn, word, minPosOnly, plural(minPosOnly, "", "s"), npos)
	}
	for i := range out[:nNamed] {
		out[i] = Value{}
	}
	nbound := min(npos, maxPos)
	copy(out, args[:nbound])
	if s.varArgs {
		out[nNamed] = NewTuple(append([]Value(nil), args[nbound:npos]...)...)
	}
	var extra *Dict
	if s.varKw {
		extra = NewDict()
		idx := nNamed
		if s.varArgs {
			idx++
		}
		out[idx] = extra.Value()
	}
	// Keyword arguments fill the parameters after the positional ones; a required
	// one still missing is reported before any stray keyword, as CPython does.
	kwValue := func(name string) (Value, bool) {
		for j := 0; j < nkw; j++ {
			if kwnames.items[j].str().s == name {
				return args[npos+j], true
			}
		}
		return Value{}, false
	}
	used := 0
	for i := max(nbound, s.posOnly); i < nNamed; i++ {
		if v, ok := kwValue(s.names[i]); ok {
			out[i] = v
			used++
			continue
		}
		if i < s.required || i >= s.kwOnly && s.kwReq[i-s.kwOnly] {
			return typeErrorf("%s missing required argument '%s' (pos %d)", fn, s.names[i], i+1)
		}
		out[i] = s.defaults[i]
	}
	for i := nbound; i < s.posOnly; i++ {
		out[i] = s.defaults[i]
	}
	if used == nkw {
		return nil
	}
	for i := s.posOnly; i < nbound; i++ {
		if _, ok := kwValue(s.names[i]); ok {
			return typeErrorf("argument for %s given by name ('%s') and position (%d)", fn, s.names[i], i+1)
		}
	}
	var posOnlyAsKw []string
	for j := 0; j < nkw; j++ {
		k := kwnames.items[j].str().s
		switch i := s.index(k); {
		case i >= s.posOnly:
		case extra != nil:
			extra.SetStr(k, args[npos+j])
		case i >= 0:
			posOnlyAsKw = append(posOnlyAsKw, k)
		default:
			return typeErrorf("%s got an unexpected keyword argument '%s'", fn, k)
		}
	}
	if posOnlyAsKw != nil {
		return typeErrorf("%s got some positional-only arguments passed as keyword arguments: '%s'", fn, strings.Join(posOnlyAsKw, ", "))
	}
	return nil
}

func (s *Signature) anyKwReq() bool {
	for _, r := range s.kwReq {
		if r {
			return true
		}
	}
	return false
}

func (s *Signature) index(name string) int {
	for i, n := range s.names {
		if n == name {
			return i
		}
	}
	return -1
}

// Func makes a module function (or a method: self is the receiver) whose arguments
// are bound by the signature sig (see Signature.Bind) before fn runs. name is the
// function's __name__, or a dotted name ("math.gcd") when CPython's messages give
// the function that way; __name__ is then its last part.
func Func(name, sig string, fn func(t *Thread, self Value, args []Value) (Value, *Exception)) *MethodDef {
	// The signature is parsed on the first call, not when the module's package
	// initialises: a program pays only for the functions it calls (start-up).
	// TestModuleSignatures parses every module's signatures up front.
	l := &lazySig{name: name, text: sig}
	return &MethodDef{Name: name[indexDot(name):], Sig: sig, Fn: func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *Exception) {
		s := l.get()
		n := s.Slots()
		var buf [8]Value
		out := buf[:0]
		if n <= len(buf) {
			out = buf[:n]
		} else {
			out = make([]Value, n)
		}
		if err := s.Bind(args, kwnames, out); err != nil {
			return Value{}, err
		}
		return fn(t, self, out)
	}}
}

// lazySig is a signature parsed on first use.
type lazySig struct {
	once       sync.Once
	sig        *Signature
	name, text string
}

func (l *lazySig) get() *Signature {
	l.once.Do(func() { l.sig = ParseSignature(l.name, l.text) })
	return l.sig
}

// FuncO makes a function of exactly one positional argument (CPython's METH_O:
// "time.sleep() takes exactly one argument (2 given)"); qualname is the name its
// messages give ("time.sleep"), and its last part the __name__.
func FuncO(qualname string, fn func(t *Thread, self, arg Value) (Value, *Exception)) *MethodDef {
	return methO(qualname, fn)
}

// FuncNoArgs makes a function without arguments (METH_NOARGS: "posix.getcwd() takes
// no arguments (1 given)").
func FuncNoArgs(qualname string, fn func(t *Thread, self Value) (Value, *Exception)) *MethodDef {
	return methNoArgs(qualname, fn)
}

// FuncVar makes a function of min to max positional arguments (max < 0: any) with
// PyArg_ParseTuple's messages ("strftime() takes at least 1 argument (0 given)",
// "kill() takes exactly 2 arguments (1 given)") and no keyword arguments.
func FuncVar(name string, minN, maxN int, fn func(t *Thread, self Value, args []Value) (Value, *Exception)) *MethodDef {
	return &MethodDef{Name: name, Fn: func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *Exception) {
		if err := noKwargs(name, kwnames); err != nil {
			return Value{}, err
		}
		n := len(args)
		if n < minN || maxN >= 0 && n > maxN {
			word, want := "exactly", minN
			switch {
			case minN == maxN:
			case n < minN:
				word = "at least"
			default:
				word, want = "at most", maxN
			}
			return Value{}, typeErrorf("%s() takes %s %d argument%s (%d given)", name, word, want, plural(want, "", "s"), n)
		}
		return fn(t, self, args)
	}}
}

// GetSetDef makes a computed attribute (getset_descriptor) for a type's method list;
// set may be nil for a read-only attribute (its val is zero on delete).
func GetSetDef(name string, get func(t *Thread, self Value) (Value, *Exception), set func(t *Thread, self, val Value) *Exception) *MethodDef {
	return getset(name, get, set)
}

// ClassConst makes a plain class attribute for a type's method list (a native
// type's constant, as blake2b.SALT_SIZE); v must be immutable, since native types
// are shared by every interpreter.
func ClassConst(name string, v Value) *MethodDef { return &MethodDef{Name: name, value: v} }

// Import imports the module with the absolute dotted name (importlib.import_module
// without a package) and returns it, not its top-level package: the way one native
// module uses another (os uses posix and posixpath).
func Import(t *Thread, name string) (Value, *Exception) { return t.importFull(name, "", 0) }

// PyFunc is Func for the functions CPython writes in Python (os.makedirs,
// os.getenv, posixpath's…): the same binding, with a Python function's TypeError
// texts ("getenv() missing 1 required positional argument: 'key'", "takes from 1
// to 2 positional arguments but 3 were given").
func PyFunc(name, sig string, fn func(t *Thread, self Value, args []Value) (Value, *Exception)) *MethodDef {
	s := ParseSignature(name, sig)
	n := s.Slots()
	return &MethodDef{Name: name, Fn: func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *Exception) {
		out := make([]Value, n)
		if err := s.bindPy(args, kwnames, out); err != nil {
			return Value{}, err
		}
		return fn(t, self, out)
	}}
}

// bindPy is Bind with the messages of a Python function's call (thread.go).
func (s *Signature) bindPy(args []Value, kwnames *Tuple, out []Value) *Exception {
	nkw := kwLen(kwnames)
	npos := len(args) - nkw
	nNamed := len(s.names)
	fn := s.fname
	if npos > s.kwOnly && !s.varArgs {
		kwGiven := 0
		for j := 0; j < nkw; j++ {
			if i := s.index(kwnames.items[j].str().s); i >= s.kwOnly {
				kwGiven++
			}
		}
		var takes string
		if s.required < s.kwOnly {
			takes = "from " + itoa(s.required) + " to " + itoa(s.kwOnly) + " positional arguments"
		} else {
			takes = itoa(s.kwOnly) + " positional argument" + plural(s.kwOnly, "", "s")
		}
		given := itoa(npos)
		if kwGiven > 0 {
			given += " positional argument" + plural(npos, "", "s") + " (and " + itoa(kwGiven) + " keyword-only argument" + plural(kwGiven, "", "s") + ")"
		}
		was := " were"
		if npos == 1 && kwGiven == 0 {
			was = " was"
		}
		return typeErrorf("%s() takes %s but %s%s given", fn, takes, given, was)
	}
	for i := range out {
		out[i] = Value{}
	}
	nbound := min(npos, s.kwOnly)
	copy(out, args[:nbound])
	extraIdx := nNamed
	if s.varArgs {
		out[extraIdx] = NewTuple(append([]Value(nil), args[nbound:npos]...)...)
		extraIdx++
	}
	var extra *Dict
	if s.varKw {
		extra = NewDict()
		out[extraIdx] = extra.Value()
	}
	var posOnlyAsKw []string
	for j := 0; j < nkw; j++ {
		k := kwnames.items[j].str().s
		i := s.index(k)
		switch {
		case i >= s.posOnly:
			if !out[i].IsNil() {
				return typeErrorf("%s() got multiple values for argument '%s'", fn, k)
			}
			out[i] = args[npos+j]
		case extra != nil:
			extra.SetStr(k, args[npos+j])
		case i >= 0:
			posOnlyAsKw = append(posOnlyAsKw, k)
		default:
			return typeErrorf("%s() got an unexpected keyword argument '%s'", fn, k)
		}
	}
	if posOnlyAsKw != nil {
		return typeErrorf("%s() got some positional-only arguments passed as keyword arguments: '%s'", fn, strings.Join(posOnlyAsKw, ", "))
	}
	var missing []string
	for i := 0; i < s.kwOnly; i++ {
		if out[i].IsNil() {
			if i < s.required {
				missing = append(missing, s.names[i])
			} else {
				out[i] = s.defaults[i]
			}
		}
	}
	if missing != nil {
		return missingNames(fn, missing, "positional")
	}
	for i := s.kwOnly; i < nNamed; i++ {
		if out[i].IsNil() {
			if s.kwReq[i-s.kwOnly] {
				missing = append(missing, s.names[i])
			} else {
				out[i] = s.defaults[i]
			}
		}
	}
	if missing != nil {
		return missingNames(fn, missing, "keyword-only")
	}
	return nil
}

// missingNames is the TypeError of a Python function's call that lacks required
// arguments: "f() missing 2 required positional arguments: 'a' and 'b'".
func missingNames(fn string, names []string, kind string) *Exception {
	var list string
	switch len(names) {
	case 1:
		list = "'" + names[0] + "'"
	case 2:
		list = "'" + names[0] + "' and '" + names[1] + "'"
	default:
		for i, n := range names {
			if i == len(names)-1 {
				list += "and '" + n + "'"
			} else {
				list += "'" + n + "', "
			}
		}
	}
	return typeErrorf("%s() missing %d required %s argument%s: %s", fn, len(names), kind, plural(len(names), "", "s"), list)
}

// EnterRecursiveCall counts one level of native recursion (CPython's
// Py_EnterRecursiveCall): a module that walks nested data itself (json's
// scanner and encoder) calls it per level, and gets RecursionError, "maximum
// recursion depth exceeded" followed by what, past the limit. Each successful
// call is paired with LeaveRecursiveCall.
func (t *Thread) EnterRecursiveCall(what string) *Exception { return t.enterC(what) }

// LeaveRecursiveCall undoes EnterRecursiveCall.
func (t *Thread) LeaveRecursiveCall() { t.leaveC() }

// BuiltinDef returns the MethodDef behind a builtin function object, or nil when
// v is not one: how a native module recognises its own functions passed back to
// it (json's encoder spots its own string encoders and calls them directly).
func BuiltinDef(v Value) *MethodDef {
	if v.IsNil() || v.Type() != builtinType {
		return nil
	}
	return (*builtin)(v.p).def
}

// IntRepr is int.__repr__ for an int or an instance of a subclass of int,
// whatever the subclass's own __repr__ (sys.get_int_max_str_digits applies).
func IntRepr(t *Thread, v Value) (Value, *Exception) { return intRepr(t, v) }

// FloatValue returns the value of a float or of an instance of a subclass of
// float, without calling __float__; ok is false for any other object.
func FloatValue(v Value) (f float64, ok bool) {
	if v.IsNil() || (v.p != unsafe.Pointer(floatTag) && v.Type().layout != floatType) {
		return 0, false
	}
	return floatOf(v), true
}

// AsException returns the exception behind an instance of BaseException (or of
// a subclass), to be returned as a native function's error; nil otherwise.
func AsException(v Value) *Exception {
	if v.IsNil() || !v.Type().IsSubtype(baseException) {
		return nil
	}
	return v.exc()
}
