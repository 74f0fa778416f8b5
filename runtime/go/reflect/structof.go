// This file owns StructOf: a struct type built at run time from its fields
// (canonical like every built type: typebuild.go). The layout is the
// compiler's (compiler/types/sizes.ts: each field at its alignment, a final
// zero-sized field of a non-empty struct padded by one byte, the size
// rounded to the struct's alignment), the name Go's runtime spelling
// (`struct { A int; b string "tag" }`), and the extra record the compiler
// writes for struct types (field table). Equality and hashing go field by
// field through the fields' own functions.
//
// Embedded fields are not supported by gowasm (they would need promoted
// methods in a method table built at run time): StructOf panics saying so.

package reflect

import "unsafe"

// structOfPaths holds the package paths of StructOf's types (their rtextra.n2).
var structOfPaths []*string

// StructOf returns the struct type containing fields.
func StructOf(fields []StructField) Type {
	fs := make([]rtfield, len(fields))
	seen := map[string]bool{}
	pkgpath := ""
	name := "struct {"
	var off, size uintptr
	align := 1
	comparable, hashable, pointers := true, true, false
	for i, f := range fields {
		if f.Name == "" {
			panic("reflect.StructOf: field " + itoa(int64(i)) + " has no name")
		}
		if !isValidFieldName(f.Name) {
			panic("reflect.StructOf: field " + itoa(int64(i)) + " has invalid name")
		}
		if f.Type == nil {
			panic("reflect.StructOf: field " + itoa(int64(i)) + " has no type")
		}
		if f.Anonymous {
			panic("reflect.StructOf: embedded field " + f.Name + " is not supported by gowasm")
		}
		if f.PkgPath == "" {
			if c := f.Name[0]; 'a' <= c && c <= 'z' || c == '_' {
				panic("reflect.StructOf: field \"" + f.Name + "\" is unexported but missing PkgPath")
			}
		} else if pkgpath == "" {
			pkgpath = f.PkgPath
		} else if pkgpath != f.PkgPath {
			panic("reflect.Struct: fields with different PkgPath " + pkgpath + " and " + f.PkgPath)
		}
		if seen[f.Name] && f.Name != "_" {
			panic("reflect.StructOf: duplicate field " + f.Name)
		}
		seen[f.Name] = true
		ft := f.Type.common()
		a := ft.Align()
		if a > align {
			align = a
		}
		off = (off + uintptr(a) - 1) / uintptr(a) * uintptr(a)
		fs[i] = newField(f.Name, string(f.Tag), ft, off, false, f.PkgPath == "")
		off += ft.size
		size = off
		if i > 0 {
			name += ";"
		}
		name += " " + f.Name + " " + ft.name
		if f.Tag != "" {
			name += " " + quote(string(f.Tag))
		}
		comparable = comparable && ft.equal != nil
		hashable = hashable && ft.hashfn != nil
		pointers = pointers || ft.pointers()
	}
	if len(fs) > 0 {
		name += " }"
		if size > 0 && fs[len(fs)-1].typ.size == 0 {
			size++
		}
		size = (size + uintptr(align) - 1) / uintptr(align) * uintptr(align)
	} else {
		name = "struct {}"
	}
	x := &rtextra{n1: uint32(len(fs))}
	path := &pkgpath
	if pkgpath != "" {
		x.n2 = uint32(uintptr(unsafe.Pointer(path)))
	}
	if len(fs) > 0 {
		x.ptr = unsafe.Pointer(&fs[0])
	}
	proto := &rtype{size: size, hash: fnv1a(name), kind: uint8(Struct), name: name, extra: x}
	if pointers {
		proto.flags |= tflagPointers
	}
	if t := lookupType(name, func(t *rtype) bool { return t.Kind() == Struct && identicalUnderlying(proto, t, true) }); t != nil {
		return t
	}
	if pkgpath != "" {
		// n2 is a word, not a pointer the collector follows: structOfPaths keeps the string
		// (types made at run time live as long as the program, as in Go).
		structOfPaths = append(structOfPaths, path)
	}
	if comparable {
		proto.equal = func(p, q unsafe.Pointer) bool {
			for i := range fs {
				f := &fs[i]
				if !f.typ.equal(unsafe.Add(p, f.offset), unsafe.Add(q, f.offset)) {
					return false
				}
			}
			return true
		}
	}
	if comparable && hashable {
		proto.hashfn = func(p unsafe.Pointer, seed uintptr) uintptr {
			h := seed
			for i := range fs {
				f := &fs[i]
				h = f.typ.hashfn(unsafe.Add(p, f.offset), h)
			}
			return h
		}
	}
	return remember(proto)
}

// isValidFieldName reports whether s is a Go identifier (letters, digits, '_'; any non-ASCII
// byte is taken for a letter).
func isValidFieldName(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		letter := 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_' || c >= 0x80
		if !letter && (i == 0 || c < '0' || c > '9') {
			return false
		}
	}
	return len(s) > 0
}

// quote returns s as a double-quoted Go string literal (a struct tag in a type's name).
func quote(s string) string {
	const hex = "0123456789abcdef"
	b := []byte{'"'}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '"' || c == '\\':
			b = append(b, '\\', c)
		case c == '\n':
			b = append(b, '\\', 'n')
		case c == '\t':
			b = append(b, '\\', 't')
		case c < 0x20 || c == 0x7f:
			b = append(b, '\\', 'x', hex[c>>4], hex[c&15])
		default:
			b = append(b, c)
		}
	}
	return string(append(b, '"'))
}
