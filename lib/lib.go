// Package lib is Kaa's library of Python-source modules: the .py files in this
// folder (NAME.py, PKG/__init__.py, …), embedded in the binary with their code
// objects compiled ahead of time by Kaa's own compiler (lib.code, made by
// `go generate ./lib`; TestCurrent fails when it is stale). The command line
// mounts Files on sys.path through py.Config.Library.
package lib

//go:generate go run ./internal/gen

import (
	"encoding/binary"
	"hash/crc32"
	"io/fs"
	"sync"
)

// magic begins the archive: build.Magic (TestCurrent checks they agree).
const magic = "KAALIB\x00\x01"

// Files is the library: its sources, and their precompiled code (a py.Library).
var Files library

type library struct{}

func (library) Open(name string) (fs.File, error) { return files.Open(name) }

// Stat and ReadFile spare fs.Stat and fs.ReadFile a generic path.
func (library) Stat(name string) (fs.FileInfo, error) {
	f, err := files.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return f.Stat()
}

func (library) ReadFile(name string) ([]byte, error) { return files.ReadFile(name) }

// entry is a source file's place in the archive.
type entry struct {
	crc       uint32
	off, size uint32
}

// archive is lib.code read: the table, and the data its offsets point into.
type archive struct {
	entries map[string]entry
	data    []byte
}

// index reads the archive's table once (lib.code's layout is described by
// build.Magic); empty if the archive is malformed.
var index = sync.OnceValue(func() archive {
	data, err := files.ReadFile("lib.code")
	if err != nil || len(data) < len(magic)+4 || string(data[:len(magic)]) != magic {
		return archive{}
	}
	p := data[len(magic):]
	n := binary.LittleEndian.Uint32(p)
	p = p[4:]
	m := make(map[string]entry, n)
	for range n {
		if len(p) < 2 {
			return archive{}
		}
		l := int(binary.LittleEndian.Uint16(p))
		if len(p) < 2+l+12 {
			return archive{}
		}
		name := string(p[2 : 2+l])
		p = p[2+l:]
		m[name] = entry{binary.LittleEndian.Uint32(p), binary.LittleEndian.Uint32(p[4:]), binary.LittleEndian.Uint32(p[8:])}
		p = p[12:]
	}
	return archive{m, p}
})

// Code returns the marshalled code object of the source file name, or nil if the
// archive has none that was compiled from the source as it is now (a source edited
// since `go generate` is compiled at run time instead).
func (library) Code(name string) []byte {
	a := index()
	e, ok := a.entries[name]
	if !ok || uint64(e.off)+uint64(e.size) > uint64(len(a.data)) {
		return nil
	}
	src, err := files.ReadFile(name)
	if err != nil || crc32.ChecksumIEEE(src) != e.crc {
		return nil
	}
	return a.data[e.off : e.off+e.size]
}
