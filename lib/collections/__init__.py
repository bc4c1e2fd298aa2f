"""Container datatypes (placeholder until the full module lands)."""
import _collections_abc
