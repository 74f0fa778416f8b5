package main

type Item struct {
	Name  string
	Price int // cents
	Qty   int
}

func (it Item) Value() int { return it.Price * it.Qty }

func (it *Item) Take(n int) bool {
	if n > it.Qty {
		return false
	}
	it.Qty -= n
	return true
}

func formatCents(c int) string {
	digits := []byte{}
	whole := c / 100
	if whole == 0 {
		digits = append(digits, '0')
	}
	for whole > 0 {
		digits = append([]byte{byte('0' + whole%10)}, digits...)
		whole /= 10
	}
	frac := c % 100
	return "$" + string(digits) + "." + string(rune('0'+frac/10)) + string(rune('0'+frac%10))
}
