package py

import (
	"sync/atomic"
	"time"
)

// Signals besides Ctrl-C's KeyboardInterrupt (interrupt.go). CPython's C signal
// handler only marks a signal pending (and writes to the wakeup fd); the main thread
// runs the Python handler between bytecodes, at its next eval breaker check or in
// the blocking wait it is in. Kaa does the same: Interp.Signal, called from any
// goroutine when a caught signal arrives, marks it pending, sets breakSignal in the
// eval breaker and wakes the waits (the bell, the stdin waker); the main thread's
// CheckInterrupt then calls the handlers.
//
// The process's signals themselves belong to the host: only the command line hooks
// Go's os/signal up (a SignalPort), so an embedding host keeps them out by giving
// none. Without a port the signal module still keeps its handler table, and what
// Interp.Signal or Interrupt deliver runs through it.
//
// SIGINT keeps its own fast path while its handler is default_int_handler: Interrupt
// sets breakInterrupt, which also cuts a read of standard input short. Once Python
// code gives SIGINT another handler, Interrupt delivers it as the other signals are.

// breakSignal is set in Interp.breaker while a signal is pending.
const breakSignal = 16

// NSIG is one more than the highest signal number (Linux's 64).
const NSIG = 65

const sigINT = 2

// SignalAction is what the process does when a signal arrives.
type SignalAction int

const (
	SignalDefault SignalAction = iota // the system's default action (mostly: die)
	SignalIgnore                      // nothing
	SignalCatch                       // hand it to Interp.Signal
)

// SignalPort is a host's hold on the process's signals: the command line's, over
// os/signal. Its methods may be called from any goroutine.
type SignalPort interface {
	// Action reports what the process does now with sig.
	Action(sig int) SignalAction
	// SetAction changes it; an error is the system's (EINVAL for SIGKILL).
	SetAction(sig int, a SignalAction) error
}

// signalState is an interpreter's part of the signals. The bit of signal n in the
// masks is 1<<(n-1).
type signalState struct {
	port      SignalPort
	pending   atomic.Uint64 // arrived, handler not run yet
	blocked   atomic.Uint64 // pthread_sigmask's mask: held pending, not run
	delivered atomic.Uint64 // how many signals Signal has taken
	wakeFd    atomic.Int64  // set_wakeup_fd's descriptor plus one; 0: none
	// intRouted: SIGINT's handler is not default_int_handler, so Interrupt
	// delivers SIGINT to it rather than raise KeyboardInterrupt.
	intRouted atomic.Bool
	handlers  [NSIG]Value // the Python handlers (under the interpreter lock)
}

// SetSignalPort gives the interpreter the host's signals; call it before running
// code. Without one, Python code cannot change what the process does on a signal.
func (in *Interp) SetSignalPort(p SignalPort) { in.sig.port = p }

// SignalPort is the host's port, or nil.
func (in *Interp) SignalPort() SignalPort { return in.sig.port }

// Signal delivers sig to the interpreter: its Python handler runs in the main
// thread at the next check. It may be called from any goroutine (the port's).
func (in *Interp) Signal(sig int) {
	if sig <= 0 || sig >= NSIG {
		return
	}
	s := &in.sig
	bit := uint64(1) << (sig - 1)
	if sig == sigINT && !s.intRouted.Load() && s.blocked.Load()&bit == 0 {
		s.delivered.Add(1)
		in.interrupt()
		return
	}
	s.pending.Or(bit)
	if fd := s.wakeFd.Load(); fd > 0 {
		writeWakeup(int(fd-1), byte(sig))
	}
	in.breaker.Or(breakSignal)
	s.delivered.Add(1)
	in.waker.wake()
	in.bell.ring()
}

// SignalsDelivered counts the signals Signal has taken: raise_signal and os.kill
// of the process itself wait for it to move, so that the handler has run when
// they return, as in CPython.
func (in *Interp) SignalsDelivered() uint64 { return in.sig.delivered.Load() }

