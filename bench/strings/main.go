// strings: build text by string concatenation and by appending to a byte
// slice, format integers and fixed-point decimals with our own itoa/ftoa,
// parse them back with our own atoi, and hash the result. No strconv/fmt.
// Written for gowasm's bench.
package main

const n = 1000000 // bench:size quick=10000

func itoa(x int) string {
	if x == 0 {
		return "0"
	}
	var buf [20]byte
	i := len(buf)
	neg := x < 0
	u := uint64(x)
	if neg {
		u = uint64(-x)
	}
	for u > 0 {
		i--
		buf[i] = byte('0' + u%10)
		u /= 10
	}
	if neg {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}

// appendFixed appends f with three decimals (rounded half away from zero).
func appendFixed(b []byte, f float64) []byte {
	if f < 0 {
		b = append(b, '-')
		f = -f
	}
	m := int64(f*1000 + 0.5)
	b = append(b, itoa(int(m/1000))...)
	b = append(b, '.')
	frac := m % 1000
	b = append(b, byte('0'+frac/100), byte('0'+frac/10%10), byte('0'+frac%10))
	return b
}

func atoi(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	neg := false
	if s[0] == '-' {
		neg = true
		s = s[1:]
	}
	x := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		x = x*10 + int(c-'0')
	}
	if neg {
		x = -x
	}
	return x, true
}

func hash(h uint32, s string) uint32 {
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

func main() {
	h := uint32(2166136261)
	var buf []byte
	parsed := 0
	line := ""
	lines := 0
	for i := 0; i < n; i++ {
		v := (i*7919)%1000003 - 500000
		s := itoa(v)
		if x, ok := atoi(s); ok && x == v {
			parsed++
		}
		// concatenation: short records joined with '+'
		line = line + s + ";"
		if len(line) > 200 {
			h = hash(h, line)
			line = ""
			lines++
		}
		// byte-slice building
		buf = append(buf, "item "...)
		buf = append(buf, s...)
		buf = append(buf, " = "...)
		buf = appendFixed(buf, float64(v)/7.0)
		buf = append(buf, '\n')
		if len(buf) > 1<<16 {
			h = hash(h, string(buf))
			buf = buf[:0]
		}
	}
	h = hash(h, line)
	h = hash(h, string(buf))
	println("parsed:", parsed, "lines:", lines, "fnv:", h)
}
