# A module beside the script shadows the standard library's module of the same
# name; the others still come from the standard library.
import sys
import __future__
print(__future__.WHO, __future__.__file__.replace(sys.path[0], "HERE"))
import keyword
print(keyword.iskeyword("while"), keyword.softkwlist, len(keyword.kwlist))
print(keyword.__file__.startswith(sys.prefix), keyword.__spec__.origin == keyword.__file__)
print(keyword.__loader__.get_source("keyword").count("kwlist") > 0, keyword.__loader__.is_package("keyword"))
from keyword import iskeyword
print(iskeyword("case"), iskeyword("def"))
print([n for n in ("__future__", "keyword", "sys") if n in sys.stdlib_module_names])
from pkg import keyword as k2
print(k2.__name__, k2.kwlist)
