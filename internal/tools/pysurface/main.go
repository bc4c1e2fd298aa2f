// Command pysurface measures package py's exported surface: it lists the
// exported top-level names declared in py's non-test files and, for each, whether
// any Go file of the module outside py (tests included) refers to it as py.NAME.
//
//	go run ./internal/tools/pysurface        # the counts
//	go run ./internal/tools/pysurface -v     # and every name, with its outside users
//	go run ./internal/tools/pysurface -unused # the exported names nothing outside uses
//	go run ./internal/tools/pysurface -undoc  # the exported names without a doc comment
//
// Run it from the module's root.
package main

import (
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

const pyPath = "github.com/kaa-python/kaa/py"

func main() {
	verbose := flag.Bool("v", false, "list every exported name with its number of outside files")
	unused := flag.Bool("unused", false, "list the exported names with no user outside py")
	undoc := flag.Bool("undoc", false, "list the exported names without a doc comment")
	flag.Parse()

	fset := token.NewFileSet()
	exported := map[string]string{} // name -> kind
	var undocumented []string
	note := func(n *ast.Ident, kind string, docs ...*ast.CommentGroup) {
		exported[n.Name] = kind
		for _, d := range docs {
			if d != nil {
				return
			}
		}
		undocumented = append(undocumented, fmt.Sprintf("%s %s", fset.Position(n.Pos()), n.Name))
	}
	files, _ := filepath.Glob("py/*.go")
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(fset, f, nil, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		for _, d := range file.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if d.Recv == nil && d.Name.IsExported() {
					note(d.Name, "func", d.Doc)
				}
			case *ast.GenDecl:
				for _, s := range d.Specs {
					switch s := s.(type) {
					case *ast.TypeSpec:
						if s.Name.IsExported() {
							note(s.Name, "type", s.Doc, d.Doc)
						}
					case *ast.ValueSpec:
						for _, n := range s.Names {
							if n.IsExported() {
								note(n, d.Tok.String(), s.Doc, s.Comment, d.Doc)
							}
						}
					}
				}
			}
		}
	}

	users := map[string]map[string]bool{} // name -> outside files
	filepath.WalkDir(".", func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if e.IsDir() {
			if p == "py" || (p != "." && strings.HasPrefix(e.Name(), ".")) || e.Name() == "testdata" {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(p, ".go") {
			return nil
		}
		file, err := parser.ParseFile(fset, p, nil, parser.SkipObjectResolution)
		if err != nil {
			return nil
		}
		local := ""
		for _, im := range file.Imports {
			if path, _ := strconv.Unquote(im.Path.Value); path == pyPath {
				local = "py"
				if im.Name != nil {
					local = im.Name.Name
				}
			}
		}
		if local == "" {
			return nil
		}
		ast.Inspect(file, func(n ast.Node) bool {
			if sel, ok := n.(*ast.SelectorExpr); ok {
				if id, ok := sel.X.(*ast.Ident); ok && id.Name == local {
					if users[sel.Sel.Name] == nil {
						users[sel.Sel.Name] = map[string]bool{}
					}
					users[sel.Sel.Name][p] = true
				}
			}
			return true
		})
		return nil
	})

	names := make([]string, 0, len(exported))
	kinds := map[string]int{}
	used, usedNonTest := 0, 0
	for n, k := range exported {
		names = append(names, n)
		kinds[k]++
		if len(users[n]) > 0 {
			used++
		}
		for f := range users[n] {
			if !strings.HasSuffix(f, "_test.go") {
				usedNonTest++
				break
			}
		}
	}
	sort.Strings(names)
	lines, testLines := 0, 0
	for _, f := range files {
		if b, err := os.ReadFile(f); err == nil {
			n := strings.Count(string(b), "\n")
			lines += n
			if strings.HasSuffix(f, "_test.go") {
				testLines += n
			}
		}
	}
	fmt.Printf("py exports %d top-level names (func %d, type %d, var %d, const %d); %d used outside py (%d outside tests)\n",
		len(exported), kinds["func"], kinds["type"], kinds["var"], kinds["const"], used, usedNonTest)
	fmt.Printf("py/*.go: %d files, %d lines (%d without the tests)\n", len(files), lines, lines-testLines)
	if *undoc {
		for _, u := range undocumented {
			fmt.Println("no doc comment:", u)
		}
	}
	for _, n := range names {
		switch {
		case *verbose:
			fmt.Printf("%-6s %-40s %d\n", exported[n], n, len(users[n]))
		case *unused && len(users[n]) == 0:
			fmt.Printf("%-6s %s\n", exported[n], n)
		}
	}
}
