// Command startup times the start-up of one or more commands: it runs them
// alternately N times each and reports the minimum and median wall time of each
// and the ratio of each to the last one (bench/startup.sh runs it on
// `kaa -c pass` beside `python3.13 -c pass`).
//
//	go run ./bench/startup [-n 30] -- cmd1 args... -- cmd2 args...
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

func main() {
	n := flag.Int("n", 30, "runs of each command")
	flag.Parse()
	var cmds [][]string
	for _, a := range flag.Args() {
		if a == "--" || len(cmds) == 0 {
			cmds = append(cmds, nil)
			if a == "--" {
				continue
			}
		}
		cmds[len(cmds)-1] = append(cmds[len(cmds)-1], a)
	}
	cmds = slices.DeleteFunc(cmds, func(c []string) bool { return len(c) == 0 })
	if len(cmds) == 0 || *n < 1 {
		fmt.Fprintln(os.Stderr, "usage: startup [-n N] -- cmd args... [-- cmd args...]")
		os.Exit(2)
	}
	times := make([][]time.Duration, len(cmds))
	for i := 0; i < *n; i++ {
		for j, c := range cmds {
			cmd := exec.Command(c[0], c[1:]...)
			cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
			t0 := time.Now()
			if err := cmd.Run(); err != nil {
				fmt.Fprintf(os.Stderr, "startup: %s: %v\n", strings.Join(c, " "), err)
				os.Exit(1)
			}
			times[j] = append(times[j], time.Since(t0))
		}
	}
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	last := len(cmds) - 1
	slices.Sort(times[last])
	fmt.Printf("%-40s %9s %9s %9s %9s\n", "command", "min ms", "median ms", "min ratio", "med ratio")
	for j, c := range cmds {
		t := times[j]
		slices.Sort(t)
		name := strings.Join(append([]string{filepath.Base(c[0])}, c[1:]...), " ")
		fmt.Printf("%-40s %9.2f %9.2f %9.2f %9.2f\n", name, ms(t[0]), ms(t[len(t)/2]),
			ms(t[0])/ms(times[last][0]), ms(t[len(t)/2])/ms(times[last][len(t)/2]))
	}
}
