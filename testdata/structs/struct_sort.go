package main

type Employee struct {
	Name   string
	Age    int
	Salary float64
}

type byFunc func(a, b *Employee) bool

func sortBy(es []Employee, less byFunc) {
	for i := 1; i < len(es); i++ {
		for j := i; j > 0 && less(&es[j], &es[j-1]); j-- {
			es[j], es[j-1] = es[j-1], es[j]
		}
	}
}

func show(es []Employee) {
	for _, e := range es {
		println(" ", e.Name, e.Age, e.Salary)
	}
}

func main() {
	es := []Employee{
		{"Mallory", 41, 5200.5},
		{"Alice", 30, 7000},
		{"Trent", 25, 4100.25},
		{"Bob", 30, 6500},
		{"Eve", 22, 3900.75},
		{"Carol", 41, 8100},
	}
	sortBy(es, func(a, b *Employee) bool { return a.Name < b.Name })
	println("by name:")
	show(es)
	sortBy(es, func(a, b *Employee) bool {
		if a.Age != b.Age {
			return a.Age < b.Age
		}
		return a.Name < b.Name
	})
	println("by age, name:")
	show(es)
	sortBy(es, func(a, b *Employee) bool { return a.Salary > b.Salary })
	println("by salary desc:")
	show(es)
	total := 0.0
	for _, e := range es {
		total += e.Salary
	}
	println("total", total, "avg", total/float64(len(es)))
}
