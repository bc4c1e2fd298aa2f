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
		"def gen(n):\n    for i in range(n):\n        x = yield i\n        if x:\n            return x\n    yield from range(2)\ng = gen(3)\nprint(next(g), g.send(None), list(gen(2)), [i * j for i in range(3) for j in range(i) if j], {k: v for k, v in zip('ab', (1, 2))}, sorted({c for c in 'hello'}), sum(x for x in range(5)))\n",
		"import contextlib\n@contextlib.contextmanager\ndef cm(tag):\n    print('enter', tag)\n    try:\n        yield tag\n    finally:\n        print('exit', tag)\ndef f():\n    for i in range(3):\n        with cm(i) as t, cm('b'):\n            try:\n                if t == 1:\n                    continue\n                if t == 2:\n                    return t\n            finally:\n                print('finally', t)\nprint(f())\ntry:\n    with cm('e'):\n        raise ValueError('boom')\nexcept ValueError as e:\n    print('caught', e)\n",
		"def m(x):\n    match x:\n        case 0 | 1:\n            return 'small'\n        case [a, *rest] if a > 0:\n            return ('seq', a, rest)\n        case {'k': v, **kw}:\n            return ('map', v, kw)\n        case str() as s:\n            return s.upper()\n        case complex(real=r):\n            return r\n        case _:\n            return 'other'\nprint([m(v) for v in (1, [3, 4, 5], [-1], {'k': 2, 'z': 3}, 'hi', 2j + 1, None)])\n",
		"import asyncio\nclass CM:\n    async def __aenter__(self):\n        print('aenter')\n        return self\n    async def __aexit__(self, *a):\n        print('aexit', a[0])\nasync def agen(n):\n    for i in range(n):\n        await asyncio.sleep(0)\n        yield i\nasync def main():\n    async with CM() as c:\n        xs = [x async for x in agen(3)]\n        async for y in agen(2):\n            xs.append(y * 10)\n    return xs\nprint(asyncio.run(main()))\n",
		"def f():\n    try:\n        raise ExceptionGroup('eg', [ValueError(1), TypeError(2), KeyError(3)])\n    except* ValueError as e:\n        print('V', e.exceptions)\n    except* TypeError:\n        print('T')\n    except* KeyError:\n        print('K')\nf()\nclass Box[T]:\n    def get[U](self, u: U) -> T | U:\n        return u\ntype Pair[K, V = int] = tuple[K, V]\nprint(Box.__type_params__, Box[int], Box().get(3), Pair.__value__, Pair.__type_params__)\na, *b, c = range(5)\nprint(a, b, c, [*b, *'xy'], {**{'p': 1}, 'q': 2}, print(*b, sep='-'))\n",
		"from __future__ import annotations\ndef f(a: list[int], *args: str, k: dict[str, int] | None = None) -> tuple[int, ...]:\n    return a\nclass C:\n    x: int = 1\n    y: Callable[..., Awaitable[T]]\nprint(f.__annotations__, C.__annotations__)\n",
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

// TestPyCompileCLI compares kaa -m py_compile with python3.13 -m py_compile on the
// py_compile scenarios of testdata/compileall/cases.json.
func TestPyCompileCLI(t *testing.T) { runCompileCases(t, "py_compile") }
