package py

import (
	"sync"
	"sync/atomic"
	"time"
)

// The interpreter lock (CPython's GIL). Every Python thread of an interpreter is a
// goroutine with its own *Thread; only the one holding the interpreter's lock runs
// Python or touches Python objects. The holder gives it up
//
//   - at the eval breaker (a backward jump or a function's entry) once another
//     thread has waited for it a switch interval (sys.setswitchinterval), and
//   - around every call that may block: time.sleep, lock and queue waits, reads
//     and writes of files and pipes, os.waitpid (Thread.Unlocked).
//
// The lock is a channel of capacity one, full while held. Go queues a channel's
// blocked senders in order and a receive hands the slot straight to the first of
// them, so a thread that gives the lock up at the eval breaker and asks for it
// again finds itself behind the thread that asked for the switch: switches are
// forced, as CPython's FORCE_SWITCHING makes them. A waiter that has waited a whole
// interval sets breakSwitch in the eval breaker, so the fast path of the eval loop
// stays the one check of the breaker word it always was.

const breakSwitch = 4 // in Interp.breaker: a waiting thread asks the holder to switch

// gil is an interpreter's lock and its registry of threads.
type gil struct {
	ch       chan struct{} // capacity 1, full while some thread holds the lock
	interval atomic.Int64  // the switch interval in nanoseconds (sys.setswitchinterval)
	// finalizing is set when Finalize is done: a thread other than the main one
	// that then takes the lock stops for good, as CPython's threads do that wake
	// during finalization (daemon threads).
	finalizing atomic.Bool
	// threads are the live Python threads besides the main one (under the lock).
	threads []*Thread
	// stdinMu serialises the reads of standard input made with the lock released.
	stdinMu sync.Mutex
	// stdinReader is the thread reading standard input under stdinMu (nil: the
	// main thread): Ctrl-C ends only the main thread's read.
	stdinReader *Thread
	// imports are the modules being imported, by name (importlib's module locks).
	imports map[string]*importLock
}

// importLock marks a module that a thread is importing: another thread that
// asks for it waits until done is closed rather than see it half initialised.
type importLock struct {
	owner *Thread
	done  chan struct{}
}

// startImport records that t imports name; the function it returns ends that.
func (t *Thread) startImport(name string) func() {
	g := &t.interp.gil
	if g.imports == nil {
		g.imports = map[string]*importLock{}
	}
	l := &importLock{owner: t, done: make(chan struct{})}
	g.imports[name] = l
	return func() {
		if g.imports[name] == l {
			delete(g.imports, name)
		}
		close(l.done)
	}
}

// awaitImport waits for another thread's import l to end and reports whether it
// waited: not when that thread waits, directly or through others, for an import
// of t's (importlib's _DeadlockError case: the module is then used half made).
func (t *Thread) awaitImport(l *importLock) (bool, *Exception) {
	for x := l.owner; x != nil && x.importWait != nil; x = x.importWait.owner {
		if x.importWait.owner == t {
			return false, nil
		}
	}
	t.importWait = l
	_, err := t.Wait(l.done, -1)
	t.importWait = nil
	return true, err
}

// readStdin runs read, a read of the interpreter's standard input, with the
// interpreter lock released: the wait for a line must not stop the other threads.
func (in *Interp) readStdin(t *Thread, read func()) {
	t.Unlocked(func() {
		in.gil.stdinMu.Lock()
		defer in.gil.stdinMu.Unlock()
		in.gil.stdinReader = t
		defer func() { in.gil.stdinReader = nil }()
		read()
	})
}

func (g *gil) init() {
	g.ch = make(chan struct{}, 1)
	g.ch <- struct{}{} // the main thread holds it from the start
	g.interval.Store(int64(5 * time.Millisecond))
}

// NewThread makes the state of a new Python thread of the interpreter (its own
// frames, value stack, exception state and recursion depth) and registers it
// (threading's _count, sys._current_frames). The caller holds the interpreter
// lock; the new thread's goroutine calls Acquire before it runs Python, and Done
// (holding the lock) then Release when it is over.
func (in *Interp) NewThread() *Thread {
	t := &Thread{interp: in}
	in.gil.threads = append(in.gil.threads, t)
	return t
}

// AtDone adds fn to what Done runs when the thread ends (thread-local values
// dropping the thread's data); the main thread never ends.
func (t *Thread) AtDone(fn func()) { t.doneHooks = append(t.doneHooks, fn) }

// Done unregisters a thread made by NewThread, running its AtDone functions first;
// it holds the interpreter lock.
func (t *Thread) Done() {
	for len(t.doneHooks) > 0 {
		fn := t.doneHooks[0]
		t.doneHooks = t.doneHooks[1:]
		fn()
	}
	g := &t.interp.gil
	for i, x := range g.threads {
		if x == t {
			g.threads = append(g.threads[:i], g.threads[i+1:]...)
			break
		}
	}
	t.frame, t.exc = nil, nil
}

// Threads returns the interpreter's live threads, the main one first. The caller
// holds the interpreter lock.
func (in *Interp) Threads() []*Thread {
	return append([]*Thread{in.main}, in.gil.threads...)
}

