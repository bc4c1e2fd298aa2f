package cmath

import (
	"math"
	"strings"
)

// The special-value tables of C99 Annex G as CPython uses them. Each is written
// as seven lines (real part -inf, negative, -0, +0, positive, +inf, nan) of seven
// "re,im" cells (imaginary part in the same order). Cells: i is infinity, n a NaN,
// p pi, p2 pi/2, p4 pi/4, 3p4 3pi/4, each optionally negated; "." marks a cell
// only finite arguments reach, so never read.
var (
	acosTable = mustTable(`
		3p4,i p,i p,i p,-i p,-i 3p4,-i n,i
		p2,i . . . . p2,-i n,n
		p2,i . p2,0 p2,-0 . p2,-i p2,n
		p2,i . p2,0 p2,-0 . p2,-i p2,n
		p2,i . . . . p2,-i n,n
		p4,i 0,i 0,i 0,-i 0,-i p4,-i n,i
		n,i n,n n,n n,n n,n n,-i n,n`)
	acoshTable = mustTable(`
		i,-3p4 i,-p i,-p i,p i,p i,3p4 i,n
		i,-p2 . . . . i,p2 n,n
		i,-p2 . 0,-p2 0,p2 . i,p2 n,n
		i,-p2 . 0,-p2 0,p2 . i,p2 n,n
		i,-p2 . . . . i,p2 n,n
		i,-p4 i,-0 i,-0 i,0 i,0 i,p4 i,n
		i,n n,n n,n n,n n,n i,n n,n`)
	asinhTable = mustTable(`
		-i,-p4 -i,-0 -i,-0 -i,0 -i,0 -i,p4 -i,n
		-i,-p2 . . . . -i,p2 n,n
		-i,-p2 . -0,-0 -0,0 . -i,p2 n,n
		i,-p2 . 0,-0 0,0 . i,p2 n,n
		i,-p2 . . . . i,p2 n,n
		i,-p4 i,-0 i,-0 i,0 i,0 i,p4 i,n
		i,n n,n n,-0 n,0 n,n i,n n,n`)
	atanhTable = mustTable(`
		-0,-p2 -0,-p2 -0,-p2 -0,p2 -0,p2 -0,p2 -0,n
		-0,-p2 . . . . -0,p2 n,n
		-0,-p2 . -0,-0 -0,0 . -0,p2 -0,n
		0,-p2 . 0,-0 0,0 . 0,p2 0,n
		0,-p2 . . . . 0,p2 n,n
		0,-p2 0,-p2 0,-p2 0,p2 0,p2 0,p2 0,n
		0,-p2 n,n n,n n,n n,n 0,p2 n,n`)
	coshTable = mustTable(`
		i,n . i,0 i,-0 . i,n i,n
		n,n . . . . n,n n,n
		n,0 . 1,0 1,-0 . n,0 n,0
		n,0 . 1,-0 1,0 . n,0 n,0
		n,n . . . . n,n n,n
		i,n . i,-0 i,0 . i,n i,n
		n,n n,n n,0 n,0 n,n n,n n,n`)
	expTable = mustTable(`
		0,0 . 0,-0 0,0 . 0,0 0,0
		n,n . . . . n,n n,n
		n,n . 1,-0 1,0 . n,n n,n
		n,n . 1,-0 1,0 . n,n n,n
		n,n . . . . n,n n,n
		i,n . i,-0 i,0 . i,n i,n
		n,n n,n n,-0 n,0 n,n n,n n,n`)
	logTable = mustTable(`
		i,-3p4 i,-p i,-p i,p i,p i,3p4 i,n
		i,-p2 . . . . i,p2 n,n
		i,-p2 . -i,-p -i,p . i,p2 n,n
		i,-p2 . -i,-0 -i,0 . i,p2 n,n
		i,-p2 . . . . i,p2 n,n
		i,-p4 i,-0 i,-0 i,0 i,0 i,p4 i,n
		i,n n,n n,n n,n n,n i,n n,n`)
	sinhTable = mustTable(`
		i,n . -i,-0 -i,0 . i,n i,n
		n,n . . . . n,n n,n
		0,n . -0,-0 -0,0 . 0,n 0,n
		0,n . 0,-0 0,0 . 0,n 0,n
		n,n . . . . n,n n,n
		i,n . i,-0 i,0 . i,n i,n
		n,n n,n n,-0 n,0 n,n n,n n,n`)
	sqrtTable = mustTable(`
		i,-i 0,-i 0,-i 0,i 0,i i,i n,i
		i,-i . . . . i,i n,n
		i,-i . 0,-0 0,0 . i,i n,n
		i,-i . 0,-0 0,0 . i,i n,n
		i,-i . . . . i,i n,n
		i,-i i,-0 i,-0 i,0 i,0 i,i i,n
		i,-i n,n n,n n,n n,n i,i n,n`)
	tanhTable = mustTable(`
		-1,0 . -1,-0 -1,0 . -1,0 -1,0
		n,n . . . . n,n n,n
		-0,n . -0,-0 -0,0 . n,n n,n
		0,n . 0,-0 0,0 . n,n n,n
		n,n . . . . n,n n,n
		1,0 . 1,-0 1,0 . 1,0 1,0
		n,n n,n n,-0 n,0 n,n n,n n,n`)
	rectTable = mustTable(`
		i,n . -i,0 -i,-0 . i,n i,n
		n,n . . . . n,n n,n
		0,0 . -0,0 -0,-0 . 0,0 0,0
		0,0 . 0,-0 0,0 . 0,0 0,0
		n,n . . . . n,n n,n
		i,n . i,-0 i,0 . i,n i,n
		n,n n,n n,0 n,0 n,n n,n n,n`)
)

// mustTable parses a table.
func mustTable(text string) *table {
	var tb table
	rows := strings.Split(strings.TrimSpace(text), "\n")
	if len(rows) != 7 {
		panic("cmath: a table needs 7 rows")
	}
	for i, row := range rows {
		cells := strings.Fields(row)
		if len(cells) != 7 {
			panic("cmath: a table row needs 7 cells: " + row)
		}
		for j, cell := range cells {
			if cell == "." {
				tb[i][j] = complex(math.NaN(), math.NaN())
				continue
			}
			re, im, ok := strings.Cut(cell, ",")
			if !ok {
				panic("cmath: bad cell " + cell)
			}
			tb[i][j] = complex(tableValue(re), tableValue(im))
		}
	}
	return &tb
}

func tableValue(s string) float64 {
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var v float64
	switch s {
	case "0":
		v = 0
	case "1":
		v = 1
	case "i":
		v = math.Inf(1)
	case "n":
		v = math.NaN()
	case "p":
		v = math.Pi
	case "p2":
		v = halfPi
	case "p4":
		v = quarterPi
	case "3p4":
		v = threeQuarter
	default:
		panic("cmath: bad table value " + s)
	}
	if neg {
		return -v
	}
	return v
}
