//go:build unix

package main

import (
	"os"
	"os/signal"
	"sync"
	"syscall"
	"time"

	"github.com/kaa-python/kaa/py"
)

// catchInterrupts hooks the process's signals up to the interpreter, as CPython's
// start-up does: Ctrl-C (SIGINT) becomes KeyboardInterrupt in the running code, the
// signals CPython leaves at their default action end the process by that signal
// (signals_unix.go), SIGPIPE and SIGXFSZ are ignored (a write into a closed pipe is
// BrokenPipeError), and the signal module changes all that through the port.
//
// os/signal's watcher costs a goroutine and an OS thread, about a millisecond of
// start-up here, which a short program never needs: it is started after
// interruptDelay, or when Python code first changes a signal's action. Until then
// Ctrl-C ends the process by SIGINT, as an uncaught KeyboardInterrupt does.
//
// The port is the one package-level thing os/signal forces on us: the process has
// one set of signal actions, and the command line one interpreter to give them to.
func catchInterrupts(in *py.Interp) {
	p := &signalPort{in: in, action: map[int]py.SignalAction{}, c: make(chan os.Signal, 16)}
	for _, sig := range setupSignals() {
		p.action[int(sig.(syscall.Signal))] = py.SignalDefault
		p.dies = append(p.dies, sig)
	}
	for _, sig := range defaultActionSignals {
		if _, ok := p.action[int(sig.(syscall.Signal))]; !ok && sig != syscall.SIGPROF {
			p.action[int(sig.(syscall.Signal))] = py.SignalIgnore
		}
	}
	p.action[int(syscall.SIGPIPE)] = py.SignalIgnore
	p.action[int(syscall.SIGXFSZ)] = py.SignalIgnore
	if signal.Ignored(os.Interrupt) {
		p.action[int(syscall.SIGINT)] = py.SignalIgnore
	} else {
		p.action[int(syscall.SIGINT)] = py.SignalCatch
	}
	in.SetSignalPort(p)
	time.AfterFunc(interruptDelay, func() {
		p.mu.Lock()
		defer p.mu.Unlock()
		p.start()
	})
}

// signalPort is the command line's py.SignalPort over os/signal.
type signalPort struct {
	in      *py.Interp
	mu      sync.Mutex
	c       chan os.Signal
	started bool
	action  map[int]py.SignalAction // what Python sees; absent: SignalDefault
	dies    []os.Signal             // the default-action signals caught to die of
}

// start begins watching: the signals caught so far are notified (under mu).
// SIGPIPE and SIGXFSZ, ignored since start-up, are then caught and dropped
// instead: a caught signal is reset to its default action by exec, which is what
// subprocess's restore_signals asks for, where an ignored one would stay ignored.
func (p *signalPort) start() {
	if p.started {
		return
	}
	p.started = true
	signal.Notify(p.c, p.dies...)
	signal.Notify(p.c, syscall.SIGPIPE, syscall.SIGXFSZ)
	if p.action[int(syscall.SIGINT)] == py.SignalCatch {
		signal.Notify(p.c, syscall.SIGINT)
	}
	go p.watch()
}

func (p *signalPort) watch() {
	for sig := range p.c {
		n := int(sig.(syscall.Signal))
		switch p.Action(n) {
		case py.SignalCatch:
			p.in.Signal(n)
		case py.SignalDefault:
			dieOfSignal(sig)
		}
	}
}

func (p *signalPort) Action(sig int) py.SignalAction {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.action[sig]
}

func (p *signalPort) SetAction(sig int, a py.SignalAction) error {
	s := syscall.Signal(sig)
	if s == syscall.SIGKILL || s == syscall.SIGSTOP || sig <= 0 || sig >= py.NSIG {
		return syscall.EINVAL
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.start()
	p.action[sig] = a
	switch {
	case a == py.SignalCatch:
		signal.Notify(p.c, s)
	case a == py.SignalIgnore && (s == syscall.SIGPIPE || s == syscall.SIGXFSZ):
		signal.Notify(p.c, s) // dropped by watch, reset by exec (see start)
	case a == py.SignalIgnore:
		signal.Ignore(s)
	case s == syscall.SIGINT || isDefaultDeath(s):
		signal.Notify(p.c, s) // watch dies of it, without Go's goroutine dump
	default:
		signal.Reset(s)
	}
	return nil
}

func isDefaultDeath(s syscall.Signal) bool {
	for _, x := range defaultActionSignals {
		if x == s {
			return s != syscall.SIGPROF
		}
	}
	return false
}
