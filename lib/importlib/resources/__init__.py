"""Read the data files (resources) that come with packages.

files(anchor) gives a Traversable of the package's folder; as_file() makes
one a real file system path for as long as needed; read_text(),
read_binary(), open_text(), open_binary(), path(), contents() and
is_resource() are the shortcuts over them.
"""

import contextlib
import functools
import importlib
import os
import pathlib
import sys
import tempfile
import types
import warnings
from typing import Union, Optional

from .abc import ResourceReader, Traversable

Package = Union[types.ModuleType, str]
Anchor = Package

__all__ = [
    'Package', 'Anchor', 'ResourceReader', 'as_file', 'files',
    'is_resource', 'open_binary', 'open_text', 'path', 'read_binary',
    'read_text', 'contents',
]


def _module(anchor):
    if anchor is None:
        frame = sys._getframe(2)
        return importlib.import_module(frame.f_globals['__name__'])
    if isinstance(anchor, str):
        return importlib.import_module(anchor)
    return anchor


def _reader_root(spec):
    loader = spec.loader
    get_reader = getattr(loader, 'get_resource_reader', None)
    if get_reader is None:
        return None
    reader = get_reader(spec.name)
    if reader is None:
        return None
    if hasattr(reader, 'files'):
        return reader.files()
    return None


def _zip_root(loader, spec):
    import zipfile
    archive = getattr(loader, 'archive', None)
    if archive is None:
        return None
    inner = os.path.relpath(os.path.dirname(spec.origin), archive)
    return zipfile.Path(archive, '' if inner == '.' else inner + '/')


def files(anchor: Optional[Anchor] = None) -> Traversable:
    """The Traversable root of the resources of a package (or of a module's folder)."""
    module = _module(anchor)
    spec = module.__spec__
    if spec is None:
        raise ValueError(f'{module.__name__!r} has no __spec__')
    root = _reader_root(spec)
    if root is not None:
        return root
    if spec.origin and type(spec.loader).__name__ == 'zipimporter':
        root = _zip_root(spec.loader, spec)
        if root is not None:
            return root
    locations = spec.submodule_search_locations
    if locations:
        return pathlib.Path(list(locations)[0])
    if spec.origin and spec.has_location:
        return pathlib.Path(spec.origin).parent
    raise ValueError(f'no resources are available for {module.__name__!r}')


@contextlib.contextmanager
def _as_temp_file(resource):
    fd, name = tempfile.mkstemp(suffix=resource.name)
    try:
        with os.fdopen(fd, 'wb') as f:
            f.write(resource.read_bytes())
        yield pathlib.Path(name)
    finally:
        try:
            os.remove(name)
        except FileNotFoundError:
            pass


@contextlib.contextmanager
def _as_temp_dir(resource):
    with tempfile.TemporaryDirectory() as tmp:
        target = pathlib.Path(tmp) / resource.name

        def copy(src, dst):
            if src.is_dir():
                dst.mkdir()
                for child in src.iterdir():
                    copy(child, dst / child.name)
            else:
                dst.write_bytes(src.read_bytes())
        copy(resource, target)
        yield target


@functools.singledispatch
def as_file(path):
    """A context manager giving a file system path for a Traversable (a temporary copy if needed)."""
    if path.is_dir():
        return _as_temp_dir(path)
    return _as_temp_file(path)


@as_file.register(pathlib.Path)
@contextlib.contextmanager
def _(path):
    yield path


# -- the functional shortcuts -------------------------------------------------------

def _resource(anchor, names):
    return files(anchor).joinpath(*names)


_MISSING = object()


def _split_encoding(path_names, encoding):
    # The old calling form open_text(anchor, name, encoding) passes the encoding last.
    if encoding is _MISSING:
        if len(path_names) > 1:
            raise TypeError(
                "'encoding' argument required with multiple path names")
        encoding = 'utf-8'
    return encoding


def open_binary(anchor, *path_names):
    """Open the resource for reading bytes."""
    return _resource(anchor, path_names).open('rb')


def open_text(anchor, *path_names, encoding=_MISSING, errors='strict'):
    """Open the resource for reading text."""
    encoding = _split_encoding(path_names, encoding)
    return _resource(anchor, path_names).open('r', encoding=encoding, errors=errors)


def read_binary(anchor, *path_names):
    """The resource's bytes."""
    return _resource(anchor, path_names).read_bytes()


def read_text(anchor, *path_names, encoding=_MISSING, errors='strict'):
    """The resource's text."""
    encoding = _split_encoding(path_names, encoding)
    with open_text(anchor, *path_names, encoding=encoding, errors=errors) as f:
        return f.read()


def path(anchor, *path_names):
    """A context manager giving the resource as a file system path."""
    return as_file(_resource(anchor, path_names))


def is_resource(anchor, *path_names):
    """Whether the name is a file in the package."""
    return _resource(anchor, path_names).is_file()


def contents(anchor, *path_names):
    """The names in the package folder (deprecated: use files().iterdir())."""
    warnings.warn(
        "importlib.resources.contents is deprecated. "
        "Use files(anchor).iterdir() instead.",
        DeprecationWarning,
        stacklevel=1,
    )
    return (entry.name for entry in _resource(anchor, path_names).iterdir())
