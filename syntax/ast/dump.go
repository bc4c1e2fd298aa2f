package ast

import (
	"reflect"
	"strconv"
	"strings"

	"github.com/kaa-python/kaa/constant"
)

// DumpOptions are ast.dump's keyword arguments (annotate_fields is always true and
// show_empty false, as `python -m ast` uses them).
type DumpOptions struct {
	// Indent is the indent string per level; Indent < 0 means indent=None (one line).
	Indent            int
	IncludeAttributes bool
}

// Dump formats a node as Python 3.13's ast.dump(node, indent=..., include_attributes=...).
func Dump(n Node, opts DumpOptions) string {
	d := dumper{opts: opts, indent: strings.Repeat(" ", max(opts.Indent, 0))}
	s, _ := d.format(n, 0)
	return s
}

type dumper struct {
	opts   DumpOptions
	indent string
}

func isNil(v any) bool {
	if v == nil {
		return true
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Pointer, reflect.Interface:
		return rv.IsNil()
	}
	return false
}

func (d *dumper) format(v any, level int) (string, bool) {
	prefix, sep := "", ", "
	if d.opts.Indent >= 0 {
		level++
		prefix = "\n" + strings.Repeat(d.indent, level)
		sep = ",\n" + strings.Repeat(d.indent, level)
	}
	switch x := v.(type) {
	case Node:
		if isNil(x) {
			return "None", true
		}
		var args []string
		allSimple := true
		_, isConst := x.(*Constant)
		_, isSingleton := x.(*MatchSingleton)
		for _, f := range x.fields() {
			val := f.value
			if f.optional {
				if isNil(val) {
					continue
				}
				if s, ok := val.(string); ok && s == "" {
					continue
				}
			}
			if !isConst && !isSingleton && isEmpty(val) {
				continue
			}
			s, simple := d.format(val, level)
			allSimple = allSimple && simple
			args = append(args, f.name+"="+s)
		}
		if d.opts.IncludeAttributes {
			if p, ok := x.(interface{ GetPos() *Pos }); ok {
				q := p.GetPos()
				args = append(args, "lineno="+strconv.Itoa(q.Lineno), "col_offset="+strconv.Itoa(q.ColOffset),
					"end_lineno="+strconv.Itoa(q.EndLineno), "end_col_offset="+strconv.Itoa(q.EndColOffset))
			}
		}
		name := x.className()
		if allSimple && len(args) <= 3 {
			return name + "(" + strings.Join(args, ", ") + ")", len(args) == 0
		}
		return name + "(" + prefix + strings.Join(args, sep) + ")", false
	case []Node:
		if len(x) == 0 {
			return "[]", true
		}
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i], _ = d.format(e, level)
		}
		return "[" + prefix + strings.Join(parts, sep) + "]", false
	case []string:
		if len(x) == 0 {
			return "[]", true
		}
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = constant.StrRepr(e)
		}
		return "[" + prefix + strings.Join(parts, sep) + "]", false
	case string:
		return constant.StrRepr(x), true
	case int:
		return strconv.Itoa(x), true
	case nil:
		return "None", true
	}
	return constant.Repr(v), true
}

func isEmpty(v any) bool {
	switch x := v.(type) {
	case nil:
		return true
	case []Node:
		return len(x) == 0
	case []string:
		return len(x) == 0
	}
	return isNil(v)
}