// SentSelfSignal is called after the process sent itself sig (os.kill,
// raise_signal), with what SignalsDelivered said before the sending: when the port
// catches sig, it waits a moment for its arrival, then runs the handlers, so that
// they have run on return, as in CPython (where the kernel delivers a signal sent
// to oneself before kill returns).
func (t *Thread) SentSelfSignal(before uint64, sig int) *Exception {
	in := t.interp
	if p := in.sig.port; p != nil && sig > 0 && sig < NSIG {
		switch a := p.Action(sig); {
		case a == SignalCatch:
			for deadline := time.Now().Add(time.Second); in.SignalsDelivered() == before && time.Now().Before(deadline); {
				time.Sleep(20 * time.Microsecond)
			}
		case a == SignalDefault && defaultKills(sig):
			// The port's goroutine ends the process: do not run on meanwhile.
			time.Sleep(time.Second)
		}
	}
	return t.CheckInterrupt()
}

// SignalHandler is sig's Python handler, nil if none was set (the main thread).
func (in *Interp) SignalHandler(sig int) Value {
	if sig <= 0 || sig >= NSIG {
		return Value{}
	}
	return in.sig.handlers[sig]
}

// SetSignalHandler records sig's Python handler (the signal module's table; the
// main thread). keyboardInterrupt tells that h is default_int_handler, which
// SIGINT's fast path stands for.
func (in *Interp) SetSignalHandler(sig int, h Value, keyboardInterrupt bool) {
	if sig <= 0 || sig >= NSIG {
		return
	}
	in.sig.handlers[sig] = h
	if sig == sigINT {
		in.sig.intRouted.Store(!keyboardInterrupt)
	}
}

// BlockSignals replaces the mask of the signals held pending (pthread_sigmask, for
// the whole interpreter: Go gives a goroutine no signal mask of its own) and
// returns the old one. Unblocked pending signals are run at the next check.
func (in *Interp) BlockSignals(mask uint64) uint64 {
	old := in.sig.blocked.Swap(mask)
	if in.sig.pending.Load()&^mask != 0 {
		in.breaker.Or(breakSignal)
		in.bell.ring()
	}
	return old
}

// BlockedSignals is the mask of the signals BlockSignals holds.
func (in *Interp) BlockedSignals() uint64 { return in.sig.blocked.Load() }

// PendingSignals is the mask of the signals that arrived and wait for their
// handler (sigpending reports the blocked ones among them).
func (in *Interp) PendingSignals() uint64 { return in.sig.pending.Load() }

// TakeSignal clears sig's pending mark, reporting whether it was set (sigwait).
func (in *Interp) TakeSignal(sig int) bool {
	bit := uint64(1) << (sig - 1)
	return in.sig.pending.And(^bit)&bit != 0
}

// SetSignalWakeupFd makes Signal write each signal's number as a byte to fd (-1:
// to none), as set_wakeup_fd; it returns the previous descriptor.
func (in *Interp) SetSignalWakeupFd(fd int) int {
	return int(in.sig.wakeFd.Swap(int64(fd)+1)) - 1
}

// runSignals runs the handlers of the pending, unblocked signals, lowest first, in
// the main thread. A handler's exception stops it; the signals left stay pending.
func (t *Thread) runSignals() *Exception {
	in := t.interp
	s := &in.sig
	in.breaker.And(^uint32(breakSignal))
	for sig := 1; sig < NSIG; sig++ {
		bit := uint64(1) << (sig - 1)
		if s.pending.Load()&^s.blocked.Load()&bit == 0 || s.pending.And(^bit)&bit == 0 {
			continue
		}
		h := s.handlers[sig]
		var err *Exception
		switch {
		case sig == sigINT && (h.IsNil() || !s.intRouted.Load()):
			err = NewException(keyboardInterrupt)
		case Callable(h):
			frame := pyNone
			if f := t.frame; f != nil {
				f.escaped = true
				frame = f.Value()
			}
			_, err = Call(t, h, Int(int64(sig)), frame)
		}
		if err != nil {
			if s.pending.Load()&^s.blocked.Load() != 0 {
				in.breaker.Or(breakSignal)
			}
			return err
		}
	}
	return nil
}

// defaultKills reports whether sig's default action ends the process (all but
// SIGCHLD, SIGCONT, SIGURG and SIGWINCH, ignored, and the stop signals).
func defaultKills(sig int) bool {
	switch sig {
	case 17, 18, 19, 20, 21, 22, 23, 28:
		return false
	}
	return sig < 32
}
