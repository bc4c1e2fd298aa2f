package py

// Accessors for the builtin type objects, exception classes and singletons that code
// outside the runtime uses. The objects themselves live in unexported variables, so
// that no importer can reassign int or TypeError; a call to an accessor inlines to a
// load of the variable (see RATIONALE.md, "py's surface: accessors for the builtin
// objects"). To expose another builtin object, add its accessor here.

// Ellipsis returns the Ellipsis singleton (...).
func Ellipsis() Value { return pyEllipsis }

// False returns Python's False.
func False() Value { return pyFalse }

// NoDefault returns typing.NoDefault, the marker of a type parameter without a default.
func NoDefault() Value { return pyNoDefault }

// None returns Python's None.
func None() Value { return pyNone }

// NotImplemented returns the NotImplemented singleton, which a binary method returns for operands it does not handle.
func NotImplemented() Value { return pyNotImplemented }

// True returns Python's True.
func True() Value { return pyTrue }

// BoolType returns the type object of bool.
func BoolType() *Type { return boolType }

// ByteArrayType returns the type object of bytearray.
func ByteArrayType() *Type { return byteArrayType }

// BytesType returns the type object of bytes.
func BytesType() *Type { return bytesType }

// CodeType returns the type object of code.
func CodeType() *Type { return codeType }

// ComplexType returns the type object of complex.
func ComplexType() *Type { return complexType }

// DictType returns the type object of dict.
func DictType() *Type { return dictType }

// EllipsisType returns the type object of ellipsis.
func EllipsisType() *Type { return ellipsisType }

// FloatType returns the type object of float.
func FloatType() *Type { return floatType }

// FrozenSetType returns the type object of frozenset.
func FrozenSetType() *Type { return frozenSetType }

// IntType returns the type object of int.
func IntType() *Type { return intType }

// ListType returns the type object of list.
func ListType() *Type { return listType }

// MappingProxyType returns the type object of mappingproxy.
func MappingProxyType() *Type { return mappingProxyType }

// NoneType returns the type object of NoneType.
func NoneType() *Type { return noneType }

// ObjectType returns the type object of None.
func ObjectType() *Type { return objectType }

// SetType returns the type object of set.
func SetType() *Type { return setType }

// StrType returns the type object of str.
func StrType() *Type { return strType }

// TupleType returns the type object of tuple.
func TupleType() *Type { return tupleType }

// TypeType returns the type object of None.
func TypeType() *Type { return typeType }

// WeakCallableProxyType returns the type object of weakref.CallableProxyType.
func WeakCallableProxyType() *Type { return weakCallableProxyType }

// WeakProxyType returns the type object of weakref.ProxyType.
func WeakProxyType() *Type { return weakProxyType }

// WeakRefType returns the type object of weakref.ReferenceType.
func WeakRefType() *Type { return weakRefType }

// ArithmeticError returns the exception class ArithmeticError.
func ArithmeticError() *Type { return arithmeticError }

// AssertionError returns the exception class AssertionError.
func AssertionError() *Type { return assertionError }

// AttributeError returns the exception class AttributeError.
func AttributeError() *Type { return attributeError }

// BaseException returns the exception class BaseException.
func BaseException() *Type { return baseException }

// BaseExceptionGroup returns the exception class BaseExceptionGroup.
func BaseExceptionGroup() *Type { return baseExceptionGroup }

// BlockingIOError returns the exception class BlockingIOError.
func BlockingIOError() *Type { return blockingIOError }

// BrokenPipeError returns the exception class BrokenPipeError.
func BrokenPipeError() *Type { return brokenPipeError }

// BufferError returns the exception class BufferError.
func BufferError() *Type { return bufferError }

// BytesWarning returns the exception class BytesWarning.
func BytesWarning() *Type { return bytesWarning }

// ChildProcessError returns the exception class ChildProcessError.
func ChildProcessError() *Type { return childProcessError }

// ConnectionAbortedError returns the exception class ConnectionAbortedError.
func ConnectionAbortedError() *Type { return connectionAbortedError }

// ConnectionError returns the exception class ConnectionError.
func ConnectionError() *Type { return connectionError }

// ConnectionRefusedError returns the exception class ConnectionRefusedError.
func ConnectionRefusedError() *Type { return connectionRefusedError }

// ConnectionResetError returns the exception class ConnectionResetError.
func ConnectionResetError() *Type { return connectionResetError }

// DeprecationWarning returns the exception class DeprecationWarning.
func DeprecationWarning() *Type { return deprecationWarning }

// EOFError returns the exception class EOFError.
func EOFError() *Type { return eofError }

// EncodingWarning returns the exception class EncodingWarning.
func EncodingWarning() *Type { return encodingWarning }

// ExceptionGroup returns the exception class ExceptionGroup.
func ExceptionGroup() *Type { return exceptionGroup }

// ExceptionT returns the exception class Exception.
func ExceptionT() *Type { return exceptionT }

// FileExistsError returns the exception class FileExistsError.
func FileExistsError() *Type { return fileExistsError }

// FileNotFoundError returns the exception class FileNotFoundError.
func FileNotFoundError() *Type { return fileNotFoundError }

// FloatingPointError returns the exception class FloatingPointError.
func FloatingPointError() *Type { return floatingPointError }

// FutureWarning returns the exception class FutureWarning.
func FutureWarning() *Type { return futureWarning }

