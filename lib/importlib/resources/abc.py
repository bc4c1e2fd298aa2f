"""The interfaces of package resources: ResourceReader, Traversable, TraversableResources."""

import abc
import io
import itertools
import os
import pathlib
from typing import Any, BinaryIO, Iterable, Iterator, NoReturn, Text, Optional
from typing import runtime_checkable, Protocol
from typing import Union

StrPath = Union[str, os.PathLike[str]]

__all__ = ["ResourceReader", "Traversable", "TraversableResources"]


class ResourceReader(metaclass=abc.ABCMeta):
    """The older resource API a loader may offer: resources of one package by name."""

    @abc.abstractmethod
    def open_resource(self, resource: Text) -> BinaryIO:
        """A binary file object for the resource; FileNotFoundError if there is none."""
        raise FileNotFoundError

    @abc.abstractmethod
    def resource_path(self, resource: Text) -> Text:
        """The resource's file system path; FileNotFoundError if it has none."""
        raise FileNotFoundError

    @abc.abstractmethod
    def is_resource(self, path: Text) -> bool:
        """Whether path names a file resource."""
        raise FileNotFoundError

    @abc.abstractmethod
    def contents(self) -> Iterable[str]:
        """The names in the package."""
        raise FileNotFoundError


class TraversalError(Exception):
    pass


@runtime_checkable
class Traversable(Protocol):
    """A path-like view of a resource tree: what files() returns."""

    @abc.abstractmethod
    def iterdir(self) -> Iterator["Traversable"]:
        """The entries of this folder."""

    def read_bytes(self) -> bytes:
        with self.open('rb') as f:
            return f.read()

    def read_text(self, encoding: Optional[str] = None) -> str:
        with self.open(encoding=encoding) as f:
            return f.read()

    @abc.abstractmethod
    def is_dir(self) -> bool:
        """Whether this is a folder."""

    @abc.abstractmethod
    def is_file(self) -> bool:
        """Whether this is a file."""

    def joinpath(self, *descendants: StrPath) -> "Traversable":
        """The entry reached by following descendants ('a', 'b/c', ...) from here."""
        if not descendants:
            return self
        steps = itertools.chain.from_iterable(
            pathlib.PurePosixPath(d).parts for d in descendants)
        first = next(steps)
        for child in self.iterdir():
            if child.name == first:
                return child.joinpath(*steps)
        raise TraversalError("Target not found during traversal.", first, list(steps))

    def __truediv__(self, child: StrPath) -> "Traversable":
        return self.joinpath(child)

    @abc.abstractmethod
    def open(self, mode='r', *args, **kwargs):
        """Open the file: text for 'r' (io.TextIOWrapper's arguments), bytes for 'rb'."""

    @property
    @abc.abstractmethod
    def name(self) -> str:
        """The last part of the path."""


class TraversableResources(ResourceReader):
    """A ResourceReader built on files(): only files() needs implementing."""

    @abc.abstractmethod
    def files(self) -> "Traversable":
        """The Traversable root of the package's resources."""

    def open_resource(self, resource: StrPath) -> io.BufferedReader:
        return self.files().joinpath(resource).open('rb')

    def resource_path(self, resource: Any) -> NoReturn:
        raise FileNotFoundError(resource)

    def is_resource(self, path: StrPath) -> bool:
        return self.files().joinpath(path).is_file()

    def contents(self) -> Iterator[str]:
        return (item.name for item in self.files().iterdir())
