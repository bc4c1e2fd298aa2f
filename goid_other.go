//go:build !amd64 && !arm64

package kaa

import "runtime"

// goid identifies the running goroutine: its number, from the first line of its
// stack trace ("goroutine 18 [running]:").
func goid() uint64 {
	var buf [40]byte
	b := buf[:runtime.Stack(buf[:], false)]
	const prefix = "goroutine "
	if len(b) < len(prefix) {
		return 0
	}
	var n uint64
	for _, c := range b[len(prefix):] {
		if c < '0' || c > '9' {
			break
		}
		n = n*10 + uint64(c-'0')
	}
	return n
}
