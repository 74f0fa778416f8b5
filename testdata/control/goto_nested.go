// Labels declared inside nested blocks (a for body, a switch clause) and
// reached by goto from deeper blocks, as strings.IndexRune does.
package main

func skipTo(x int) int {
	for i := 0; i < 3; i++ {
		if i == x {
			goto next
		}
		continue
	next:
		x++
	}
	return x
}

func inClause(x int) int {
	switch {
	case x == 0:
		return 0
	default:
		n := 0
		for i := 0; i < 5; i++ {
			for j := 0; j < 5; j++ {
				if i*j == x {
					goto found
				}
			}
			n++
			continue
		found:
			n += 10
			if n > 20 {
				goto done
			}
		}
		return n
	done:
		return -n
	}
}

func main() {
	println(skipTo(1), skipTo(0), skipTo(7))
	println(inClause(0), inClause(4), inClause(100))
}
