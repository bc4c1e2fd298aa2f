from . import x
from .x import X
from .. import sibling
from ..sibling import S
from ... import t
from ...t import TT
from ... import T
from .. import M
from ..low import x as x2
RESULT = (x.X, X, sibling.S, S, t.TT, TT, T, M, x2 is x, __package__)
