"""importlib's Loader ABC, kept apart so that importlib.util can use it early."""

import abc


class Loader(metaclass=abc.ABCMeta):
    """The interface of an import loader."""

    def create_module(self, spec):
        """None asks the import system to make an ordinary module."""
        return None

    def load_module(self, fullname):
        """The deprecated way to load a module; delegates to exec_module()."""
        if not hasattr(self, 'exec_module'):
            raise ImportError
        from importlib import _bootstrap
        return _bootstrap._load_module_shim(self, fullname)
