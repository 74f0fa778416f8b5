// Integer constants converted to string: any value, huge ones give "\uFFFD".
package main

func main() {
	const huge = string(1 << 100)
	const a = string(65)
	var r rune = 66
	println(huge == "\uFFFD", a, string(r), string(rune(0x10ffff+1)) == "\uFFFD")
}
