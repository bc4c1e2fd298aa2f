//go:build unix

package main

import (
	"os"
	"os/signal"
	"syscall"
	"time"
)

// defaultActionSignals are the signals CPython leaves at the action it inherited (by
// default: end the process, some with a core dump). Go's runtime would instead ignore
// SIGUSR1, SIGUSR2 and SIGALRM and print a goroutine dump for SIGQUIT and SIGABRT.
var defaultActionSignals = []os.Signal{
	syscall.SIGHUP, syscall.SIGTERM, syscall.SIGUSR1, syscall.SIGUSR2, syscall.SIGALRM,
	syscall.SIGQUIT, syscall.SIGABRT, syscall.SIGVTALRM, syscall.SIGPROF, syscall.SIGTRAP,
}

// setupSignals ignores SIGPIPE and SIGXFSZ as CPython does (a write into a closed pipe
// fails with EPIPE: BrokenPipeError), keeps ignored the default-action signals that
// were ignored when Kaa started, and returns the others, which Kaa catches and dies of.
// Go's runtime keeps (and reports) an inherited SIG_IGN only for SIGHUP and SIGINT;
// the others it has replaced by its own handler before main runs, so their inherited
// disposition is lost (RATIONALE.md).
func setupSignals() []os.Signal {
	signal.Ignore(syscall.SIGPIPE, syscall.SIGXFSZ)
	var fatal []os.Signal
	for _, sig := range defaultActionSignals {
		if signal.Ignored(sig) {
			signal.Ignore(sig)
			continue
		}
		if sig == syscall.SIGPROF {
			continue // Go's profiler owns it; its default action is CPython's anyway
		}
		fatal = append(fatal, sig)
	}
	return fatal
}

// dieOfSignal ends the process by sig with the system's default action, as CPython
// would have died of it: no handler, no Go goroutine dump.
func dieOfSignal(sig os.Signal) {
	s := sig.(syscall.Signal)
	setDefaultAction(s)
	syscall.Kill(syscall.Getpid(), s)
	time.Sleep(time.Second)
	os.Exit(128 + int(s))
}
