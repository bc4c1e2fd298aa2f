# collections.abc is _collections_abc under its public name: the module
# replaces itself in sys.modules with _collections_abc, so that both names
# give one module object and the same classes.
import sys

sys.modules[__name__] = __import__('_collections_abc')