// GeneratorExit returns the exception class GeneratorExit.
func GeneratorExit() *Type { return generatorExit }

// ImportError returns the exception class ImportError.
func ImportError() *Type { return importError }

// ImportWarning returns the exception class ImportWarning.
func ImportWarning() *Type { return importWarning }

// IncompleteInputError returns the exception class _IncompleteInputError.
func IncompleteInputError() *Type { return incompleteInputError }

// IndentationError returns the exception class IndentationError.
func IndentationError() *Type { return indentationError }

// IndexError returns the exception class IndexError.
func IndexError() *Type { return indexError }

// InterruptedError returns the exception class InterruptedError.
func InterruptedError() *Type { return interruptedError }

// IsADirectoryError returns the exception class IsADirectoryError.
func IsADirectoryError() *Type { return isADirectoryError }

// KeyError returns the exception class KeyError.
func KeyError() *Type { return keyError }

// KeyboardInterrupt returns the exception class KeyboardInterrupt.
func KeyboardInterrupt() *Type { return keyboardInterrupt }

// LookupError returns the exception class LookupError.
func LookupError() *Type { return lookupError }

// MemoryError returns the exception class MemoryError.
func MemoryError() *Type { return memoryError }

// ModuleNotFoundError returns the exception class ModuleNotFoundError.
func ModuleNotFoundError() *Type { return moduleNotFoundError }

// NameError returns the exception class NameError.
func NameError() *Type { return nameErrorExc }

// NotADirectoryError returns the exception class NotADirectoryError.
func NotADirectoryError() *Type { return notADirectoryError }

// NotImplementedError returns the exception class NotImplementedError.
func NotImplementedError() *Type { return notImplementedError }

// OSError returns the exception class OSError.
func OSError() *Type { return osErrorExc }

// OverflowError returns the exception class OverflowError.
func OverflowError() *Type { return overflowError }

// PendingDeprecationWarning returns the exception class PendingDeprecationWarning.
func PendingDeprecationWarning() *Type { return pendingDeprecationWarning }

// PermissionError returns the exception class PermissionError.
func PermissionError() *Type { return permissionError }

// ProcessLookupError returns the exception class ProcessLookupError.
func ProcessLookupError() *Type { return processLookupError }

// PythonFinalizationError returns the exception class PythonFinalizationError.
func PythonFinalizationError() *Type { return pythonFinalizationError }

// RecursionError returns the exception class RecursionError.
func RecursionError() *Type { return recursionError }

// ReferenceError returns the exception class ReferenceError.
func ReferenceError() *Type { return referenceError }

// ResourceWarning returns the exception class ResourceWarning.
func ResourceWarning() *Type { return resourceWarning }

// RuntimeError returns the exception class RuntimeError.
func RuntimeError() *Type { return runtimeError }

// RuntimeWarning returns the exception class RuntimeWarning.
func RuntimeWarning() *Type { return runtimeWarning }

// StepLimitError returns the exception class StepLimitError.
func StepLimitError() *Type { return stepLimitError }

// StopAsyncIteration returns the exception class StopAsyncIteration.
func StopAsyncIteration() *Type { return stopAsyncIteration }

// StopIteration returns the exception class StopIteration.
func StopIteration() *Type { return stopIterationExc }

// SyntaxError returns the exception class SyntaxError.
func SyntaxError() *Type { return syntaxError }

// SyntaxWarning returns the exception class SyntaxWarning.
func SyntaxWarning() *Type { return syntaxWarning }

// SystemError returns the exception class SystemError.
func SystemError() *Type { return systemError }

// SystemExit returns the exception class SystemExit.
func SystemExit() *Type { return systemExit }

// TabError returns the exception class TabError.
func TabError() *Type { return tabError }

// TimeoutError returns the exception class TimeoutError.
func TimeoutError() *Type { return timeoutError }

// TypeError returns the exception class TypeError.
func TypeError() *Type { return typeError }

// UnboundLocalError returns the exception class UnboundLocalError.
func UnboundLocalError() *Type { return unboundLocalError }

// UnicodeDecodeError returns the exception class UnicodeDecodeError.
func UnicodeDecodeError() *Type { return unicodeDecodeErrorExc }

// UnicodeEncodeError returns the exception class UnicodeEncodeError.
func UnicodeEncodeError() *Type { return unicodeEncodeErrorExc }

// UnicodeError returns the exception class UnicodeError.
func UnicodeError() *Type { return unicodeError }

// UnicodeTranslateError returns the exception class UnicodeTranslateError.
func UnicodeTranslateError() *Type { return unicodeTranslateError }

// UnicodeWarning returns the exception class UnicodeWarning.
func UnicodeWarning() *Type { return unicodeWarning }

// UnsupportedOp returns the exception class io.UnsupportedOperation.
func UnsupportedOp() *Type { return unsupportedOp }

// UserWarning returns the exception class UserWarning.
func UserWarning() *Type { return userWarning }

// ValueError returns the exception class ValueError.
func ValueError() *Type { return valueError }

// Warning returns the exception class Warning.
func Warning() *Type { return warning }

// ZeroDivisionError returns the exception class ZeroDivisionError.
func ZeroDivisionError() *Type { return zeroDivisionError }

// ZipImportError returns the exception class zipimport.ZipImportError.
func ZipImportError() *Type { return zipImportError }
