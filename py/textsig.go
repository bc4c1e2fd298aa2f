package py

import (
	"strings"

	"github.com/kaa-python/kaa/internal/textsig"
)

// A builtin's __text_signature__ is python3.13's, looked up in the generated
// table of internal/textsig by what the object knows of itself: "module.name" for a module
// function, "module.Qual.name" for a member of a builtin type (method and slot
// wrapper descriptors, bound builtin methods, method-wrappers, __new__), and
// "module.Qual" for a builtin type. A dunder member the table does not list
// falls back to "*name", the text every CPython type gives that dunder (the slot
// wrappers'). The table is code, not data: nothing is built at start-up and
// nothing is shared between interpreters.

func textSigValue(s string) Value {
	if s == "" {
		return pyNone
	}
	return NewStr(s)
}

// memberTextSig is the text signature of the member name of the builtin type owner.
func memberTextSig(owner *Type, name string) Value {
	if owner == nil || owner.heap {
		return pyNone
	}
	if s := textsig.Of(owner.Module() + "." + owner.QualName + "." + name); s != "" {
		return NewStr(s)
	}
	if len(name) > 4 && strings.HasPrefix(name, "__") && strings.HasSuffix(name, "__") {
		return textSigValue(textsig.Of("*" + name))
	}
	return pyNone
}

// builtinTextSig is the text signature of a builtin function or bound method.
func builtinTextSig(b *builtin) Value {
	if b.owner != nil {
		return memberTextSig(b.owner, b.def.Name)
	}
	if b.mod == "" {
		return pyNone
	}
	return textSigValue(textsig.Of(b.mod + "." + b.def.Name))
}

// typeTextSig is the text signature of a builtin type (for its constructor).
func typeTextSig(t *Type) Value {
	if t.heap {
		return pyNone
	}
	return textSigValue(textsig.Of(t.Module() + "." + t.QualName))
}
