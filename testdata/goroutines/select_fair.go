// select chooses pseudo-randomly among several ready cases: over 1000 rounds each is chosen often.
package main

import "fmt"

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	na, nb := 0, 0
	for i := 0; i < 1000; i++ {
		a <- 1
		b <- 2
		select {
		case <-a:
			na++
			<-b
		case <-b:
			nb++
			<-a
		}
	}
	fmt.Println("both receive cases chosen often:", na > 100 && nb > 100, na+nb)

	// Ready send cases are also chosen fairly.
	s1 := make(chan int, 1)
	s2 := make(chan int, 1)
	n1, n2 := 0, 0
	for i := 0; i < 1000; i++ {
		select {
		case s1 <- i:
		case s2 <- i:
		}
		select {
		case <-s1:
			n1++
		case <-s2:
			n2++
		}
	}
	fmt.Println("both send cases chosen often:", n1 > 100 && n2 > 100, n1+n2)

	// A ready case is preferred over default every time.
	r := make(chan int, 1)
	hits := 0
	for i := 0; i < 1000; i++ {
		r <- i
		select {
		case <-r:
			hits++
		default:
		}
	}
	fmt.Println("ready case beats default:", hits)

	// Three ready cases, including a closed channel.
	c1 := make(chan int, 1)
	c2 := make(chan int, 1)
	c3 := make(chan int)
	close(c3)
	var cnt [3]int
	for i := 0; i < 1500; i++ {
		select {
		case c1 <- 1:
			<-c1
			cnt[0]++
		case c2 <- 2:
			<-c2
			cnt[1]++
		case <-c3:
			cnt[2]++
		}
	}
	fmt.Println("three cases chosen often:", cnt[0] > 100 && cnt[1] > 100 && cnt[2] > 100)
}
