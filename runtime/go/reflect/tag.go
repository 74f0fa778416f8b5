// This file owns StructTag: the conventional `key:"value" key2:"value2"` tag
// syntax, with its own unquoting of the Go string literal value (reflect does
// not import strconv, see itoa in kind.go).

package reflect

import "unicode/utf8"

// A StructTag is the tag string in a struct field.
type StructTag string

// Get returns the value associated with key in the tag string.
func (tag StructTag) Get(key string) string {
	v, _ := tag.Lookup(key)
	return v
}

// Lookup returns the value associated with key in the tag string, and whether it was present.
func (tag StructTag) Lookup(key string) (value string, ok bool) {
	for tag != "" {
		i := 0
		for i < len(tag) && tag[i] == ' ' {
			i++
		}
		tag = tag[i:]
		if tag == "" {
			break
		}
		i = 0
		for i < len(tag) && tag[i] > ' ' && tag[i] != ':' && tag[i] != '"' && tag[i] != 0x7f {
			i++
		}
		if i == 0 || i+1 >= len(tag) || tag[i] != ':' || tag[i+1] != '"' {
			break
		}
		name := string(tag[:i])
		tag = tag[i+1:]
		i = 1
		for i < len(tag) && tag[i] != '"' {
			if tag[i] == '\\' {
				i++
			}
			i++
		}
		if i >= len(tag) {
			break
		}
		qvalue := string(tag[:i+1])
		tag = tag[i+1:]
		if key == name {
			v, err := unquote(qvalue)
			if err {
				break
			}
			return v, true
		}
	}
	return "", false
}

// unquote interprets a double-quoted Go string literal; bad reports a malformed one.
func unquote(s string) (v string, bad bool) {
	if len(s) < 2 || s[0] != '"' || s[len(s)-1] != '"' {
		return "", true
	}
	s = s[1 : len(s)-1]
	buf := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c == '"' || c == '\n' {
			return "", true
		}
		if c != '\\' {
			buf = append(buf, c)
			i++
			continue
		}
		if i+1 >= len(s) {
			return "", true
		}
		e := s[i+1]
		i += 2
		switch e {
		case 'a':
			buf = append(buf, '\a')
		case 'b':
			buf = append(buf, '\b')
		case 'f':
			buf = append(buf, '\f')
		case 'n':
			buf = append(buf, '\n')
		case 'r':
			buf = append(buf, '\r')
		case 't':
			buf = append(buf, '\t')
		case 'v':
			buf = append(buf, '\v')
		case '\\', '"', '\'':
			buf = append(buf, e)
		case 'x', 'u', 'U':
			n := 2
			if e == 'u' {
				n = 4
			} else if e == 'U' {
				n = 8
			}
			if i+n > len(s) {
				return "", true
			}
			var r rune
			for _, h := range []byte(s[i : i+n]) {
				d, ok := unhex(h)
				if !ok {
					return "", true
				}
				r = r<<4 | rune(d)
			}
			i += n
			if e == 'x' {
				buf = append(buf, byte(r))
			} else {
				if !utf8.ValidRune(r) {
					return "", true
				}
				buf = utf8.AppendRune(buf, r)
			}
		case '0', '1', '2', '3', '4', '5', '6', '7':
			if i+2 > len(s) {
				return "", true
			}
			r := rune(e - '0')
			for _, o := range []byte(s[i : i+2]) {
				if o < '0' || o > '7' {
					return "", true
				}
				r = r<<3 | rune(o-'0')
			}
			if r > 255 {
				return "", true
			}
			i += 2
			buf = append(buf, byte(r))
		default:
			return "", true
		}
	}
	return string(buf), false
}

func unhex(c byte) (byte, bool) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}
