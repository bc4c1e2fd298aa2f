package bytecode

import (
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/kaa-python/kaa/constant"
)

const (
	opnameWidth = 20
	opargWidth  = 5
)

// Repr is repr(code): `<code object NAME at 0x..., file "FILE", line N>`. Kaa prints
// the Go address of the code value where CPython prints the object's id.
func (c *Code) Repr() string {
	return fmt.Sprintf("<code object %s at %p, file \"%s\", line %d>", c.Name, c, c.Filename, c.FirstLineNo)
}

var functionAttrFlags = []string{"defaults", "kwdefaults", "annotations", "closure"}

// Dis writes the disassembly of c and, recursively, of the code objects among its
// constants, exactly as python3.13's dis.dis(c) prints it.
func Dis(w io.Writer, c *Code) {
	disassemble(w, c)
	for _, k := range c.Consts {
		if cc, ok := k.(*Code); ok {
			fmt.Fprintf(w, "\nDisassembly of %s:\n", cc.Repr())
			Dis(w, cc)
		}
	}
}

func disassemble(w io.Writer, c *Code) {
	instrs := Decode(c.Code)
	excs := ExceptionTable(c)
	// Labels: jump targets and exception table offsets, numbered in offset order.
	labelSet := map[int]bool{}
	for _, in := range instrs {
		if in.Arg >= 0 {
			if t := JumpTarget(in); t >= 0 {
				labelSet[t] = true
			}
		}
	}
	for _, e := range excs {
		labelSet[e.Start], labelSet[e.End], labelSet[e.Target] = true, true, true
	}
	offsets := make([]int, 0, len(labelSet))
	for o := range labelSet {
		offsets = append(offsets, o)
	}
	sort.Ints(offsets)
	labels := make(map[int]int, len(offsets))
	for i, o := range offsets {
		labels[o] = i + 1
	}
	labelWidth := 4 + len(strconv.Itoa(len(labels)))

	// Line starts, as dis.findlinestarts.
	starts := map[int]int{}
	first := true
	last := 0
	for _, r := range Lines(c) {
		if first || r.Line != last {
			starts[r.Start] = r.Line
			last, first = r.Line, false
		}
	}
	maxLine, hasNone := -1, false
	for _, l := range starts {
		if l > maxLine && l != 0 {
			maxLine = l
		}
		if l == -1 {
			hasNone = true
		}
	}
	linenoWidth := 0
	if maxLine > 0 {
		linenoWidth = max(3, len(strconv.Itoa(maxLine)))
		if linenoWidth < 4 && hasNone {
			linenoWidth = 4
		}
	}

	var b strings.Builder
	for _, in := range instrs {
		line, startsLine := starts[in.Offset]
		if linenoWidth > 0 && startsLine && in.Offset > 0 {
			b.WriteByte('\n')
		}
		var fields []string
		if linenoWidth > 0 {
			switch {
			case !startsLine:
				fields = append(fields, strings.Repeat(" ", linenoWidth))
			case line == -1:
				fields = append(fields, fmt.Sprintf("%*s", linenoWidth, "  --"))
			default:
				fields = append(fields, fmt.Sprintf("%*d", linenoWidth, line))
			}
		}
		if l, ok := labels[in.Offset]; ok {
			fields = append(fields, fmt.Sprintf("%*s", labelWidth, fmt.Sprintf("L%d:", l)))
		} else {
			fields = append(fields, strings.Repeat(" ", labelWidth))
		}
		fields = append(fields, "   ")
		name := OpName(int(in.Op))
		fields = append(fields, fmt.Sprintf("%-*s", opnameWidth, name))
		if in.Arg >= 0 {
			excess := max(0, len(name)-opnameWidth)
			fields = append(fields, fmt.Sprintf("%*d", opargWidth-excess, in.Arg))
			if r := argRepr(c, in, labels); r != "" {
				fields = append(fields, "("+r+")")
			}
		}
		b.WriteString(strings.TrimRight(strings.Join(fields, " "), " "))
		b.WriteByte('\n')
	}
	if len(excs) > 0 {
		b.WriteString("ExceptionTable:\n")
		for _, e := range excs {
			lasti := ""
			if e.Lasti {
				lasti = " lasti"
			}
			fmt.Fprintf(&b, "  L%d to L%d -> L%d [%d]%s\n", labels[e.Start], labels[e.End], labels[e.Target], e.Depth, lasti)
		}
	}
	io.WriteString(w, b.String())
}

func localName(c *Code, i int) string {
	if i >= 0 && i < len(c.LocalsPlusNames) {
		return c.LocalsPlusNames[i]
	}
	return fmt.Sprintf("<%d>", i)
}

func name(c *Code, i int) string {
	if i >= 0 && i < len(c.Names) {
		return c.Names[i]
	}
	return fmt.Sprintf("<%d>", i)
}

// argRepr describes an instruction's argument as dis's ArgResolver does.
func argRepr(c *Code, in Instr, labels map[int]int) string {
	d := Deopt(in.Op)
	arg := in.Arg
	switch {
	case flag(d, hasConst):
		if arg < len(c.Consts) {
			return constant.Repr(c.Consts[arg])
		}
		return ""
	case flag(d, hasName):
		switch d {
		case LOAD_GLOBAL:
			if arg&1 != 0 {
				return name(c, arg>>1) + " + NULL"
			}
			return name(c, arg>>1)
		case LOAD_ATTR:
			if arg&1 != 0 {
				return name(c, arg>>1) + " + NULL|self"
			}
			return name(c, arg>>1)
		case LOAD_SUPER_ATTR:
			if arg&1 != 0 {
				return name(c, arg>>2) + " + NULL|self"
			}
			return name(c, arg>>2)
		}
		return name(c, arg)
	case flag(d, hasJrel|hasJabs|hasExc):
		return fmt.Sprintf("to L%d", labels[JumpTarget(in)])
	case d == LOAD_FAST_LOAD_FAST || d == STORE_FAST_LOAD_FAST || d == STORE_FAST_STORE_FAST:
		return localName(c, arg>>4) + ", " + localName(c, arg&15)
	case flag(d, hasLocal|hasFree):
		return localName(c, arg)
	case flag(d, hasCompare):
		s := cmpOps[arg>>5]
		if arg&16 != 0 {
			s = "bool(" + s + ")"
		}
		return s
	case d == CONVERT_VALUE:
		return [...]string{"", "str", "repr", "ascii"}[arg&3]
	case d == SET_FUNCTION_ATTRIBUTE:
		var parts []string
		for i, f := range functionAttrFlags {
			if arg&(1<<i) != 0 {
				parts = append(parts, f)
			}
		}
		return strings.Join(parts, ", ")
	case d == BINARY_OP:
		if arg < len(nbOps) {
			return nbOps[arg]
		}
	case d == CALL_INTRINSIC_1:
		if arg < len(intrinsic1) {
			return intrinsic1[arg]
		}
	case d == CALL_INTRINSIC_2:
		if arg < len(intrinsic2) {
			return intrinsic2[arg]
		}
	}
	return ""
}
