package py

import (
	"strings"
	"sync"
	"unsafe"
)

// Struct sequences (sys.version_info, time.struct_time, os.stat_result, …): tuple
// subclasses whose items are also named, read-only attributes, as CPython's
// Objects/structseq.c. The first NSequence fields are the tuple's items; the rest
// are attributes only (struct_time's tm_zone and tm_gmtoff). A visible field may be
// unnamed (UnnamedField: stat_result's integer times), reachable by index only.

// UnnamedField is the name of a visible field that has no attribute, as CPython's
// PyStructSequence_UnnamedField.
const UnnamedField = "unnamed field"

// StructSeqDef describes a struct sequence type for NewStructSeqType.
type StructSeqDef struct {
	// Name is "module.name" (the module part becomes __module__).
	Name string
	Doc  string
	// Fields are the field names in order (UnnamedField for a visible field without
	// a name); Docs, if not nil, their docstrings (the member descriptors' __doc__).
	Fields []string
	Docs   []string
	// NSequence is how many fields (the first ones) are the tuple's items; 0 means
	// all of them.
	NSequence int
	// NoNew refuses instantiation from Python ("cannot create 'sys.flags'
	// instances"), as sys's struct sequences do.
	NoNew bool
	// New, if not nil, is the type's __new__ in place of StructSeqNew, which it may
	// call and then complete the fields (os.stat_result fills its float times from
	// the integer ones).
	New func(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, *Exception)
}

// structSeqInfo is what a struct sequence type knows about its fields.
type structSeqInfo struct {
	fields   []string // every field, in order
	named    []int    // the indices of the named fields, in order (tp_members)
	nseq     int      // the visible fields
	nunnamed int
}

// structSeq is the layout of a struct sequence: a tuple of the visible fields,
// followed in the same array by the hidden ones.
type structSeq struct {
	Tuple
	all []Value // every field; Tuple.items is all[:nseq:nseq]
}

// NewStructSeqType makes a struct sequence type (PyStructSequence_NewType). It is
// meant for package initialisation: the type is shared by every interpreter.
// Instances are made by NewStructSeq, or from Python as T(sequence, dict=None).
func NewStructSeqType(def *StructSeqDef) *Type {
	info := &structSeqInfo{fields: def.Fields, nseq: def.NSequence}
	if info.nseq == 0 {
		info.nseq = len(def.Fields)
	}
	if info.nseq > len(def.Fields) {
		panic("py: NSequence beyond the fields of " + def.Name)
	}
	for i, f := range def.Fields {
		if f == UnnamedField {
			if i >= info.nseq {
				panic("py: a hidden unnamed field in " + def.Name)
			}
			info.nunnamed++
			continue
		}
		info.named = append(info.named, i)
	}
	typ := newType(def.Name, tupleType, nil)
	typ.doc = def.Doc
	typ.native = true
	typ.basetype = false
	if typ.natx == nil {
		typ.natx = &nativeExt{}
	}
	typ.natx.structSeq = info
	typ.repr = structSeqRepr
	if !def.NoNew {
		typ.new = StructSeqNew
		if def.New != nil {
			typ.new = def.New
		}
	}
	typ.readyLazy(func() []*MethodDef { return structSeqMethods(typ, def.Docs) })
	if def.NoNew {
		typ.new = nil
	}
	return typ
}

// structSeqMethods are a struct sequence type's dict entries: the fields' member
// descriptors, __reduce__, __replace__, __match_args__ and the field counts.
func structSeqMethods(typ *Type, docs []string) []*MethodDef {
	info := typ.seqInfo()
	defs := []*MethodDef{structSeqReduce, structSeqReplace}
	var match []Value
	for _, i := range info.named {
		doc := ""
		if i < len(docs) {
			doc = docs[i]
		}
		defs = append(defs, &MethodDef{Name: info.fields[i], member: &member{Header: Header{typ: memberType}, name: info.fields[i], owner: typ, index: i, seq: true, doc: doc}})
		if i < info.nseq {
			match = append(match, NewStr(info.fields[i]))
		}
	}
	defs = append(defs,
		&MethodDef{Name: "__match_args__", value: NewTuple(match...)},
		&MethodDef{Name: "n_sequence_fields", value: Int(int64(info.nseq))},
		&MethodDef{Name: "n_fields", value: Int(int64(len(info.fields)))},
		&MethodDef{Name: "n_unnamed_fields", value: Int(int64(info.nunnamed))})
	return defs
}

