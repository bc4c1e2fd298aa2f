// Command gostruct shows a Go struct exposed to Python: a host keeps its
// inventory in Go and lets a Python rule script adjust it. The script reads and
// writes the struct's fields, calls its methods, and gets a Go module of
// helpers; the host then decodes the script's report into a typed Go value.
//
//	go run ./examples/embed/gostruct
package main

import (
	"context"
	"errors"
	"fmt"
	"log"
	"os"
	"time"

	"github.com/kaa-python/kaa"
)

// Item is one line of the inventory.
type Item struct {
	SKU   string  `py:"sku"`
	Stock int     `py:"stock"`
	Price float64 `py:"price"`
}

// Inventory is the host's state, shared with Python as a live object.
type Inventory struct {
	Items   []*Item   `py:"items"`
	Updated time.Time `py:"updated"`
}

// Restock adds n units of sku; an unknown sku is an error, which Python sees as
// a RuntimeError.
func (inv *Inventory) Restock(sku string, n int) error {
	for _, it := range inv.Items {
		if it.SKU == sku {
			it.Stock += n
			return nil
		}
	}
	return errors.New("unknown sku " + sku)
}

// The rules a user wrote: Python, run by the host.
const rules = `
import shop

low = [it for it in inventory.items if it.stock < shop.MIN_STOCK]
for it in low:
    inventory.Restock(it.sku, shop.MIN_STOCK - it.stock)
    it.price = round(it.price * 1.1, 2)
try:
    inventory.Restock('nope', 1)
except RuntimeError as e:
    print('rule error:', e)
inventory.updated = shop.now()
report = {'restocked': [it.sku for it in low], 'total_units': sum(it.stock for it in inventory.items)}
`

func main() {
	ctx := context.Background()
	in, err := kaa.New(kaa.Options{Stdout: os.Stdout})
	if err != nil {
		log.Fatal(err)
	}
	inv := &Inventory{Items: []*Item{{"apple", 3, 0.5}, {"pear", 40, 0.8}, {"plum", 0, 1.2}}}
	shop := kaa.Module("shop", map[string]any{
		"MIN_STOCK": 10,
		"now":       func() time.Time { return time.Date(2025, 1, 1, 12, 0, 0, 0, time.UTC) },
	})
	if err := in.AddModule(shop); err != nil {
		log.Fatal(err)
	}
	in.Set("inventory", inv)
	if err := in.Exec(ctx, rules); err != nil {
		log.Fatal(err)
	}
	var report struct {
		Restocked  []string
		TotalUnits int `py:"total_units"`
	}
	obj, err := in.Get("report")
	if err != nil {
		log.Fatal(err)
	}
	if err := obj.Decode(&report); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("report: %+v\n", report)
	for _, it := range inv.Items {
		fmt.Printf("%-6s %3d %.2f\n", it.SKU, it.Stock, it.Price)
	}
	fmt.Println("updated:", inv.Updated)
}
