package os

import (
	gos "os"
	"syscall"

	"golang.org/x/sys/unix"

	"github.com/kaa-python/kaa/py"
)

// os.popen: the shell runs the command with a pipe to or from it (started with
// ForkExec, as subprocess would start it), and the pipe's end is a text file
// wrapped in os._wrap_close, whose close() waits for the shell and returns its
// status as os.py computes it.

type wrapClose struct {
	py.Header
	stream py.Value
	pid    int
	done   bool
	status py.Value
}

func wrapSelf(v py.Value) *wrapClose { return py.Object[wrapClose](v) }

func (w *wrapClose) close(t *py.Thread) (py.Value, *py.Exception) {
	if _, err := py.CallMethod(t, w.stream, "close"); err != nil {
		return py.Value{}, err
	}
	if !w.done {
		var code int
		var e error
		t.Unlocked(func() { code, e = waitExit(w.pid) })
		if e != nil {
			return py.Value{}, fderr(t, e)
		}
		w.done = true
		w.status = py.None()
		if code != 0 {
			w.status = py.Int(int64(code) << 8)
		}
	}
	return w.status, nil
}

// delegate is a method of _wrap_close that is the stream's (os.py's __getattr__).
func delegate(name string) *py.MethodDef {
	return py.Func(name, "*args", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
		m, err := py.GetAttrS(t, wrapSelf(self).stream, name)
		if err != nil {
			return py.Value{}, err
		}
		return py.Call(t, m, py.Object[py.Tuple](a[0]).Items()...)
	})
}

var wrapCloseType = py.NewType(&py.TypeDef{
	Name:  "os._wrap_close",
	Final: true,
	Iter: func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		return py.Iter(t, wrapSelf(self).stream)
	},
	Methods: []*py.MethodDef{
		py.PyFunc("close", "", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			return wrapSelf(self).close(t)
		}),
		py.PyFunc("__enter__", "", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			return self, nil
		}),
		py.PyFunc("__exit__", "*args", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			_, err := wrapSelf(self).close(t)
			return py.None(), err
		}),
		delegate("read"), delegate("readline"), delegate("readlines"), delegate("write"), delegate("writelines"),
		delegate("flush"), delegate("fileno"), delegate("readable"), delegate("writable"), delegate("isatty"),
		py.GetSetDef("closed", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			return py.GetAttrS(t, wrapSelf(self).stream, "closed")
		}, nil),
		py.GetSetDef("name", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			return py.GetAttrS(t, wrapSelf(self).stream, "name")
		}, nil),
		py.GetSetDef("buffer", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			return py.GetAttrS(t, wrapSelf(self).stream, "buffer")
		}, nil),
	},
})

var popenFunc = py.PyFunc("popen", "cmd, mode='r', buffering=-1", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
	cmd, ok := py.AsStr(a[0])
	if !ok {
		r, err := py.Repr(t, py.TypeValue(a[0].Type()))
		if err != nil {
			return py.Value{}, err
		}
		return py.Value{}, py.Errorf(py.TypeError(), "invalid cmd type (%s, expected string)", r)
	}
	mode, _ := py.AsStr(a[1])
	if !isStr(a[1]) || mode != "r" && mode != "w" {
		r, err := py.Repr(t, a[1])
		if err != nil {
			return py.Value{}, err
		}
		return py.Value{}, py.Errorf(py.ValueError(), "invalid mode %s", r)
	}
	if a[2].IsNone() {
		return py.Value{}, py.Errorf(py.ValueError(), "popen() does not support unbuffered streams")
	}
	if n, ok := py.AsInt64(a[2]); ok && n == 0 {
		return py.Value{}, py.Errorf(py.ValueError(), "popen() does not support unbuffered streams")
	}
	var p [2]int
	if e := unix.Pipe2(p[:], unix.O_CLOEXEC); e != nil {
		return py.Value{}, fderr(t, e)
	}
	files := []uintptr{0, 1, 2}
	mine := p[0]
	if mode == "r" {
		files[1] = uintptr(p[1])
	} else {
		files[0], mine = uintptr(p[0]), p[1]
	}
	t.Interp().Flush()
	pid, e := syscall.ForkExec("/bin/sh", []string{"/bin/sh", "-c", py.FsEncode(cmd)}, &syscall.ProcAttr{Env: gos.Environ(), Files: files})
	unix.Close(p[0] + p[1] - mine) // the child's end
	if e != nil {
		unix.Close(mine)
		return py.Value{}, py.NewOSError(t, e, py.Value{})
	}
	b, err := py.Import(t, "builtins")
	if err != nil {
		return py.Value{}, err
	}
	open, err := py.GetAttrS(t, b, "open")
	if err != nil {
		return py.Value{}, err
	}
	stream, err := py.Call(t, open, py.Int(int64(mine)), py.NewStr(mode), a[2])
	if err != nil {
		unix.Close(mine)
		return py.Value{}, err
	}
	w := &wrapClose{stream: stream, pid: pid}
	return py.NewObject(&w.Header, wrapCloseType), nil
})
