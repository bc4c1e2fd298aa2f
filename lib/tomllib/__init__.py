"""Read TOML 1.0 documents into Python values: load() from a binary file,
loads() from a str."""

__all__ = ("loads", "load", "TOMLDecodeError")

from ._parser import TOMLDecodeError, load, loads

TOMLDecodeError.__module__ = __name__
