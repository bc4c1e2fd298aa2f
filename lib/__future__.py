"""The language changes that were phased in behind a future statement.

A module opts into a change early with `from __future__ import NAME`. Each NAME
here is a _Feature that says in which release the change became available as an
option, in which it became (or will become) the only behaviour, and which flag
tells compile() to apply it. Releases are 5-tuples shaped like sys.version_info;
a mandatory release of None means the change was dropped before becoming the
default. Names are never removed from this module, so old code keeps importing.
"""


class _Feature:

    def __init__(self, optional, mandatory, flag):
        self.optional, self.mandatory, self.compiler_flag = optional, mandatory, flag

    def getOptionalRelease(self):
        """The release in which the feature could first be asked for."""
        return self.optional

    def getMandatoryRelease(self):
        """The release in which the feature is always on, or None if it never
        will be."""
        return self.mandatory

    def __repr__(self):
        return "_Feature" + repr((self.optional, self.mandatory, self.compiler_flag))


# One row per feature, oldest first: its name, the release that made it
# optional, the one that made it mandatory ("-": never), and the compiler flag
# (the CO_* bit of code.co_flags that compile() accepts) with its value.  The
# flags of changes that are now always on are kept for their values' sake.
_FEATURES = """
    nested_scopes      2.1.0b1  2.2.0a0  CO_NESTED                   0x10
    generators         2.2.0a1  2.3.0    CO_GENERATOR_ALLOWED        0
    division           2.2.0a2  3.0.0a0  CO_FUTURE_DIVISION          0x20000
    absolute_import    2.5.0a1  3.0.0a0  CO_FUTURE_ABSOLUTE_IMPORT   0x40000
    with_statement     2.5.0a1  2.6.0a0  CO_FUTURE_WITH_STATEMENT    0x80000
    print_function     2.6.0a2  3.0.0a0  CO_FUTURE_PRINT_FUNCTION    0x100000
    unicode_literals   2.6.0a2  3.0.0a0  CO_FUTURE_UNICODE_LITERALS  0x200000
    barry_as_FLUFL     3.1.0a2  4.0.0a0  CO_FUTURE_BARRY_AS_BDFL     0x400000
    generator_stop     3.5.0b1  3.7.0a0  CO_FUTURE_GENERATOR_STOP    0x800000
    annotations        3.7.0b1  -        CO_FUTURE_ANNOTATIONS       0x1000000
"""

_LEVELS = {'a': 'alpha', 'b': 'beta', 'c': 'candidate'}


def _release(text):
    # "2.6.0a2" -> (2, 6, 0, 'alpha', 2); a bare "2.3.0" is (2, 3, 0, 'final', 0);
    # "-" is None.
    if text == '-':
        return None
    for mark, level in _LEVELS.items():
        numbers, found, serial = text.partition(mark)
        if found:
            break
    else:
        numbers, level, serial = text, 'final', '0'
    return (*map(int, numbers.split('.')), level, int(serial))


def _define(table):
    names = []
    space = globals()
    for row in table.split('\n'):
        if not row.strip():
            continue
        name, optional, mandatory, flag_name, flag = row.split()
        space[flag_name] = int(flag, 0)
        space[name] = _Feature(_release(optional), _release(mandatory), int(flag, 0))
        names.append(name)
    return names


all_feature_names = _define(_FEATURES)
__all__ = ["all_feature_names", *all_feature_names]
del _define, _release, _LEVELS, _FEATURES
