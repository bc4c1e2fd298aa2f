package scanner

import (
	"bytes"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/encoding"

	"github.com/kaa-python/kaa/syntax/token"
)

// cookieRe matches a PEP 263 coding cookie; compiled on first use, for lines
// that mention "coding" at all (most files have none, and start-up need not pay).
var cookieRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)`)
})

// findCookie returns the encoding a line's coding cookie names, or nil.
func findCookie(line []byte) []byte {
	if !bytes.Contains(line, []byte("coding")) {
		return nil
	}
	if m := cookieRe().FindSubmatch(line); m != nil {
		return m[1]
	}
	return nil
}

//go:generate sh -c "go run gen_encodings.go > encodings_gen.go"
//go:generate sh -c "python3.13 gen_names.py > unames.txt.gz"

// Decode turns raw source bytes into UTF-8 text as CPython reads a source file: a
// UTF-8 BOM is removed, a PEP 263 coding cookie on line 1 or 2 is honoured, otherwise
// the bytes must be valid UTF-8. Line endings \r\n and \r become \n. A NUL byte is a
// SyntaxError "source code cannot contain null bytes". The error is a *token.Error.
func Decode(filename string, src []byte) (string, error) {
	if bytes.IndexByte(src, 0) >= 0 {
		return "", &token.Error{Type: "SyntaxError", Msg: "source code cannot contain null bytes", Filename: filename}
	}
	bom := bytes.HasPrefix(src, []byte("\xef\xbb\xbf"))
	if bom {
		src = src[3:]
	}
	enc := ""
	line1, rest, _ := bytes.Cut(src, []byte("\n"))
	if m := findCookie(line1); m != nil {
		enc = string(m)
	} else if isBlankOrComment(line1) {
		line2, _, _ := bytes.Cut(rest, []byte("\n"))
		if m := findCookie(line2); m != nil {
			enc = string(m)
		}
	}
	var text string
	norm := normEncoding(enc)
	switch {
	case bom && enc != "" && !tokenizerUTF8(enc):
		return "", &token.Error{Type: "SyntaxError", Msg: "encoding problem: " + enc + " with BOM", Filename: filename}
	case enc == "" || norm == "utf-8":
		if !utf8.Valid(src) {
			return "", utf8Error(filename, src)
		}
		text = string(src)
	case bom:
		return "", &token.Error{Type: "SyntaxError", Msg: "encoding problem: " + enc + " with BOM", Filename: filename}
	case norm == "latin-1":
		r := make([]rune, len(src))
		for i, b := range src {
			r[i] = rune(b)
		}
		text = string(r)
	case norm == "ascii" || norm == "us-ascii":
		if err := checkASCII(filename, src); err != nil {
			return "", err
		}
		text = string(src)
	default:
		e, ok := lookupEncoding(norm)
		if !ok {
			return "", &token.Error{Type: "SyntaxError", Msg: "unknown encoding: " + enc, Filename: filename, Offset: -1}
		}
		if e == nil { // another name of ASCII
			if err := checkASCII(filename, src); err != nil {
				return "", err
			}
			text = string(src)
			break
		}
		out, err := e.NewDecoder().Bytes(src)
		if err != nil {
			return "", &token.Error{Type: "SyntaxError", Msg: "(unicode error) " + err.Error(), Filename: filename}
		}
		text = string(out)
	}
	if strings.IndexByte(text, '\r') >= 0 {
		text = strings.ReplaceAll(text, "\r\n", "\n")
		text = strings.ReplaceAll(text, "\r", "\n")
	}
	return text, nil
}

// tokenizerUTF8 reports whether CPython's get_normal_name turns enc into "utf-8".
func tokenizerUTF8(enc string) bool {
	e := strings.ToLower(strings.ReplaceAll(enc, "_", "-"))
	return e == "utf-8" || strings.HasPrefix(e, "utf-8-")
}

func isBlankOrComment(line []byte) bool {
	t := bytes.TrimLeft(line, " \t\f\r")
	return len(t) == 0 || t[0] == '#'
}

// normEncoding normalises an encoding name as CPython's tokenizer does for the two
// encodings it knows itself.
// checkASCII reports the first non-ASCII byte as CPython's ascii codec does.
func checkASCII(filename string, src []byte) error {
	for i, b := range src {
		if b >= 0x80 {
			return &token.Error{Type: "SyntaxError", Filename: filename,
				Msg: fmt.Sprintf("(unicode error) 'ascii' codec can't decode byte 0x%02x in position %d: ordinal not in range(128)", b, i)}
		}
	}
	return nil
}

// lookupEncoding finds a normalised encoding name among the WHATWG labels and
// IANA names and aliases golang.org/x/text supports (encodings_gen.go, made by
// gen_encodings.go from its htmlindex and ianaindex, which are not imported:
// their initialisation would cost every start-up). A nil encoding with ok
// is ASCII.
func lookupEncoding(name string) (e encoding.Encoding, ok bool) {
	i, found := sort.Find(len(encodingNames), func(i int) int { return strings.Compare(name, encodingNames[i].name) })
	if !found {
		return nil, false
	}
	return encodingAt(encodingNames[i].enc), true
}

func normEncoding(enc string) string {
	e := strings.ToLower(strings.ReplaceAll(enc, "_", "-"))
	switch {
	case e == "utf-8" || strings.HasPrefix(e, "utf-8-"):
		return "utf-8"
	case e == "utf8":
		return "utf-8"
	}
	for _, p := range []string{"latin-1", "iso-8859-1", "iso-latin-1"} {
		if e == p || strings.HasPrefix(e, p+"-") {
			return "latin-1"
		}
	}
	switch e {
	case "latin", "latin1", "l1", "8859", "iso8859", "iso8859-1", "cp819", "ibm819", "iso-ir-100", "csisolatin1":
		// Python's codec aliases of latin_1 that the WHATWG and IANA tables lack
		return "latin-1"
	}
	return e
}

// utf8Error reports the first invalid UTF-8 sequence as CPython's utf-8 codec does.
func utf8Error(filename string, src []byte) error {
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && size <= 1 {
			b := src[i]
			reason := "invalid start byte"
			if b >= 0xC2 && b <= 0xF4 {
				// A valid lead byte: either truncated at end or a bad continuation.
				n := 1
				for n < 4 && i+n < len(src) && src[i+n]&0xC0 == 0x80 {
					n++
				}
				if i+n >= len(src) {
					reason = "unexpected end of data"
				} else {
					reason = "invalid continuation byte"
				}
			}
			return &token.Error{Type: "SyntaxError", Filename: filename,
				Msg: fmt.Sprintf("(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: %s", b, i, reason)}
		}
		i += size
	}
	return nil
}
