package scanner

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/ianaindex"
)

// oldLookup is how Decode used to find an encoding: htmlindex, then ianaindex.
func oldLookup(name string) encoding.Encoding {
	e, err := htmlindex.Get(name)
	if err != nil {
		e, _ = ianaindex.IANA.Encoding(name)
	}
	return e
}

// TestEncodingTable checks encodings_gen.go against the x/text indexes it was
// made from: every name gives the encoding they give (ASCII's other names give
// nil, which Decode treats as ASCII), and names they know are in the table.
func TestEncodingTable(t *testing.T) {
	for i, n := range encodingNames {
		if i > 0 && encodingNames[i-1].name >= n.name {
			t.Fatalf("encodingNames not sorted at %q", n.name)
		}
		got, ok := lookupEncoding(n.name)
		want := oldLookup(n.name)
		if !ok || want == nil {
			t.Errorf("%q: found %v, x/text gives %v", n.name, ok, want)
			continue
		}
		if got == nil {
			if iana, _ := ianaindex.IANA.Name(want); iana != "US-ASCII" {
				t.Errorf("%q: ASCII, x/text gives %s", n.name, iana)
			}
			continue
		}
		if got != want {
			t.Errorf("%q: %v, x/text gives %v", n.name, got, want)
		}
	}
	for _, n := range []string{"cp1252", "windows-1252", "latin2", "iso-8859-2", "iso8859-15", "koi8-r", "koi8-u",
		"shift-jis", "sjis", "euc-jp", "euc-kr", "gbk", "gb2312", "gb18030", "big5", "cp437", "ibm437", "cp850",
		"cp866", "macintosh", "mac", "utf-16", "utf-16le", "utf-16be", "iso-2022-jp", "cyrillic", "greek", "hebrew",
		"arabic", "tis-620", "windows-874", "cp1251", "csisolatin2", "l2", "iso-ir-6", "us", "ibm367"} {
		_, ok := lookupEncoding(n)
		if want := oldLookup(n) != nil; ok != want {
			t.Errorf("%q: found %v, x/text: %v", n, ok, want)
		}
		if ok && strings.ToLower(n) != n {
			t.Errorf("%q: table names are lower case", n)
		}
	}
	for _, n := range []string{"no-such-codec", "utf-7x", ""} {
		if _, ok := lookupEncoding(n); ok {
			t.Errorf("%q: found", n)
		}
	}
}
