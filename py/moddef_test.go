package py

import "testing"

// TestSignatureBind checks Bind's messages against those python3.13 gives for
// builtins with the same signatures (os.stat, os.dup2, str.split, os.putenv).
func TestSignatureBind(t *testing.T) {
	kw := func(names ...string) *Tuple {
		v := make([]Value, len(names))
		for i, n := range names {
			v[i] = NewStr(n)
		}
		return newTuple(v)
	}
	stat := ParseSignature("stat", "path, *, dir_fd=None, follow_symlinks=True")
	dup2 := ParseSignature("dup2", "fd, fd2, inheritable=True")
	split := ParseSignature("split", "sep=None, maxsplit=-1")
	putenv := ParseSignature("putenv", "name, value, /")
	sorted := ParseSignature("sorted", "iterable, /, *, key=None, reverse=False")
	optPos := ParseSignature("f", "x=0, /, *, key=None")
	waitstatus := ParseSignature("waitstatus_to_exitcode", "status")
	for _, c := range []struct {
		sig  *Signature
		args []Value
		kw   *Tuple
		want string
	}{
		{stat, nil, nil, "stat() missing required argument 'path' (pos 1)"},
		{stat, []Value{Int(1), Int(2)}, nil, "stat() takes exactly 1 positional argument (2 given)"},
		{stat, []Value{Int(1), Int(2), Int(3), Int(4)}, nil, "stat() takes at most 3 arguments (4 given)"},
		{stat, []Value{Int(1), Int(2), Int(3), Int(4)}, kw("path", "dir_fd", "follow_symlinks", "x"), "stat() takes at most 3 keyword arguments (4 given)"},
		{stat, []Value{Int(1), Int(2)}, kw("path", "foo"), "stat() got an unexpected keyword argument 'foo'"},
		{stat, []Value{Int(1), Int(2)}, kw("path"), "argument for stat() given by name ('path') and position (1)"},
		{stat, []Value{pyNone}, kw("dir_fd"), "stat() missing required argument 'path' (pos 1)"},
		{dup2, []Value{Int(1)}, nil, "dup2() missing required argument 'fd2' (pos 2)"},
		{dup2, []Value{Int(1), Int(2), Int(3)}, kw("x"), "dup2() got an unexpected keyword argument 'x'"},
		{split, []Value{Int(1), Int(2), Int(3)}, nil, "split() takes at most 2 arguments (3 given)"},
		{putenv, nil, nil, "putenv expected 2 arguments, got 0"},
		{putenv, []Value{Int(1), Int(2)}, kw("value"), "putenv() takes no keyword arguments"},
		{sorted, []Value{Int(1), Int(2)}, nil, "sorted() takes exactly 1 positional argument (2 given)"},
		{sorted, []Value{Int(1)}, kw("iterable"), "sorted() takes exactly 1 positional argument (0 given)"},
		{optPos, []Value{Int(1)}, kw("x"), "f() got some positional-only arguments passed as keyword arguments: 'x'"},
		{waitstatus, []Value{Int(1)}, kw("x"), "waitstatus_to_exitcode() missing required argument 'status' (pos 1)"},
		{sorted, nil, nil, "sorted() takes exactly 1 positional argument (0 given)"},
	} {
		out := make([]Value, c.sig.Slots())
		err := c.sig.Bind(c.args, c.kw, out)
		got := ""
		if err != nil {
			got = err.args.items[0].str().s
		}
		if got != c.want {
			t.Errorf("%s%v: got %q, want %q", c.sig.fname, c.args, got, c.want)
		}
	}
	out := make([]Value, stat.Slots())
	if err := stat.Bind([]Value{NewStr("."), pyFalse}, kw("follow_symlinks"), out); err != nil {
		t.Fatal(err)
	}
	if out[0].str().s != "." || !out[1].IsNone() || !out[2].Is(pyFalse) {
		t.Errorf("stat('.', follow_symlinks=False) bound to %v", out)
	}
	va := ParseSignature("f", "a, *args, sep=' ', **kwargs")
	out = make([]Value, va.Slots())
	if err := va.Bind([]Value{Int(1), Int(2), Int(3), Int(4)}, kw("z"), out); err != nil {
		t.Fatal(err)
	}
	if out[0].small() != 1 || out[1].str().s != " " || len(out[2].tuple().items) != 2 || out[3].dictObj().Len() != 1 {
		t.Errorf("f(1, 2, 3, z=4) bound to %v", out)
	}
}
