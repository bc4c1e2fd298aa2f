package main

import (
	"syscall"
	"unsafe"
)

// setDefaultAction gives sig the system's default action (SIG_DFL), below Go's
// runtime, which has no API for it.
func setDefaultAction(sig syscall.Signal) {
	var sa struct {
		handler, flags, restorer, mask uintptr
	}
	syscall.RawSyscall6(syscall.SYS_RT_SIGACTION, uintptr(sig), uintptr(unsafe.Pointer(&sa)), 0, 8, 0, 0)
}
