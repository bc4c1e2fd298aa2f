//go:build unix

package py

import (
	"io"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/sys/unix"
)

// A read of the process's standard input waits in poll(2) on standard input and on
// a pipe that Interrupt writes to, so Ctrl-C ends the wait as EINTR ends CPython's
// read, and nothing typed later is lost to an abandoned read (a goroutine left
// reading would take the next line from the interactive prompt). The pipe is made
// on the first read.
type waker struct {
	once sync.Once
	r, w atomic.Int32 // the pipe's ends; 0 until made, -1 if it could not be
}

func (k *waker) wake() {
	if w := k.w.Load(); w > 0 {
		unix.Write(int(w), []byte{0}) // non-blocking: a full pipe wakes anyway
	}
}

// fds returns the pipe's read end, making the pipe once; -1 if there is none.
func (k *waker) readEnd() int {
	k.once.Do(func() {
		var p [2]int
		if err := unix.Pipe(p[:]); err != nil {
			k.r.Store(-1)
			k.w.Store(-1)
			return
		}
		unix.SetNonblock(p[0], true)
		unix.SetNonblock(p[1], true)
		unix.CloseOnExec(p[0])
		unix.CloseOnExec(p[1])
		k.r.Store(int32(p[0]))
		k.w.Store(int32(p[1]))
	})
	return int(k.r.Load())
}

type pollReader struct {
	f  *os.File
	in *Interp
}

func stdinReader(in *Interp, f *os.File) io.Reader { return &pollReader{f, in} }

func (r *pollReader) Read(p []byte) (int, error) {
	wake := r.in.waker.readEnd()
	if wake < 0 {
		return r.f.Read(p)
	}
	fds := []unix.PollFd{{Fd: int32(r.f.Fd()), Events: unix.POLLIN}, {Fd: int32(wake), Events: unix.POLLIN}}
	for {
		stop := uint32(breakInterrupt | breakSignal | breakAbort)
		if t := r.in.gil.stdinReader; t != nil && !t.IsMain() {
			stop = breakAbort // Ctrl-C is the main thread's
		}
		if r.in.breaker.Load()&stop != 0 {
			return 0, ErrInterrupted
		}
		fds[0].Revents, fds[1].Revents = 0, 0
		if _, err := unix.Poll(fds, -1); err != nil {
			if err == unix.EINTR {
				continue
			}
			return r.f.Read(p)
		}
		if fds[1].Revents != 0 {
			var drain [64]byte
			unix.Read(wake, drain[:])
			continue
		}
		if fds[0].Revents != 0 {
			return r.f.Read(p)
		}
	}
}

// WaitReadable waits until the file descriptor fd has data to read (or is at its
// end), as a read of standard input waits: Ctrl-C (Interrupt) ends the wait with
// KeyboardInterrupt. Native modules call it before a read that may block (a
// terminal, a pipe, a socket); any error of poll itself leaves the read to block.
func (t *Thread) WaitReadable(fd int) *Exception {
	in := t.interp
	main := t.IsMain() // only the main thread's waits end at an interrupt
	fds := []unix.PollFd{{Fd: int32(fd), Events: unix.POLLIN}}
	wake := -1
	if main {
		if wake = in.waker.readEnd(); wake < 0 {
			return nil
		}
		fds = append(fds, unix.PollFd{Fd: int32(wake), Events: unix.POLLIN})
	}
	for {
		if b := in.breaker.Load(); main && b&(breakInterrupt|breakSignal) != 0 || b&breakAbort != 0 {
			if err := t.CheckInterrupt(); err != nil {
				return err
			}
		}
		for i := range fds {
			fds[i].Revents = 0
		}
		var err error
		t.Unlocked(func() { _, err = unix.Poll(fds, -1) }) // other threads run meanwhile
		if err != nil {
			if err == unix.EINTR {
				continue
			}
			return nil
		}
		if main && fds[1].Revents != 0 {
			var drain [64]byte
			unix.Read(wake, drain[:])
			continue
		}
		return nil
	}
}

// writeWakeup writes b to set_wakeup_fd's descriptor, without blocking or failing.
func writeWakeup(fd int, b byte) { unix.Write(fd, []byte{b}) }

// Poll is poll(2) on fds for the native modules (select, selectors): it waits at
// most timeout (< 0: no limit) with the interpreter lock released. In the main
// thread an interrupt or a signal ends the wait: the handlers run (the exception
// one raises is returned) and the wait goes on for the time left, as PEP 475 asks;
// an Abort ends it in every thread. It returns poll's count, the revents set in
// fds; a failure of poll is an OSError.
func (t *Thread) Poll(fds []unix.PollFd, timeout time.Duration) (int, *Exception) {
	in := t.interp
	main := t.IsMain()
	all := fds
	wake := -1
	if main {
		if wake = in.waker.readEnd(); wake >= 0 {
			all = append(fds[:len(fds):len(fds)], unix.PollFd{Fd: int32(wake), Events: unix.POLLIN})
		}
	}
	var deadline time.Time
	if timeout >= 0 {
		deadline = time.Now().Add(timeout)
	}
	for {
		if b := in.breaker.Load(); main && b&(breakInterrupt|breakSignal) != 0 || b&breakAbort != 0 {
			if err := t.CheckInterrupt(); err != nil {
				return 0, err
			}
		}
		for i := range all {
			all[i].Revents = 0
		}
		var ts *unix.Timespec
		if timeout >= 0 {
			left := max(time.Until(deadline), 0)
			spec := unix.NsecToTimespec(int64(left))
			ts = &spec
		}
		var n int
		var err error
		t.Unlocked(func() { n, err = unix.Ppoll(all, ts, nil) })
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			return 0, osError(t, err, Value{})
		}
		copy(fds, all) // all is a copy of fds when the wake pipe was added
		if wake >= 0 && all[len(all)-1].Revents != 0 {
			var drain [64]byte
			unix.Read(wake, drain[:])
			n--
			if n == 0 {
				continue
			}
		}
		return n, nil
	}
}
