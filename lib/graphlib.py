"""Topological sorting of a graph of hashable nodes."""

from types import GenericAlias

__all__ = ["TopologicalSorter", "CycleError"]

# The states of a node after prepare(), stored where the count of its
# unfinished predecessors was: handed out by get_ready(), then done().
_NODE_OUT = -1
_NODE_DONE = -2


_END = object()  # an exhausted edge iterator


class _NodeInfo:
    __slots__ = "node", "npredecessors", "successors"

    def __init__(self, node):
        self.node = node
        # Predecessors not yet done; once the node is handed out, a state.
        self.npredecessors = 0
        # The nodes that wait for this one, once per edge, in order added.
        self.successors = []


class CycleError(ValueError):
    """Raised by TopologicalSorter.prepare() when the graph has a cycle.

    The exception's args[1] is one of the cycles (which one, when there are
    several, is not defined): a list of nodes, each an immediate
    predecessor of the next, that starts and ends with the same node.
    """
    pass


class TopologicalSorter:
    """Sorts a graph of hashable nodes topologically: every node comes after
    all of its predecessors."""

    def __init__(self, graph=None):
        self._node2info = {}
        self._ready_nodes = None  # None until prepare()
        self._npassedout = 0
        self._nfinished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _get_nodeinfo(self, node):
        info = self._node2info.get(node)
        if info is None:
            info = self._node2info[node] = _NodeInfo(node)
        return info

    def add(self, node, *predecessors):
        """Add node to the graph, after each of predecessors.

        Nodes must be hashable. Adding a node again adds to its
        predecessors; a predecessor not seen before joins the graph with
        none of its own. Raises ValueError after prepare().
        """
        if self._ready_nodes is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        self._get_nodeinfo(node).npredecessors += len(predecessors)
        for pred in predecessors:
            self._get_nodeinfo(pred).successors.append(node)

    def prepare(self):
        """Freeze the graph and look for cycles.

        Raises CycleError when there is one; get_ready() still hands out
        the nodes the cycle does not block. Afterwards add() is refused,
        and prepare() may not be called again.
        """
        if self._ready_nodes is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready_nodes = [info.node for info in self._node2info.values()
                             if info.npredecessors == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError(f"nodes are in a cycle", cycle)

    def _check_prepared(self):
        if self._ready_nodes is None:
            raise ValueError("prepare() must be called first")

    def get_ready(self):
        """Return a tuple of the nodes whose predecessors are all done.

        The first call gives the nodes without predecessors; later calls
        the nodes that done() has unblocked since, or () when nothing can
        go on. Raises ValueError before prepare().
        """
        self._check_prepared()
        ready = tuple(self._ready_nodes)
        for node in ready:
            self._node2info[node].npredecessors = _NODE_OUT
        self._ready_nodes.clear()
        self._npassedout += len(ready)
        return ready

    def is_active(self):
        """Whether get_ready() can still hand out nodes now or after done():
        some are ready, or some handed out are not done yet (a cycle can
        block the rest). Raises ValueError before prepare().
        """
        self._check_prepared()
        return self._nfinished < self._npassedout or bool(self._ready_nodes)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Mark nodes, handed out by get_ready(), as processed, so that
        their successors can become ready.

        Raises ValueError before prepare(), for a node not in the graph,
        one not handed out yet, or one already done.
        """
        self._check_prepared()
        infos = self._node2info
        for node in nodes:
            info = infos.get(node)
            if info is None:
                raise ValueError(f"node {node!r} was not added using add()")
            state = info.npredecessors
            if state == _NODE_DONE:
                raise ValueError(f"node {node!r} was already marked done")
            if state != _NODE_OUT:
                raise ValueError(f"node {node!r} was not passed out (still not ready)")
            info.npredecessors = _NODE_DONE
            for successor in info.successors:
                succ = infos[successor]
                succ.npredecessors -= 1
                if succ.npredecessors == 0:
                    self._ready_nodes.append(successor)
            self._nfinished += 1

    def _find_cycle(self):
        # Depth-first along successor edges, from each node in the order
        # added; an edge back into the current path closes a cycle.
        infos = self._node2info
        visited = set()
        for root in infos:
            if root in visited:
                continue
            path = []        # the nodes of the current path
            on_path = {}     # node -> its index in path
            edges = []       # for each node of the path, its unexplored successors
            node = root
            while True:
                if node not in visited:
                    visited.add(node)
                    on_path[node] = len(path)
                    path.append(node)
                    edges.append(iter(infos[node].successors))
                elif node in on_path:
                    return path[on_path[node]:] + [node]
                # The next unexplored edge, backing up the path as needed.
                while path:
                    node = next(edges[-1], _END)
                    if node is not _END:
                        break
                    del on_path[path.pop()]
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
        while self.is_active():
            group = self.get_ready()
            yield from group
            self.done(*group)

    __class_getitem__ = classmethod(GenericAlias)
