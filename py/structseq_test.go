package py

import (
	"bytes"
	"testing"
)

// TestStructSeq defines time.struct_time's and os.stat_result's shapes through the
// exported struct sequence API and runs a program over them whose expected output
// python3.13 printed for the real types (tests/stdlib covers the modules' own).
func TestStructSeq(t *testing.T) {
	timeFields := []string{"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"}
	timeDocs := []string{"year, for example, 1993", "", "", "", "", "", "", "", "", "abbreviation of timezone name", ""}
	structTime := NewStructSeqType(&StructSeqDef{Name: "time.struct_time", Fields: timeFields, Docs: timeDocs, NSequence: 9})
	statFields := []string{"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", UnnamedField, UnnamedField, UnnamedField,
		"st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev"}
	statResult := NewStructSeqType(&StructSeqDef{Name: "os.stat_result", Fields: statFields, NSequence: 10})
	def := &ModuleDef{Name: "demo", Exec: func(t *Thread, m *Module) *Exception {
		m.Set("struct_time", TypeValue(structTime))
		m.Set("stat_result", TypeValue(statResult))
		return nil
	}}
	var out bytes.Buffer
	in := NewInterp(Config{Stdout: &out, Modules: []*ModuleDef{def}})
	th := in.Main()
	src := "import demo as demo_t\ndemo_o = demo_t\n" + structSeqTestSrc
	if err := th.runMain("<test>", []byte(src)); err != nil {
		t.Fatal(FormatException(th, err))
	}
	in.Flush()
	if out.String() != structSeqTestWant {
		t.Errorf("got\n%s\nwant\n%s", out.String(), structSeqTestWant)
	}
	v := NewStructSeq(structTime, Int(1), Int(2))
	if f, ok := StructSeqFields(v); !ok || len(f) != 11 || !f[10].Is(pyNone) {
		t.Errorf("StructSeqFields = %v, %v", f, ok)
	}
}

// The program, and what python3.13 printed for it with the real types (import time as demo_t, os as demo_o).
const structSeqTestSrc = `
T = demo_t.struct_time
S = demo_o.stat_result
def show(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(T.n_fields, T.n_sequence_fields, T.n_unnamed_fields, T.__match_args__)
print(S.n_fields, S.n_sequence_fields, S.n_unnamed_fields, S.__match_args__)
t = T(range(9), {'tm_zone': 'UTC'})
print(t, len(t), t.tm_zone, t.tm_gmtoff, t[8], t[-1], t[1:3])
print(t.__reduce__())
print(T(range(11)).tm_gmtoff, T(range(10)).tm_zone)
print(t.__replace__(tm_year=5, tm_gmtoff=7).__reduce__())
print(T.tm_zone.__doc__, T.tm_year.__doc__, T.tm_year)
show(lambda: T())
show(lambda: T(1))
show(lambda: T(range(8)))
show(lambda: T(range(12)))
show(lambda: T(range(9), []))
show(lambda: T(range(9), None))
show(lambda: T(range(10), {'tm_zone': 'X'}))
show(lambda: T(range(9), {'tm_zone': 'X', 'nope': 1}))
show(lambda: T(range(9), {1: 1}))
show(lambda: T(range(9), dict={'tm_gmtoff': 3}).tm_gmtoff)
show(lambda: T(sequence='abcdefghi'))
show(lambda: T(range(9), {}, 3))
show(lambda: T(range(9), seq=1))
show(lambda: t.__replace__(1))
show(lambda: t.__replace__(a=1, b=2))
show(lambda: setattr(t, 'tm_year', 1))
show(lambda: setattr(t, 'x', 1))
s = S(range(19))
print(s, len(s), s.st_atime, s.st_rdev, s[7])
show(lambda: s.__replace__(st_mode=1))
show(lambda: S(range(9)))
print(s.__reduce__())
match t:
    case T(a, b, c): print(a, b, c)
`

const structSeqTestWant = `11 9 0 ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst')
19 10 3 ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size')
time.struct_time(tm_year=0, tm_mon=1, tm_mday=2, tm_hour=3, tm_min=4, tm_sec=5, tm_wday=6, tm_yday=7, tm_isdst=8) 9 UTC None 8 8 (1, 2)
(<class 'time.struct_time'>, ((0, 1, 2, 3, 4, 5, 6, 7, 8), {'tm_zone': 'UTC', 'tm_gmtoff': None}))
10 9
(<class 'time.struct_time'>, ((5, 1, 2, 3, 4, 5, 6, 7, 8), {'tm_zone': 'UTC', 'tm_gmtoff': 7}))
abbreviation of timezone name year, for example, 1993 <member 'tm_year' of 'time.struct_time' objects>
TypeError structseq() missing required argument 'sequence' (pos 1)
TypeError constructor requires a sequence
TypeError time.struct_time() takes an at least 9-sequence (8-sequence given)
TypeError time.struct_time() takes an at most 11-sequence (12-sequence given)
TypeError time.struct_time() takes a dict as second arg, if any
TypeError time.struct_time() takes a dict as second arg, if any
TypeError time.struct_time() got duplicate or unexpected field name(s)
TypeError time.struct_time() got duplicate or unexpected field name(s)
TypeError time.struct_time() got duplicate or unexpected field name(s)
3
time.struct_time(tm_year='a', tm_mon='b', tm_mday='c', tm_hour='d', tm_min='e', tm_sec='f', tm_wday='g', tm_yday='h', tm_isdst='i')
TypeError structseq() takes at most 2 arguments (3 given)
TypeError structseq() got an unexpected keyword argument 'seq'
TypeError __replace__() takes no positional arguments
TypeError Got unexpected field name(s): ['a', 'b']
AttributeError readonly attribute
AttributeError 'time.struct_time' object has no attribute 'x' and no __dict__ for setting new attributes
os.stat_result(st_mode=0, st_ino=1, st_dev=2, st_nlink=3, st_uid=4, st_gid=5, st_size=6, st_atime=7, st_mtime=8, st_ctime=9) 10 10 18 7
TypeError __replace__() is not supported for os.stat_result because it has unnamed field(s)
TypeError os.stat_result() takes an at least 10-sequence (9-sequence given)
(<class 'os.stat_result'>, ((0, 1, 2, 3, 4, 5, 6, 7, 8, 9), {'st_atime': 10, 'st_mtime': 11, 'st_ctime': 12, 'st_atime_ns': 13, 'st_mtime_ns': 14, 'st_ctime_ns': 15, 'st_blksize': 16, 'st_blocks': 17, 'st_rdev': 18}))
0 1 2
`
