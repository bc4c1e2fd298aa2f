package compile

import (
	"fmt"
	"os"
	"strings"

	"github.com/kaa-python/kaa/bytecode"
)

// dumpBlocks renders a flow graph for debugging.
func dumpBlocks(entry *block) string {
	var b strings.Builder
	ids := map[*block]int{}
	n := 0
	for x := entry; x != nil; x = x.next {
		ids[x] = n
		n++
	}
	for x := entry; x != nil; x = x.next {
		fmt.Fprintf(&b, "B%d preds=%d target=B%d\n", ids[x], x.preds, ids[x.target])
		for _, in := range x.instrs {
			fmt.Fprintf(&b, "   %s %d line %d\n", bytecode.OpName(in.op), in.arg, in.loc.Line)
		}
	}
	return b.String()
}

func init() {
	if os.Getenv("KAA_DEBUG_CFG") != "" {
		debugCFG = func(b *block) { fmt.Fprintln(os.Stderr, dumpBlocks(b)) }
	}
}
