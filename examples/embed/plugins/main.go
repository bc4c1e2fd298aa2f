// Command plugins is a plugin host: it loads every Python file of an fs.FS (here
// embedded in the binary) as a module of a sandboxed interpreter, then calls each
// plugin's transform(text) on a line of input. Plugins import one another and a
// Go module of the host's own functions, and reach nothing else.
//
//	go run ./examples/embed/plugins 'Hello, plugins'
package main

import (
	"context"
	"embed"
	"fmt"
	"io/fs"
	"log"
	"os"
	"path"
	"strings"

	"github.com/kaa-python/kaa"
)

//go:embed plugins/*.py
var pluginFiles embed.FS

func main() {
	text := "Hello, plugins"
	if len(os.Args) > 1 {
		text = strings.Join(os.Args[1:], " ")
	}
	host := kaa.Module("host", map[string]any{
		"log": func(msg string) { fmt.Println("  [host log]", msg) },
	})
	in, err := kaa.New(kaa.Options{Sandbox: true, Modules: []*kaa.ModuleDef{host}, MaxSteps: 10_000_000})
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()
	names, err := loadAll(ctx, in, pluginFiles, "plugins")
	if err != nil {
		log.Fatal(err)
	}
	for _, name := range names {
		mod, err := in.Import(ctx, name)
		if err != nil {
			log.Fatal(err)
		}
		fn, err := mod.Attr("transform")
		if err != nil {
			continue // a helper module, not a plugin
		}
		out, err := fn.Call(ctx, text)
		if err != nil {
			fmt.Printf("%s: %v\n", name, err)
			continue
		}
		s, _ := out.Export()
		fmt.Printf("%s: %v\n", name, s)
	}
}

// loadAll loads the .py files of dir in fsys as modules, retrying those that
// import a module not loaded yet, and returns their names in load order.
func loadAll(ctx context.Context, in *kaa.Interp, fsys fs.FS, dir string) ([]string, error) {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, err
	}
	pending := map[string][]byte{}
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".py") {
			src, err := fs.ReadFile(fsys, path.Join(dir, e.Name()))
			if err != nil {
				return nil, err
			}
			pending[strings.TrimSuffix(e.Name(), ".py")] = src
		}
	}
	var loaded []string
	for len(pending) > 0 {
		progress := false
		var lastErr error
		for _, e := range entries {
			name := strings.TrimSuffix(e.Name(), ".py")
			src, ok := pending[name]
			if !ok {
				continue
			}
			if _, err := in.LoadModule(ctx, name, path.Join(dir, e.Name()), src); err != nil {
				lastErr = err
				continue
			}
			delete(pending, name)
			loaded = append(loaded, name)
			progress = true
		}
		if !progress {
			return loaded, lastErr
		}
	}
	return loaded, nil
}
