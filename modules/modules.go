// Package modules lists the standard library's native modules: the Go packages
// under modules/, each a py.ModuleDef built on package py's module API. The command
// line installs them all (py.Config.Modules); an embedding host chooses, for
// example leaving out the modules that reach the operating system.
package modules

import (
	"slices"

	"github.com/kaa-python/kaa/modules/abc"
	arraymod "github.com/kaa-python/kaa/modules/array"
	astmod "github.com/kaa-python/kaa/modules/ast"
	"github.com/kaa-python/kaa/modules/atexit"
	"github.com/kaa-python/kaa/modules/binascii"
	"github.com/kaa-python/kaa/modules/bisect"
	"github.com/kaa-python/kaa/modules/cmath"
	codecsmod "github.com/kaa-python/kaa/modules/codecs"
	"github.com/kaa-python/kaa/modules/collections"
	csvmod "github.com/kaa-python/kaa/modules/csv"
	datetimemod "github.com/kaa-python/kaa/modules/datetime"
	decimalmod "github.com/kaa-python/kaa/modules/decimal"
	"github.com/kaa-python/kaa/modules/errno"
	"github.com/kaa-python/kaa/modules/fcntl"
	"github.com/kaa-python/kaa/modules/functools"
	"github.com/kaa-python/kaa/modules/gc"
	"github.com/kaa-python/kaa/modules/grp"
	"github.com/kaa-python/kaa/modules/hashes"
	"github.com/kaa-python/kaa/modules/heapq"
	iomod "github.com/kaa-python/kaa/modules/io"
	"github.com/kaa-python/kaa/modules/itertools"
	jsonmod "github.com/kaa-python/kaa/modules/json"
	"github.com/kaa-python/kaa/modules/kaatraceback"
	localemod "github.com/kaa-python/kaa/modules/locale"
	marshalmod "github.com/kaa-python/kaa/modules/marshal"
	"github.com/kaa-python/kaa/modules/math"
	"github.com/kaa-python/kaa/modules/opcode"
	"github.com/kaa-python/kaa/modules/operator"
	osmod "github.com/kaa-python/kaa/modules/os"
	"github.com/kaa-python/kaa/modules/posixsubprocess"
	"github.com/kaa-python/kaa/modules/pwd"
	queuemod "github.com/kaa-python/kaa/modules/queue"
	randommod "github.com/kaa-python/kaa/modules/random"
	"github.com/kaa-python/kaa/modules/resource"
	"github.com/kaa-python/kaa/modules/selectmod"
	signalmod "github.com/kaa-python/kaa/modules/signal"
	socketmod "github.com/kaa-python/kaa/modules/socket"
	"github.com/kaa-python/kaa/modules/sre"
	"github.com/kaa-python/kaa/modules/stat"
	"github.com/kaa-python/kaa/modules/strmod"
	structmod "github.com/kaa-python/kaa/modules/struct"
	"github.com/kaa-python/kaa/modules/thread"
	"github.com/kaa-python/kaa/modules/time"
	tokenizemod "github.com/kaa-python/kaa/modules/tokenize"
	"github.com/kaa-python/kaa/modules/unicodedata"
	"github.com/kaa-python/kaa/modules/warnings"
	"github.com/kaa-python/kaa/modules/weakref"
	zlibmod "github.com/kaa-python/kaa/modules/zlib"
	"github.com/kaa-python/kaa/py"
)

// standard is every native standard module, in name order.
var standard = []*py.ModuleDef{
	abc.Def,
	arraymod.Def,
	astmod.Def,
	codecsmod.Def,
	stat.Def,
	strmod.Def,
	structmod.Def,
	weakref.Def,
	thread.Def,
	atexit.Def,
	binascii.Def,
	bisect.Def,
	cmath.Def,
	kaatraceback.Def,
	collections.Def,
	csvmod.Def,
	datetimemod.Def,
	decimalmod.Def,
	errno.Def,
	fcntl.Def,
	functools.Def,
	gc.Def,
	grp.Def,
	hashes.BLAKE2Def,
	hashes.MD5Def,
	hashes.SHA1Def,
	hashes.SHA2Def,
	hashes.SHA3Def,
	heapq.Def,
	iomod.Def,
	itertools.Def,
	jsonmod.Def,
	localemod.Def,
	marshalmod.Def,
	math.Def,
	opcode.Def,
	operator.Def,
	osmod.Def,
	osmod.PosixDef,
	pwd.Def,
	posixsubprocess.Def,
	queuemod.Def,
	randommod.Def,
	resource.Def,
	sre.Def,
	selectmod.Def,
	signalmod.Def,
	socketmod.Def,
	time.Def,
	tokenizemod.Def,
	unicodedata.Def,
	warnings.Def,
	zlibmod.Def,
}

// Standard returns the native standard modules (a fresh slice the caller may change).
func Standard() []*py.ModuleDef { return slices.Clone(standard) }

// Without returns the native standard modules except those named.
func Without(names ...string) []*py.ModuleDef {
	return slices.DeleteFunc(Standard(), func(d *py.ModuleDef) bool { return slices.Contains(names, d.Name) })
}
