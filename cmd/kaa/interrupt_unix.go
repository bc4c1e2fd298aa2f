//go:build unix

package main

import (
	"os"
	"os/signal"
	"syscall"
	"time"
)

// dieOfInterrupt ends the process by SIGINT, as CPython does after a KeyboardInterrupt
// reached the top level (its traceback already printed), so that the parent sees the
// signal and not an exit status. If the signal does not end the process, run's
// status (130) is used.
func dieOfInterrupt() {
	signal.Reset(os.Interrupt)
	if syscall.Kill(syscall.Getpid(), syscall.SIGINT) == nil {
		time.Sleep(time.Second)
	}
}
