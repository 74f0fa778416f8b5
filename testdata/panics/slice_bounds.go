package main

func sub(s []byte, lo, hi int) []byte {
	return s[lo:hi]
}

func main() {
	b := []byte("hello")
	println(string(sub(b, 1, 3)))
	println(len(sub(b, 2, 9)))
}