// Ident is the thread's identifier, as _thread.get_ident gives it: unique among
// the live threads of the process.
func (t *Thread) Ident() int64 { return t.ident() }

// IsMain reports whether t is its interpreter's main thread, the one that
// KeyboardInterrupt reaches.
func (t *Thread) IsMain() bool { return t == t.interp.main }

// Acquire takes the interpreter lock for t, waiting for the thread that holds it
// to give it up (after a switch interval it is asked to, at its next eval breaker
// check). A thread calls it before it runs Python; see Release and Unlocked.
func (t *Thread) Acquire() {
	g := &t.interp.gil
	select {
	case g.ch <- struct{}{}:
	default:
		t.acquireSlow()
	}
	if g.finalizing.Load() && t != t.interp.main {
		// The program is over: a daemon thread waking now never runs again.
		<-g.ch
		select {}
	}
}

func (t *Thread) acquireSlow() {
	in := t.interp
	d := time.Duration(in.gil.interval.Load())
	timer := time.NewTimer(d)
	defer timer.Stop()
	for {
		select {
		case in.gil.ch <- struct{}{}:
			return
		case <-timer.C:
			in.breaker.Or(breakSwitch)
			timer.Reset(time.Duration(in.gil.interval.Load()))
		}
	}
}

// Release gives the interpreter lock up: t must hold it, and must not touch Python
// objects until it has taken it again with Acquire.
func (t *Thread) Release() { <-t.interp.gil.ch }

// Unlocked runs fn with the interpreter lock released, so that other Python
// threads run while fn blocks (a read, a wait, a sleep). fn must not touch Python
// objects or the interpreter. Native modules wrap every call that may block in it.
// With no other Python thread alive, the lock is kept: nobody could take it.
func (t *Thread) Unlocked(fn func()) {
	if len(t.interp.gil.threads) == 0 {
		fn()
		return
	}
	t.Release()
	defer t.Acquire()
	fn()
}

// Yield lets the other threads that wait for the interpreter lock run before t
// goes on (time.sleep(0), and the eval breaker when a switch was asked for).
func (t *Thread) Yield() {
	if len(t.interp.gil.threads) == 0 {
		return
	}
	t.Release()
	t.Acquire()
}

// InterruptWait returns a channel that is closed when an interrupt (Ctrl-C) or
// an Abort arrives: a native wait selects on it with the lock released, then
// calls CheckInterrupt, and waits again if that returns nil (an interrupt is the
// main thread's alone; an abort stops every thread). Take the channel before the
// CheckInterrupt that precedes the wait, so that no interrupt is missed between.
func (t *Thread) InterruptWait() <-chan struct{} {
	return t.interp.bell.wait()
}

// CheckInterrupt returns KeyboardInterrupt if an interrupt is pending and t is the
// main thread (clearing it); there it also runs the handlers of pending signals,
// returning the exception one raises. Else it returns nil.
func (t *Thread) CheckInterrupt() *Exception {
	if e := t.interp.abortException(); e != nil {
		return e
	}
	if t != t.interp.main {
		return nil
	}
	b := t.interp.breaker.Load()
	if b&breakInterrupt != 0 && t.interp.ClearInterrupt() {
		return NewException(keyboardInterrupt)
	}
	if b&breakSignal != 0 {
		return t.runSignals()
	}
	return nil
}

// Wait blocks until ready is closed (or sends), timeout passes (timeout < 0: no
// limit) or, in the main thread, an interrupt arrives, with the interpreter lock
// released meanwhile. It reports whether ready fired; the exception is the
// interrupt's KeyboardInterrupt.
func (t *Thread) Wait(ready <-chan struct{}, timeout time.Duration) (bool, *Exception) {
	return t.WaitFunc(timeout, func(tc <-chan time.Time, intr <-chan struct{}) bool {
		select {
		case <-ready:
			return true
		case <-tc:
		case <-intr:
		}
		return false
	})
}

// WaitFunc is the general blocking wait of native modules. wait runs with the
// interpreter lock released; it selects on what it waits for and on the two
// channels it is given, the timeout's (nil when timeout < 0) and the interrupt's
// (nil outside the main thread), and returns true when what it waits for has
// happened (it then owns it: a lock taken, an item received), false when one of
// the two channels fired. WaitFunc reports wait's result (false at the timeout)
// or, when an interrupt arrived, KeyboardInterrupt. A caller tries once without
// blocking first: the timeout's channel may win a race with a ready event.
func (t *Thread) WaitFunc(timeout time.Duration, wait func(timeout <-chan time.Time, interrupt <-chan struct{}) bool) (bool, *Exception) {
	var deadline time.Time
	if timeout >= 0 {
		deadline = time.Now().Add(timeout)
	}
	for {
		intr := t.InterruptWait()
		if err := t.CheckInterrupt(); err != nil {
			return false, err
		}
		var tc <-chan time.Time
		var timer *time.Timer
		if timeout >= 0 {
			left := time.Until(deadline)
			if left <= 0 {
				return false, nil
			}
			timer = time.NewTimer(left)
			tc = timer.C
		}
		var ok bool
		t.Unlocked(func() { ok = wait(tc, intr) })
		if timer != nil {
			timer.Stop()
		}
		if ok {
			return true, nil
		}
	}
}
