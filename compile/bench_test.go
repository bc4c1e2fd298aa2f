package compile

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/kaa-python/kaa/internal/pyref"
	"github.com/kaa-python/kaa/syntax/parser"
)

func libSources(tb testing.TB) ([]string, [][]byte, int) {
	if pyref.Find() == "" {
		tb.Skip("python3.13 not found: no Lib to compile")
	}
	var files []string
	filepath.Walk(pyref.Stdlib(), func(p string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() && strings.HasSuffix(p, ".py") {
			files = append(files, p)
		}
		return nil
	})
	srcs := make([][]byte, len(files))
	total := 0
	for i, f := range files {
		srcs[i], _ = os.ReadFile(f)
		total += len(srcs[i])
	}
	return files, srcs, total
}

// BenchmarkCompileLib parses and compiles every .py file of CPython's Lib to code
// objects once per iteration, in one goroutine (sources are read beforehand). Files
// with syntax errors or constructs not supported yet count as far as they get.
// Compare with bench/compile_lib.py, which times python3.13's compile() the same way.
func BenchmarkCompileLib(b *testing.B) {
	files, srcs, total := libSources(b)
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for j, src := range srcs {
			res, err := parser.Parse(files[j], src, parser.Exec, parser.Options{})
			if err != nil {
				continue
			}
			Compile(res.Tree, files[j], Options{})
		}
	}
	b.StopTimer()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(ms.Sys)/(1<<20), "MB-sys")
}
