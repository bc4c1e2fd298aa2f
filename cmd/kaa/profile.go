//go:build kaaprof

package main

import (
	"os"
	"runtime/pprof"
)

// Built with `go build -tags kaaprof`, KAA_CPUPROFILE=file writes a Go CPU profile
// of the run, for `go tool pprof`.
func init() {
	startProfile = func() func() {
		f := os.Getenv("KAA_CPUPROFILE")
		if f == "" {
			return nil
		}
		w, err := os.Create(f)
		if err != nil {
			return nil
		}
		pprof.StartCPUProfile(w)
		return func() {
			pprof.StopCPUProfile()
			w.Close()
		}
	}
}
