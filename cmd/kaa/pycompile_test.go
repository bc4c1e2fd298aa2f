package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/kaa-python/kaa/internal/pyref"
)

// TestPycRunsUnderCPython writes .pyc files with kaa -m py_compile for runnable test
// programs and checks that python3.13 runs each one with the same output as the source.
func TestPycRunsUnderCPython(t *testing.T) {
	py := pyref.Find()
	if py == "" {
		t.Skip("python3.13 not found: skipping the .pyc interoperability test")
	}
	progs := []string{
		"print('hello', 1 + 2, [1, 2][1:], {'a': 1})\n",
		"def f(a, b=2, *args, k=3, **kw):\n    return a + b + sum(args) + k + len(kw)\nprint(f(1), f(1, 2, 3, k=4, z=5))\n",
		"class C:\n    x = 1\n    def m(self, y):\n        self.y = y\n        return self.x + y\nc = C()\nprint(c.m(41), C.__static_attributes__, C.__firstlineno__)\n",
		"def outer(n):\n    t = 0\n    def add(i):\n        nonlocal t\n        t += i\n    for i in range(n):\n        if i % 2:\n            continue\n        add(i)\n    while n > 0:\n        n -= 3\n    return t, n\nprint(outer(10))\n",
		"import os.path as p\nfrom math import sqrt\nprint(p.join('a', 'b'), sqrt(16.0), f'{3.5:>6}|{\"x\"!r}', '%s-%r' % (1, 'y'))\nassert 1 < 2 <= 2\nx = [1, 2, 3]\ndel x[0]\nx[0] += 10\nprint(x, (lambda q: q * 2)(4), (y := 5) + y)\n",
	}
	dir := t.TempDir()
	for i, src := range progs {
		f := filepath.Join(dir, "prog"+strconv.Itoa(i+1)+".py")
		if err := os.WriteFile(f, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		want, err := exec.Command(py, f).CombinedOutput()
		if err != nil {
			t.Fatalf("python3.13 %s: %v\n%s", f, err, want)
		}
		pyc := filepath.Join(dir, "prog"+strconv.Itoa(i+1)+".pyc")
		if err := CompileFile(f, pyc); err != nil {
			t.Errorf("%q: %v", src, err)
			continue
		}
		got, err := exec.Command(py, pyc).CombinedOutput()
		if err != nil || string(got) != string(want) {
			t.Errorf("%q: python3.13 running kaa's .pyc gave %q (%v), want %q", src, got, err, want)
		}
	}
	// The cache path is __pycache__/NAME.kaa-313.pyc, beside CPython's own.
	if got := CachePath("pkg/mod.py"); got != filepath.Join("pkg", "__pycache__", "mod.kaa-313.pyc") {
		t.Errorf("CachePath = %s", got)
	}
}
