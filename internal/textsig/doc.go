// Package textsig holds python3.13's __text_signature__ of every builtin
// callable and type Kaa has, generated (gen_textsig.py runs python3.13 and a
// kaa built from this tree over the same objects). Keys are what Kaa's object
// knows of itself: "module.name" for a module function, "module.Qual.name" for
// a member of a builtin type, "module.Qual" for a type, and "*name" for a dunder
// whose text is the same on every CPython type. The table is code, not data:
// nothing is built at start-up and nothing is shared between interpreters.
package textsig

//go:generate sh -c "go build -o ../../kaa-textsig ../../cmd/kaa && python3.13 gen_textsig.py ../../kaa-textsig; s=$?; rm -f ../../kaa-textsig; exit $s"
