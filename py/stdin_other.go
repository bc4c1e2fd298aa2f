//go:build !unix

package py

import (
	"io"
	"os"
)

// Without poll(2), a read of standard input is not cut short by Interrupt: the
// interrupt is raised at the next check after the read returns.
type waker struct{}

func (waker) wake() {}

func stdinReader(in *Interp, f *os.File) io.Reader { return f }

// WaitReadable returns at once where there is no poll(2).
func (t *Thread) WaitReadable(fd int) *Exception { return nil }

// writeWakeup has no wakeup descriptor to write to without unix.
func writeWakeup(fd int, b byte) {}