// NewStructSeq makes an instance of the struct sequence type typ from the values of
// its fields, in order (missing trailing ones are None). It panics if typ is not a
// struct sequence type or there are too many values: both are programming errors.
func NewStructSeq(typ *Type, values ...Value) Value {
	info := typ.seqInfo()
	if info == nil || len(values) > len(info.fields) {
		panic("py: NewStructSeq: bad type or field count for " + typ.Name)
	}
	all := make([]Value, len(info.fields))
	copy(all, values)
	for i := len(values); i < len(all); i++ {
		all[i] = pyNone
	}
	return newStructSeqObj(typ, all)
}

func newStructSeqObj(typ *Type, all []Value) Value {
	n := typ.seqInfo().nseq
	o := &structSeq{Tuple: Tuple{Header: Header{typ: typ}, items: all[:n:n]}, all: all}
	return Value{p: unsafe.Pointer(o)}
}

// StructSeqFields returns every field of a struct sequence (visible and hidden), in
// order; ok is false if v is not a struct sequence. The slice is the object's own:
// a type's __new__ may fill fields in it before the object is shared, as
// os.stat_result's fills the float times from the integer ones.
func StructSeqFields(v Value) (fields []Value, ok bool) {
	if v.IsNil() || v.Type().seqInfo() == nil {
		return nil, false
	}
	return (*structSeq)(v.p).all, true
}

// StructSeqNew is a struct sequence type's __new__, T(sequence, dict=None): the
// visible fields from the sequence, which may also give some hidden ones, and the
// remaining hidden ones from dict by name (None when absent). A type that needs
// more wraps it in its own New.
func StructSeqNew(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, *Exception) {
	var a [2]Value
	if err := structSeqNewSig.Bind(args, kwnames, a[:]); err != nil {
		return Value{}, err
	}
	info := typ.seqInfo()
	for b := typ; info == nil && b != nil; b = b.base {
		info = b.seqInfo()
	}
	if info == nil {
		return Value{}, typeErrorf("%s is not a struct sequence type", typ.fullName())
	}
	items, err := ToSlice(t, a[0])
	if err != nil {
		if err.Type().IsSubtype(typeError) {
			return Value{}, typeErrorf("constructor requires a sequence")
		}
		return Value{}, err
	}
	var dict *Dict
	if !a[1].IsNil() {
		if !a[1].Type().IsSubtype(dictType) {
			return Value{}, typeErrorf("%s() takes a dict as second arg, if any", typ.fullName())
		}
		dict = a[1].dictObj()
	}
	n, minN, maxN := len(items), info.nseq, len(info.fields)
	switch {
	case minN == maxN && n != minN:
		return Value{}, typeErrorf("%s() takes a %d-sequence (%d-sequence given)", typ.fullName(), minN, n)
	case n < minN:
		return Value{}, typeErrorf("%s() takes an at least %d-sequence (%d-sequence given)", typ.fullName(), minN, n)
	case n > maxN:
		return Value{}, typeErrorf("%s() takes an at most %d-sequence (%d-sequence given)", typ.fullName(), maxN, n)
	}
	all := make([]Value, maxN)
	copy(all, items)
	found := 0
	for i := n; i < maxN; i++ {
		all[i] = pyNone
		if dict != nil {
			if v, ok := dict.GetStr(info.fields[i]); ok {
				all[i] = v
				found++
			}
		}
	}
	if dict != nil && dict.Len() > found {
		return Value{}, typeErrorf("%s() got duplicate or unexpected field name(s)", typ.fullName())
	}
	return newStructSeqObj(typ, all), nil
}

var structSeqNewSig = ParseSignature("structseq", "sequence, dict={}")

// structSeqRepr is "name(field=value, …)" over the visible fields; as in CPython,
// the i-th visible field is labelled with the i-th named field's name.
func structSeqRepr(t *Thread, v Value) (Value, *Exception) {
	typ := v.Type()
	info := typ.seqInfo()
	items, _ := v.tupleItems()
	var b strings.Builder
	b.WriteString(typ.fullName())
	b.WriteByte('(')
	for i, x := range items {
		if i > 0 {
			b.WriteString(", ")
		}
		r, err := Repr(t, x)
		if err != nil {
			return Value{}, err
		}
		b.WriteString(info.fields[info.named[i]])
		b.WriteByte('=')
		b.WriteString(r)
	}
	b.WriteByte(')')
	return NewStr(b.String()), nil
}

var structSeqReduce = methNoArgs("__reduce__", func(t *Thread, self Value) (Value, *Exception) {
	info := self.Type().seqInfo()
	all := (*structSeq)(self.p).all
	d := NewDict()
	for i := info.nseq; i < len(all); i++ {
		d.SetStr(info.fields[i], all[i])
	}
	vis := append([]Value(nil), all[:info.nseq]...)
	return NewTuple(TypeValue(self.Type()), NewTuple(NewTuple(vis...), d.Value())), nil
})

