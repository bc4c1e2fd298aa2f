package kaa_test

import (
	"bytes"
	"context"
	"sync"
	"testing"

	"github.com/kaa-python/kaa"
)

// TestConcurrentLibraryModules runs the functional and container modules
// (native halves and library Python) in several interpreters at once: under
// -race, their shared, lazily built types must not race.
func TestConcurrentLibraryModules(t *testing.T) {
	src := `
import collections, functools, itertools, operator, heapq, bisect, string, textwrap, contextlib, reprlib, abc
from collections import deque, Counter, OrderedDict, namedtuple, defaultdict
import collections.abc as cabc
def work(k):
    P = namedtuple('P', 'x y')
    d = deque(range(10), maxlen=5); d.rotate(k)
    c = Counter('abracadabra' * k)
    f = functools.lru_cache(maxsize=4)(lambda x: x * 2)
    r = [f(i % 6) for i in range(20)]
    g = [(key, len(list(grp))) for key, grp in itertools.groupby(sorted('mississippi'))]
    return (list(d), c.most_common(2), f.cache_info().hits, g, isinstance([], cabc.Sequence), P(1, k)._asdict(),
            heapq.nsmallest(2, [5, 1, 4]), bisect.bisect([1, 2, 3], 2), textwrap.fill('a b c d e', 3),
            string.Template('$a').substitute(a=k), operator.itemgetter(0)('xy'), reprlib.repr(list(range(20))),
            isinstance(1, cabc.Hashable), functools.partial(max, k)(0))
`
	var wg sync.WaitGroup
	for j := 0; j < 8; j++ {
		wg.Add(1)
		go func(j int) {
			defer wg.Done()
			var out bytes.Buffer
			in, err := kaa.New(kaa.Options{Stdout: &out})
			if err != nil {
				t.Error(err)
				return
			}
			if err := in.Exec(context.Background(), src); err != nil {
				t.Error(err)
				return
			}
			if _, err := in.Call(context.Background(), "work", j%3+1); err != nil {
				t.Error(err)
			}
		}(j)
	}
	wg.Wait()
}
