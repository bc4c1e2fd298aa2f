package py

import (
	"strings"
	"unsafe"

	"github.com/kaa-python/kaa/compile"
	"github.com/kaa-python/kaa/constant"
	"github.com/kaa-python/kaa/syntax/ast"
)

// ASTBridge connects compile() with the _ast module (modules/ast), which turns
// syntax/ast trees into Python objects and back; py cannot import that package,
// so the module installs its converters here (SetASTBridge) when it is linked in.
type ASTBridge struct {
	// ToPy converts a tree to _ast node objects (compile(..., PyCF_ONLY_AST)).
	ToPy func(t *Thread, mod ast.ModNode, opts ToPyOptions) (Value, *Exception)
	// IsAST reports whether v is an ast.AST instance.
	IsAST func(v Value) bool
	// FromPy converts an ast.AST object to a tree for mode ("exec", "eval",
	// "single" or "func_type"), checking it as CPython's validator does. isAST is
	// false when v is not an ast.AST instance at all.
	FromPy func(t *Thread, v Value, mode string) (mod ast.ModNode, isAST bool, err *Exception)
}

// ToPyOptions are compile()'s arguments that shape the tree ToPy returns.
type ToPyOptions struct {
	// Optimize above 0 (with PyCF_OPTIMIZED_AST) turns names __debug__ into
	// Constant(False), as CPython's AST optimizer does.
	Optimize int
	// FeatureVersion is _feature_version (ast.parse's feature_version minor):
	// from 0, syntax newer than Python 3.FeatureVersion raises SyntaxError, as
	// CPython's parser does; -1 allows all.
	FeatureVersion int
	// Filename is given to those SyntaxErrors.
	Filename string
}

var astBridge *ASTBridge

// SetASTBridge installs the _ast module's converters; the module's package does
// it once, at initialisation.
func SetASTBridge(b *ASTBridge) { astBridge = b }

// ConstValue converts a compile-time constant (an ast.Constant's value) to a
// Python object.
func ConstValue(k constant.Value) Value { return constValue(k) }

// The compile() flags of the ast module (PyCF_*).
const (
	CFOnlyAST            = 0x400
	CFTypeComments       = 0x1000
	CFAllowTopLevelAwait = 0x2000
	CFOptimizedAST       = 0x8000 | CFOnlyAST
)

// compileAST is compile() for the PyCF_ONLY_AST flag or an AST source: a source
// text is parsed to an _ast tree (folded by the optimizer under
// PyCF_OPTIMIZED_AST); an AST object is returned as it is, folded, or compiled.
// done is false when src is neither text nor an AST object.
func compileAST(t *Thread, src Value, filename, mode string, flags int64, optimize, feature int) (r Value, done bool, exc *Exception) {
	if astBridge == nil {
		if flags&CFOnlyAST != 0 {
			return Value{}, true, Errorf(notImplementedError, "compile() to an AST needs the _ast module, which this interpreter lacks")
		}
		return Value{}, false, nil
	}
	text, isText := sourceText(src)
	if !isText {
		if src.Type() == codeType {
			return Value{}, false, nil
		}
		if !astBridge.IsAST(src) {
			return Value{}, false, nil
		}
		if flags&CFOptimizedAST == CFOnlyAST {
			// An AST asked for as an AST is returned as it is, unchecked.
			return src, true, nil
		}
		tree, isAST, err := astBridge.FromPy(t, src, mode)
		if !isAST {
			return Value{}, false, nil
		}
		if err != nil {
			return Value{}, true, err
		}
		if flags&CFOptimizedAST == CFOptimizedAST {
			compile.Optimize(tree)
			r, err := astBridge.ToPy(t, tree, ToPyOptions{Optimize: optimize, FeatureVersion: -1, Filename: filename})
			return r, true, err
		}
		code, err := compileTree(t, tree, filename, optimize)
		if err != nil {
			return Value{}, true, err
		}
		return Value{p: unsafe.Pointer(code)}, true, nil
	}
	if flags&CFOnlyAST == 0 {
		return Value{}, false, nil
	}
	if err := checkSourceEncodable(t, src); err != nil {
		return Value{}, true, err
	}
	if strings.IndexByte(text, 0) >= 0 {
		return Value{}, true, Errorf(syntaxError, "source code string cannot contain null bytes")
	}
	tree, err := parseSource(t, filename, []byte(text), mode, flags&CFTypeComments != 0)
	if err != nil {
		return Value{}, true, err
	}
	level := 0
	if flags&CFOptimizedAST == CFOptimizedAST {
		compile.Optimize(tree)
		level = optimize
	}
	r, err = astBridge.ToPy(t, tree, ToPyOptions{Optimize: level, FeatureVersion: feature, Filename: filename})
	return r, true, err
}

// ComplexValue returns the value of a complex object.
func ComplexValue(v Value) (complex128, bool) {
	if v.IsNil() || !v.Type().IsSubtype(complexType) {
		return 0, false
	}
	return (*complexObj)(v.p).c, true
}