var structSeqReplace = &MethodDef{Name: "__replace__", Fn: func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *Exception) {
	nkw := kwLen(kwnames)
	if len(args) > nkw {
		return Value{}, typeErrorf("__replace__() takes no positional arguments")
	}
	typ := self.Type()
	info := typ.seqInfo()
	if info.nunnamed > 0 {
		return Value{}, typeErrorf("__replace__() is not supported for %s because it has unnamed field(s)", typ.fullName())
	}
	all := append([]Value(nil), (*structSeq)(self.p).all...)
	var unexpected []Value
	for j := 0; j < nkw; j++ {
		k := kwnames.items[j].str().s
		i := -1
		for fi, f := range info.fields {
			if f == k {
				i = fi
				break
			}
		}
		if i < 0 {
			unexpected = append(unexpected, kwnames.items[j])
			continue
		}
		all[i] = args[j]
	}
	if unexpected != nil {
		r, err := Repr(t, NewList(unexpected).Value())
		if err != nil {
			return Value{}, err
		}
		return Value{}, typeErrorf("Got unexpected field name(s): %s", r)
	}
	return newStructSeqObj(typ, all), nil
}}

// The sys struct sequence types. They are built on first use (after every
// init function has readied tuple) and never change afterwards.
var (
	structSeqOnce                                                        sync.Once
	versionInfoType, flagsType, intInfoType, floatInfoType, hashInfoType *Type
	flagsFields                                                          = strings.Fields("debug inspect interactive optimize dont_write_bytecode no_user_site no_site ignore_environment verbose bytes_warning quiet hash_randomization isolated dev_mode utf8_mode warn_default_encoding safe_path int_max_str_digits gil")
)

func initStructSeqTypes() {
	structSeqOnce.Do(func() {
		sys := func(name, doc string, fields, docs []string, nseq int) *Type {
			return NewStructSeqType(&StructSeqDef{Name: "sys." + name, Doc: doc, Fields: fields, Docs: docs, NSequence: nseq, NoNew: true})
		}
		versionInfoType = sys("version_info", "sys.version_info\n\nVersion information as a named tuple.", []string{"major", "minor", "micro", "releaselevel", "serial"}, []string{"Major release number", "Minor release number", "Patch release number", "'alpha', 'beta', 'candidate', or 'final'", "Serial release number"}, 0)
		flagsType = sys("flags", "sys.flags\n\nFlags provided through command line arguments or environment vars.", flagsFields, []string{"-d", "-i", "-i", "-O or -OO", "-B", "-s", "-S", "-E", "-v", "-b", "-q", "-R", "-I", "-X dev", "-X utf8", "-X warn_default_encoding", "-P", "-X int_max_str_digits", "-X gil"}, len(flagsFields)-1)
		intInfoType = sys("int_info", "sys.int_info\n\nA named tuple that holds information about Python's\ninternal representation of integers.  The attributes are read only.", []string{"bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"}, []string{"size of a digit in bits", "size in bytes of the C type used to represent a digit", "maximum string conversion digits limitation", "minimum positive value for int_max_str_digits"}, 0)
		floatInfoType = sys("float_info", "sys.float_info\n\nA named tuple holding information about the float type. It contains low level\ninformation about the precision and internal representation. Please study\nyour system's :file:`float.h` for more information.", []string{"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"}, []string{"DBL_MAX -- maximum representable finite float", "DBL_MAX_EXP -- maximum int e such that radix**(e-1) is representable", "DBL_MAX_10_EXP -- maximum int e such that 10**e is representable", "DBL_MIN -- Minimum positive normalized float", "DBL_MIN_EXP -- minimum int e such that radix**(e-1) is a normalized float", "DBL_MIN_10_EXP -- minimum int e such that 10**e is a normalized float", "DBL_DIG -- maximum number of decimal digits that can be faithfully represented in a float", "DBL_MANT_DIG -- mantissa digits", "DBL_EPSILON -- Difference between 1 and the next representable float", "FLT_RADIX -- radix of exponent", "FLT_ROUNDS -- rounding mode used for arithmetic operations"}, 0)
		hashInfoType = sys("hash_info", "hash_info\n\nA named tuple providing parameters used for computing\nhashes. The attributes are read only.", []string{"width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"}, []string{"width of the type used for hashing, in bits", "prime number giving the modulus on which the hash function is based", "value to be used for hash of a positive infinity", "value to be used for hash of a nan", "multiplier used for the imaginary part of a complex number", "name of the algorithm for hashing of str, bytes and memoryviews", "internal output size of hash algorithm", "seed size of hash algorithm", "small string optimization cutoff"}, 0)
	})
}
