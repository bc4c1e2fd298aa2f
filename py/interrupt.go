package py

import (
	"errors"
	"sync"
	"time"
)

// Interrupts. CPython's SIGINT handler sets a flag that the eval loop checks at
// backward jumps and function entries (the eval breaker) and that interrupts
// blocking reads; the check then raises KeyboardInterrupt. Kaa's command line
// turns SIGINT into Interp.Interrupt; an embedding host may call it from any
// goroutine, to stop code that runs too long.

const (
	breakInterrupt = 1
	breakAbort     = 8 // with breakFinalize (2) and breakSwitch (4), the eval breaker's bits
)

// Interrupt asks the code running in the interpreter to raise KeyboardInterrupt at
// its next backward jump or function entry, or in the read from standard input it
// is blocked in, as Ctrl-C does in CPython. It may be called from any goroutine.
// Once Python code has given SIGINT a handler other than default_int_handler,
// that handler runs instead (signal.go).
func (in *Interp) Interrupt() {
	if in.sig.intRouted.Load() {
		in.Signal(sigINT)
		return
	}
	in.interrupt()
}

func (in *Interp) interrupt() {
	in.breaker.Or(breakInterrupt)
	in.waker.wake()
	in.bell.ring()
}

// Abort stops the code running in the interpreter for good, as a host does when
// its deadline passes: at the next check (where Interrupt would raise), in every
// thread, a KeyboardInterrupt is raised that no except clause, finally block or
// with statement in Python code sees, so the run returns to the host at once.
// The abort stays in force, stopping whatever runs next, until ClearAbort. It
// may be called from any goroutine.
func (in *Interp) Abort() {
	in.breaker.Or(breakAbort)
	in.waker.wake()
	in.bell.ring()
}

// ClearAbort ends an Abort, reporting whether there was one.
func (in *Interp) ClearAbort() bool {
	return in.breaker.And(^uint32(breakAbort))&breakAbort != 0
}

// abortException is the exception of an Abort in force, or nil.
func (in *Interp) abortException() *Exception {
	if in.breaker.Load()&breakAbort == 0 {
		return nil
	}
	e := NewException(keyboardInterrupt)
	e.abort = true
	return e
}

// bell wakes the goroutines blocked in Thread.Sleep (and, later, other waits)
// when an interrupt arrives: wait returns a channel that the next ring closes.
type bell struct {
	mu sync.Mutex
	ch chan struct{}
}

func (b *bell) wait() <-chan struct{} {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.ch == nil {
		b.ch = make(chan struct{})
	}
	return b.ch
}

func (b *bell) ring() {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.ch != nil {
		close(b.ch)
		b.ch = nil
	}
}

// Sleep blocks for d, as time.sleep, with the interpreter lock released: an
// Interrupt cuts it short with KeyboardInterrupt in the main thread (CPython's
// sleep is interrupted by SIGINT, whose handler raises), and a pending one raises
// at once. A sleep of zero or less lets the other threads run first. Native
// modules use it for every wait the user may want to stop.
func (t *Thread) Sleep(d time.Duration) *Exception {
	if err := t.CheckInterrupt(); err != nil {
		return err
	}
	if d <= 0 {
		t.Yield()
		return nil
	}
	_, err := t.WaitFunc(d, func(tc <-chan time.Time, intr <-chan struct{}) bool {
		select {
		case <-tc:
		case <-intr:
		}
		return false
	})
	return err
}

// ClearInterrupt drops a pending interrupt and reports whether there was one.
func (in *Interp) ClearInterrupt() bool {
	return in.breaker.And(^uint32(breakInterrupt))&breakInterrupt != 0
}

// UnhandledInterrupt reports whether the last module-level code run (RunCode: the
// program, or the interactive loop's last statement) ended with KeyboardInterrupt, or
// exitStatus was given one; CPython's command line then ends by killing itself with
// SIGINT, whatever its exit status.
func (in *Interp) UnhandledInterrupt() bool { return in.unhandledInterrupt }

// interrupted handles a set eval breaker (the slow path of the eval loop's one
// check): a waiting thread's request for the interpreter lock is granted, then a
// pending interrupt becomes KeyboardInterrupt in the main thread (CPython's
// default SIGINT handler runs only there; other threads leave it pending).
func (t *Thread) interrupted() *Exception {
	in := t.interp
	if e := in.abortException(); e != nil {
		return e
	}
	if in.breaker.Load()&breakSwitch != 0 {
		in.breaker.And(^uint32(breakSwitch))
		t.Yield()
	}
	if in.breaker.Load()&breakFinalize != 0 {
		t.runFinalizers()
	}
	if in.breaker.Load()&breakLimits != 0 {
		if e := t.checkLimits(); e != nil {
			return e
		}
	}
	return t.CheckInterrupt()
}

// ErrInterrupted is the error of a read from the process's standard input that
// Interrupt cut short. The interrupt stays pending: the reader raises it (readError)
// or clears it.
var ErrInterrupted = errors.New("interrupted")

// readError turns an interrupted read into KeyboardInterrupt.
func (t *Thread) readError(err error) *Exception {
	if errors.Is(err, ErrInterrupted) {
		if e := t.interp.abortException(); e != nil {
			return e
		}
		t.interp.ClearInterrupt()
		return NewException(keyboardInterrupt)
	}
	return nil
}
