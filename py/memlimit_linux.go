package py

import "syscall"

// systemMemoryLimit is the smaller of the physical memory and the RLIMIT_AS soft
// limit, in bytes (0: unknown).
func systemMemoryLimit() int64 {
	var limit int64
	var info syscall.Sysinfo_t
	if syscall.Sysinfo(&info) == nil {
		limit = int64(info.Totalram) * int64(info.Unit)
	}
	var rl syscall.Rlimit
	if syscall.Getrlimit(syscall.RLIMIT_AS, &rl) == nil && rl.Cur != ^uint64(0) && rl.Cur < 1<<62 {
		if limit == 0 || int64(rl.Cur) < limit {
			limit = int64(rl.Cur)
		}
	}
	return limit
}
