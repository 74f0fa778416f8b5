package main

// A program of several files: main.go, item.go and store.go.

func main() {
	s := NewStore("corner shop")
	s.Add(Item{Name: "apple", Price: 45, Qty: 10})
	s.Add(Item{Name: "bread", Price: 250, Qty: 3})
	s.Add(Item{Name: "milk", Price: 120, Qty: 0})
	s.Add(Item{Name: "apple", Price: 45, Qty: 5})
	s.Report()
	for _, order := range []struct {
		name string
		qty  int
	}{{"apple", 4}, {"milk", 1}, {"bread", 3}, {"tea", 1}, {"apple", 20}} {
		total, err := s.Sell(order.name, order.qty)
		if err != "" {
			println("order", order.name, order.qty, "failed:", err)
			continue
		}
		println("order", order.name, order.qty, "total", formatCents(total))
	}
	s.Report()
}
