package zlib

import (
	"bytes"
	"compress/flate"
	"math/rand"
	"testing"
)

func sample(r *rand.Rand, n int) []byte {
	words := []string{"alpha ", "beta ", "gamma ", "delta\n", "\x00\x01\x02", "zzzzzzzzzz"}
	var b bytes.Buffer
	for b.Len() < n {
		if r.Intn(5) == 0 {
			b.WriteByte(byte(r.Intn(256)))
		} else {
			b.WriteString(words[r.Intn(len(words))])
		}
	}
	return b.Bytes()[:n]
}

// inflatePieces decodes stream fed in random pieces with random output limits,
// as decompressobj does with max_length and unconsumed_tail.
func inflatePieces(r *rand.Rand, z *inflater, stream []byte) ([]byte, status) {
	var out, pending []byte
	for pos := 0; ; {
		n := r.Intn(40)
		if pos+n > len(stream) {
			n = len(stream) - pos
		}
		in := append(append([]byte{}, pending...), stream[pos:pos+n]...)
		pos += n
		for {
			z.in, z.pos = in, 0
			var st status
			out, st = z.run(out, r.Intn(100)+1)
			in = z.rest()
			switch st {
			case streamEnd, failed:
				return out, st
			case outputFull:
				continue
			}
			break
		}
		pending = in
		if pos == len(stream) && n == 0 {
			return out, needInput
		}
	}
}

func TestInflateRoundTrip(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 40; i++ {
		data := sample(r, r.Intn(70000))
		for _, wrap := range []int{wrapRaw, wrapZlib, wrapGzip} {
			d := newDeflater(wrap, r.Intn(10), 0, 15, nil)
			stream := d.compress(data[:len(data)/2])
			stream = append(stream, d.flush(zSyncFlush)...)
			stream = append(stream, d.compress(data[len(data)/2:])...)
			stream = append(stream, d.flush(zFinish)...)
			w := wrap
			if i%2 == 0 && wrap != wrapRaw {
				w = wrapAuto
			}
			z := newInflater(w, 15, nil)
			z.in = stream
			out, st := z.run(nil, -1)
			if st != streamEnd || !bytes.Equal(out, data) {
				t.Fatalf("wrap %d: status %d, %d of %d bytes, err %q", wrap, st, len(out), len(data), z.err)
			}
			z = newInflater(w, 15, nil)
			out, st = inflatePieces(r, z, stream)
			if st != streamEnd || !bytes.Equal(out, data) {
				t.Fatalf("pieces wrap %d: status %d, %d of %d bytes, err %q", wrap, st, len(out), len(data), z.err)
			}
		}
	}
}

func TestInflateStdlibStreams(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	for i := 0; i < 50; i++ {
		data := sample(r, r.Intn(200000))
		var b bytes.Buffer
		w, _ := flate.NewWriter(&b, r.Intn(10)-2)
		w.Write(data)
		w.Close()
		z := newInflater(wrapRaw, 15, nil)
		z.in = b.Bytes()
		out, st := z.run(nil, -1)
		if st != streamEnd || !bytes.Equal(out, data) {
			t.Fatalf("status %d err %q", st, z.err)
		}
	}
}

func TestInflateHostile(t *testing.T) {
	r := rand.New(rand.NewSource(3))
	for i := 0; i < 1000; i++ {
		data := sample(r, r.Intn(3000))
		d := newDeflater(wrapZlib, 6, 0, 15, nil)
		stream := append(d.compress(data), d.flush(zFinish)...)
		for k := r.Intn(8); k >= 0; k-- {
			stream[r.Intn(len(stream))] ^= byte(1 << r.Intn(8))
		}
		if r.Intn(3) == 0 {
			stream = stream[:r.Intn(len(stream))]
		}
		z := newInflater(wrapAuto, 0, nil)
		z.in = stream
		z.run(nil, 1<<20)
		z = newInflater(wrapRaw, 15, nil)
		inflatePieces(r, z, stream)
	}
	for i := 0; i < 1000; i++ {
		junk := make([]byte, r.Intn(500))
		r.Read(junk)
		z := newInflater(wrapRaw, 15, nil)
		z.in = junk
		z.run(nil, 1<<20)
	}
}

func TestDeflateCopy(t *testing.T) {
	r := rand.New(rand.NewSource(4))
	data := sample(r, 50000)
	d := newDeflater(wrapZlib, 6, 0, 15, nil)
	head := d.compress(data[:20000])
	head = append(head, d.flush(zSyncFlush)...)
	head = append(head, d.compress(data[20000:30000])...)
	c := d.clone()
	a := append(append(append([]byte{}, head...), d.compress(data[30000:])...), d.flush(zFinish)...)
	b := append(append(append([]byte{}, head...), c.compress(data[30000:])...), c.flush(zFinish)...)
	if !bytes.Equal(a, b) {
		t.Fatal("copy diverged")
	}
	z := newInflater(wrapZlib, 15, nil)
	z.in = b
	out, st := z.run(nil, -1)
	if st != streamEnd || !bytes.Equal(out, data) {
		t.Fatal("copy stream does not decode")
	}
}
