package main

func main() {
	print("a", "b", 1, 2, true, "\n")
	println("a", "b", 1, 2, true)
	print()
	println()
	print(3.5, -2, "\n")
	var i8 int8 = -5
	var u16 uint16 = 65000
	var r rune = 'Z'
	var b byte = 'z'
	var up uintptr = 4096
	println(i8, u16, r, b, up)
	println("", "x", "")
	print("no newline")
	print("\n")
	println(false, !false)
	var f32 float32 = 2.5
	println(f32, -f32)
	s := "multi\nline"
	println(s)
	println("tab\there", "quote\"", `raw\n`)
}
