package main

type Store struct {
	name  string
	items []Item
	sales int
}

func NewStore(name string) *Store {
	return &Store{name: name}
}

func (s *Store) find(name string) *Item {
	for i := range s.items {
		if s.items[i].Name == name {
			return &s.items[i]
		}
	}
	return nil
}

func (s *Store) Add(it Item) {
	if have := s.find(it.Name); have != nil {
		have.Qty += it.Qty
		return
	}
	s.items = append(s.items, it)
}

func (s *Store) Sell(name string, n int) (total int, err string) {
	it := s.find(name)
	switch {
	case it == nil:
		return 0, "no such item"
	case !it.Take(n):
		return 0, "only " + formatCents(it.Qty*100)[1:] + " left"
	}
	total = it.Price * n
	s.sales += total
	return
}

func (s *Store) Report() {
	println("==", s.name, "==")
	value := 0
	for _, it := range s.items {
		println(" ", it.Name, it.Qty, "x", formatCents(it.Price), "=", formatCents(it.Value()))
		value += it.Value()
	}
	println("  stock", formatCents(value), "sales", formatCents(s.sales))
}
