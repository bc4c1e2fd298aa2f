package py

import (
	"strings"
	"sync"
	"unsafe"
)

// Struct sequences (sys.version_info, sys.flags, …): tuple subclasses whose
// items are also named attributes, with CPython's repr "name(field=value, …)".

// newStructSeqType makes a struct sequence type named name (dotted: module.name).
func newStructSeqType(name string, fields []string) *Type {
	typ := newType(name, TupleType, nil)
	typ.basetype = false
	typ.repr = func(t *Thread, v Value) (Value, *Exception) {
		items, _ := v.tupleItems()
		var b strings.Builder
		b.WriteString(name)
		b.WriteByte('(')
		for i, f := range fields {
			if i > 0 {
				b.WriteString(", ")
			}
			r, err := Repr(t, items[i])
			if err != nil {
				return Value{}, err
			}
			b.WriteString(f + "=" + r)
		}
		b.WriteByte(')')
		return NewStr(b.String()), nil
	}
	var defs []*MethodDef
	for i, f := range fields {
		defs = append(defs, getset(f, func(t *Thread, v Value) (Value, *Exception) {
			items, _ := v.tupleItems()
			return items[i], nil
		}, nil))
	}
	typ.readyLazy(func() []*MethodDef { return defs })
	typ.dict().SetStr("n_fields", Int(int64(len(fields))))
	typ.dict().SetStr("n_sequence_fields", Int(int64(len(fields))))
	typ.dict().SetStr("n_unnamed_fields", Int(0))
	return typ
}

// newStructSeq makes an instance.
func newStructSeq(typ *Type, items ...Value) Value {
	return Value{p: unsafe.Pointer(&Tuple{Header: Header{typ: typ}, items: items})}
}

// The sys struct sequence types. They are built on first use (after every
// init function has readied tuple) and never change afterwards.
var (
	structSeqOnce                                                        sync.Once
	versionInfoType, flagsType, intInfoType, floatInfoType, hashInfoType *Type
	flagsFields                                                          = strings.Fields("debug inspect interactive optimize dont_write_bytecode no_user_site no_site ignore_environment verbose bytes_warning quiet hash_randomization isolated dev_mode utf8_mode warn_default_encoding safe_path int_max_str_digits")
)

func initStructSeqTypes() {
	structSeqOnce.Do(func() {
		versionInfoType = newStructSeqType("sys.version_info", []string{"major", "minor", "micro", "releaselevel", "serial"})
		flagsType = newStructSeqType("sys.flags", flagsFields)
		intInfoType = newStructSeqType("sys.int_info", []string{"bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"})
		floatInfoType = newStructSeqType("sys.float_info", []string{"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"})
		hashInfoType = newStructSeqType("sys.hash_info", []string{"width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"})
	})
}
