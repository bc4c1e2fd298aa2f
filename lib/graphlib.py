"""Topological sorting of a graph of hashable nodes."""

from types import GenericAlias

__all__ = ["TopologicalSorter", "CycleError"]

# A node's count of unfinished predecessors becomes one of these states
# once get_ready() hands it out, and then once it is done().
_HANDED_OUT = -1
_FINISHED = -2

_END = object()  # an exhausted edge iterator


class CycleError(ValueError):
    """Raised by TopologicalSorter.prepare() when the graph has a cycle.

    The exception's args[1] is one of the cycles (which one, when there are
    several, is not defined): a list of nodes, each an immediate
    predecessor of the next, that starts and ends with the same node.
    """


class TopologicalSorter:
    """Sorts a graph of hashable nodes topologically: every node comes after
    all of its predecessors."""

    def __init__(self, graph=None):
        # Per node, in the order first seen: how many predecessors are not
        # done yet (or its state), and the nodes waiting for it (once per
        # edge, in the order added).
        self._pending = {}
        self._successors = {}
        self._ready = None           # a list once prepare() was called
        self._handed_out = self._finished = 0
        if graph is not None:
            for node, before in graph.items():
                self.add(node, *before)

    def _know(self, node):
        if node not in self._pending:
            self._pending[node] = 0
            self._successors[node] = []

    def add(self, node, *predecessors):
        """Add node to the graph, after each of predecessors.

        Nodes must be hashable. Adding a node again adds to its
        predecessors; a predecessor not seen before joins the graph with
        none of its own. Raises ValueError after prepare().
        """
        if self._ready is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        self._know(node)
        self._pending[node] += len(predecessors)
        for earlier in predecessors:
            self._know(earlier)
            self._successors[earlier].append(node)

    def prepare(self):
        """Freeze the graph and look for cycles.

        Raises CycleError when there is one; get_ready() still hands out
        the nodes the cycle does not block. Afterwards add() is refused,
        and prepare() may not be called again.
        """
        if self._ready is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready = [node for node, count in self._pending.items() if not count]
        loop = self._find_cycle()
        if loop:
            raise CycleError("nodes are in a cycle", loop)

    def _check_prepared(self):
        if self._ready is None:
            raise ValueError("prepare() must be called first")

    def get_ready(self):
        """Return a tuple of the nodes whose predecessors are all done.

        The first call gives the nodes without predecessors; later calls
        the nodes that done() has unblocked since, or () when nothing can
        go on. Raises ValueError before prepare().
        """
        self._check_prepared()
        batch = tuple(self._ready)
        del self._ready[:]
        self._pending.update(dict.fromkeys(batch, _HANDED_OUT))
        self._handed_out += len(batch)
        return batch

    def is_active(self):
        """Whether get_ready() can still hand out nodes now or after done():
        some are ready, or some handed out are not done yet (a cycle can
        block the rest). Raises ValueError before prepare().
        """
        self._check_prepared()
        return bool(self._ready) or self._finished < self._handed_out

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Mark nodes, handed out by get_ready(), as processed, so that
        their successors can become ready.

        Raises ValueError before prepare(), for a node not in the graph,
        one not handed out yet, or one already done.
        """
        self._check_prepared()
        pending = self._pending
        for node in nodes:
            state = pending.get(node)
            if state is None:
                raise ValueError(f"node {node!r} was not added using add()")
            if state == _FINISHED:
                raise ValueError(f"node {node!r} was already marked done")
            if state != _HANDED_OUT:
                raise ValueError(f"node {node!r} was not passed out (still not ready)")
            pending[node] = _FINISHED
            for later in self._successors[node]:
                pending[later] -= 1
                if not pending[later]:
                    self._ready.append(later)
            self._finished += 1

    def _find_cycle(self):
        # Depth-first along successor edges, from each node in the order
        # added; an edge back into the current path closes a cycle.
        successors = self._successors
        seen = set()
        for root in successors:
            if root in seen:
                continue
            path = []        # the nodes of the current path
            position = {}    # node -> its index in path
            edges = []       # for each node of the path, its unexplored successors
            node = root
            while True:
                if node not in seen:
                    seen.add(node)
                    position[node] = len(path)
                    path.append(node)
                    edges.append(iter(successors[node]))
                elif node in position:
                    return path[position[node]:] + [node]
                # The next unexplored edge, backing up the path as needed.
                while path:
                    node = next(edges[-1], _END)
                    if node is not _END:
                        break
                    del position[path.pop()]
                    edges.pop()
                else:
                    break
        return None

    def static_order(self):
        """Return an iterator over the nodes in topological order.

        It prepares the sorter and marks the nodes done itself, so it can
        only be used on its own; CycleError when the graph has a cycle.
        """
        self.prepare()
        while self:
            batch = self.get_ready()
            yield from batch
            self.done(*batch)

    __class_getitem__ = classmethod(GenericAlias)
