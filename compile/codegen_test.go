package compile

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/kaa-python/kaa/bytecode"
	"github.com/kaa-python/kaa/constant"
	"github.com/kaa-python/kaa/marshal"
	"github.com/kaa-python/kaa/syntax/parser"
)

// describeCode prints every field of a code object tree in a canonical text form.
func describeCode(b *strings.Builder, c *bytecode.Code) {
	b.WriteString(describeOne(c))
	for _, cc := range nestedCodes(c) {
		describeCode(b, cc)
	}
}

var frozensetRe = regexp.MustCompile(`frozenset\(\{([^{}]*)\}\)`)

// normFrozensets sorts frozenset elements in reprs: their order depends on hashing.
func normFrozensets(s string) string {
	return frozensetRe.ReplaceAllStringFunc(s, func(m string) string {
		parts := strings.Split(frozensetRe.FindStringSubmatch(m)[1], ", ")
		sort.Strings(parts)
		return "frozenset({" + strings.Join(parts, ", ") + "})"
	})
}

var addrPattern = regexp.MustCompile(` at 0x[0-9a-f]+`)

func addrRe(s string) string {
	return addrPattern.ReplaceAllString(normFrozensets(s), " at ADDR")
}

// describeOne describes one code object as describeCode does, naming its nested
// code objects instead of describing them.
func describeOne(c *bytecode.Code) string {
	var b strings.Builder
	fmt.Fprintf(&b, "code %s (%s) line %d args %d/%d/%d stack %d flags %#x\n", c.Name, c.QualName, c.FirstLineNo,
		c.ArgCount, c.PosOnlyArgCount, c.KwOnlyArgCount, c.StackSize, c.Flags)
	var dis strings.Builder
	bytecode.Dis(&dis, &bytecode.Code{Code: c.Code, Consts: c.Consts, Names: c.Names, LocalsPlusNames: c.LocalsPlusNames,
		LineTable: c.LineTable, ExceptionTable: c.ExceptionTable, FirstLineNo: c.FirstLineNo, Filename: c.Filename, Name: c.Name})
	d := dis.String()
	if i := strings.Index(d, "\nDisassembly of"); i >= 0 {
		d = d[:i]
	}
	b.WriteString(addrRe(d))
	fmt.Fprintf(&b, "code %x\nnames %q\nlocals %q kinds %x\nlinetable %x\nexceptions %x\n", c.Code, c.Names,
		c.LocalsPlusNames, c.LocalsPlusKinds, c.LineTable, c.ExceptionTable)
	for i, k := range c.Consts {
		if cc, ok := k.(*bytecode.Code); ok {
			fmt.Fprintf(&b, "const %d: code %s line %d\n", i, cc.Name, cc.FirstLineNo)
		} else {
			fmt.Fprintf(&b, "const %d: %T %s\n", i, k, normFrozensets(constant.Repr(k)))
		}
	}
	return b.String()
}

func nestedCodes(c *bytecode.Code) []*bytecode.Code {
	var out []*bytecode.Code
	for _, k := range c.Consts {
		if cc, ok := k.(*bytecode.Code); ok {
			out = append(out, cc)
		}
	}
	return out
}

// countCodes counts want's code objects (itself and all nested ones) and how many
// of them got reproduces exactly, pairing nested code objects in co_consts order. It
// returns the first difference found.
func countCodes(got, want *bytecode.Code) (same, total int, diff string) {
	total = 1
	if got != nil {
		g, w := describeOne(got), describeOne(want)
		if g == w {
			same = 1
		} else {
			diff = want.QualName + ":" + firstDiff(g, w)
		}
	}
	var gs []*bytecode.Code
	if got != nil {
		gs = nestedCodes(got)
	}
	for i, w := range nestedCodes(want) {
		var g *bytecode.Code
		if i < len(gs) {
			g = gs[i]
		}
		s, t, d := countCodes(g, w)
		same += s
		total += t
		if diff == "" {
			diff = d
		}
	}
	return same, total, diff
}

// TestCodegen compiles the programs of testdata/code.json and compares each code
// object with the one python3.13 compiled, field by field.
func TestCodegen(t *testing.T) {
	data, err := os.ReadFile("testdata/code.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct{ Src, Marshal string }
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	same := 0
	for _, tc := range cases {
		raw, _ := hex.DecodeString(tc.Marshal)
		v, _, err := marshal.Load(raw)
		if err != nil {
			t.Fatal(err)
		}
		var want strings.Builder
		describeCode(&want, v.(*bytecode.Code))
		res, err := parser.Parse("prog.py", []byte(tc.Src), parser.Exec, parser.Options{})
		if err != nil {
			t.Fatalf("%q: %v", tc.Src, err)
		}
		code, err := Compile(res.Tree, "prog.py", Options{})
		if err != nil {
			t.Errorf("%q: %v", tc.Src, err)
			continue
		}
		var got strings.Builder
		describeCode(&got, code)
		if got.String() != want.String() {
			t.Errorf("%q differs:\n%s", tc.Src, firstDiff(got.String(), want.String()))
			continue
		}
		same++
	}
	t.Logf("codegen: %d of %d programs compile to python3.13's code objects exactly", same, len(cases))
}

// TestStackEffects checks stackEffect against python3.13's dis.stack_effect
// (testdata/stack_effects.json, written by testdata/stack_effects.py).
func TestStackEffects(t *testing.T) {
	data, err := os.ReadFile("testdata/stack_effects.json")
	if err != nil {
		t.Fatal(err)
	}
	var want map[string][][3]int
	if err := json.Unmarshal(data, &want); err != nil {
		t.Fatal(err)
	}
	skip := map[string]bool{"ENTER_EXECUTOR": true, "RESERVED": true}
	n := 0
	for name, rows := range want {
		op, ok := bytecode.OpByName(name)
		if !ok {
			t.Errorf("unknown opcode %s", name)
			continue
		}
		if skip[name] {
			continue
		}
		for _, r := range rows {
			for j, jump := range []bool{false, true} {
				got := func() (eff int) {
					defer func() {
						if recover() != nil {
							eff = -1000
						}
					}()
					return stackEffect(instr{op: op, arg: r[0]}, jump)
				}()
				if got != r[1+j] {
					t.Errorf("%s arg %d jump %v: stack effect %d, want %d", name, r[0], jump, got, r[1+j])
				}
				n++
			}
		}
	}
	t.Logf("%d stack effects checked", n)
}
