package py

// MethodFunc is the Go signature of builtin methods and functions: self is the
// receiver (the module for module-level functions), args the positional arguments
// followed by the keyword values named by kwnames (nil when there are none).
type MethodFunc func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *Exception)

// MethodDef describes a builtin method of a type or a function of a module.
type MethodDef struct {
	Name   string
	Fn     MethodFunc
	Doc    string
	Class  bool // a classmethod (self is the class)
	Static bool
	// Sig is the parameter list of a function made by Func, in inspect's text form.
	Sig string

	getsetGet func(t *Thread, self Value) (Value, *Exception) // a computed attribute instead of a method
	getsetSet func(t *Thread, self, val Value) *Exception
	member    *member // a member descriptor (a struct sequence's field) instead of a method
	value     Value   // a plain class attribute instead of a method
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// noKwargs rejects keyword arguments as CPython's _PyArg_NoKeywords/NoKwnames do.
func noKwargs(name string, kwnames *Tuple) *Exception {
	if kwnames != nil && len(kwnames.items) > 0 {
		return typeErrorf("%s() takes no keyword arguments", name)
	}
	return nil
}

// methO makes a one-argument method (METH_O): "NAME() takes exactly one argument (N given)".
func methO(name string, f func(t *Thread, self, arg Value) (Value, *Exception)) *MethodDef {
	return &MethodDef{Name: name[indexDot(name):], Fn: func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exception) {
		if err := noKwargs(name, kw); err != nil {
			return Value{}, err
		}
		if len(args) != 1 {
			return Value{}, typeErrorf("%s() takes exactly one argument (%d given)", name, len(args))
		}
		return f(t, self, args[0])
	}}
}

// methNoArgs makes a method without arguments (METH_NOARGS).
func methNoArgs(name string, f func(t *Thread, self Value) (Value, *Exception)) *MethodDef {
	return &MethodDef{Name: name[indexDot(name):], Fn: func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exception) {
		if err := noKwargs(name, kw); err != nil {
			return Value{}, err
		}
		if len(args) != 0 {
			return Value{}, typeErrorf("%s() takes no arguments (%d given)", name, len(args))
		}
		return f(t, self)
	}}
}

// methN makes a positional-only method taking min..max arguments, with Argument
// Clinic's messages ("pop expected at most 1 argument, got 2").
func methN(name string, minN, maxN int, f func(t *Thread, self Value, args []Value) (Value, *Exception)) *MethodDef {
	short := name[indexDot(name):]
	return &MethodDef{Name: short, Fn: func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exception) {
		if err := noKwargs(name, kw); err != nil {
			return Value{}, err
		}
		if err := checkArgs(short, args, minN, maxN); err != nil {
			return Value{}, err
		}
		return f(t, self, args)
	}}
}

func indexDot(name string) int {
	for i := len(name) - 1; i >= 0; i-- {
		if name[i] == '.' {
			return i + 1
		}
	}
	return 0
}

// checkArgs is _PyArg_CheckPositional.
func checkArgs(name string, args []Value, minN, maxN int) *Exception {
	n := len(args)
	if n < minN {
		if minN == maxN {
			return typeErrorf("%s expected %d argument%s, got %d", name, minN, plural(minN, "", "s"), n)
		}
		return typeErrorf("%s expected at least %d argument%s, got %d", name, minN, plural(minN, "", "s"), n)
	}
	if maxN >= 0 && n > maxN {
		if minN == maxN {
			return typeErrorf("%s expected %d argument%s, got %d", name, maxN, plural(maxN, "", "s"), n)
		}
		return typeErrorf("%s expected at most %d argument%s, got %d", name, maxN, plural(maxN, "", "s"), n)
	}
	return nil
}

// parseArgs binds positional and keyword arguments to names (Argument Clinic style):
// names[:posOnly] are positional-only, names[kwOnly:] keyword-only (kwOnly < 0: none),
// the first required ones must be given. Missing optional ones stay zero Values.
func parseArgs(fname string, args []Value, kwnames *Tuple, names []string, posOnly, required, kwOnly int, out []Value) *Exception {
	npos := len(args)
	var kwv []Value
	if kwnames != nil {
		npos -= len(kwnames.items)
		kwv = args[npos:]
	}
	maxPos := len(names)
	if kwOnly >= 0 {
		maxPos = kwOnly
	}
	if npos > maxPos {
		if maxPos == required || kwOnly >= 0 && required >= maxPos {
			return typeErrorf("%s() takes exactly %d positional argument%s (%d given)", fname, maxPos, plural(maxPos, "", "s"), npos)
		}
		return typeErrorf("%s() takes at most %d argument%s (%d given)", fname, maxPos, plural(maxPos, "", "s"), npos)
	}
	for i := range out {
		out[i] = Value{}
	}
	copy(out, args[:npos])
	if kwnames != nil {
	kw:
		for j, kn := range kwnames.items {
			k := kn.str().s
			for i, n := range names {
				if n == k && i >= posOnly {
					if !out[i].IsNil() {
						return typeErrorf("argument for %s() given by name ('%s') and position (%d)", fname, k, i+1)
					}
					out[i] = kwv[j]
					continue kw
				}
			}
			return typeErrorf("%s() got an unexpected keyword argument '%s'", fname, k)
		}
	}
	for i := 0; i < required; i++ {
		if out[i].IsNil() {
			return typeErrorf("%s() missing required argument '%s' (pos %d)", fname, names[i], i+1)
		}
	}
	return nil
}

// kwLen is the number of keyword arguments in a vectorcall-style argument list.
func kwLen(kwnames *Tuple) int {
	if kwnames == nil {
		return 0
	}
	return len(kwnames.items)
}
