// Memory profiles at MemProfileRate 1 (every allocation sampled): per allocation
// site (the first frame of package main in a record's stack, its function and
// line), the objects and bytes allocated and still in use as of the last
// collection, and the frames of package main below it with their lines. The
// sizes are those of the objects' size classes, as Go reports them.

package main

import (
	"fmt"
	"runtime"
	"sort"
	"strings"
)

type node struct {
	next *node
	val  [6]int64
}

var (
	big   *[17 * 1024]byte
	small *[100]byte
	buf   []byte
	n     *node
	s     string
)

//go:noinline
func allocNew(k int) {
	for i := 0; i < k; i++ {
		big = new([17 * 1024]byte)
		small = new([100]byte)
	}
}

//go:noinline
func allocMake(k int) {
	for i := 0; i < k; i++ {
		buf = make([]byte, 40+i%8)
	}
}

//go:noinline
func allocLiteral(k int) {
	for i := 0; i < k; i++ {
		n = &node{val: [6]int64{int64(i)}}
	}
}

//go:noinline
func allocConcat(k int, a, b string) {
	for i := 0; i < k; i++ {
		s = a + b
	}
}

//go:noinline
func run() {
	allocNew(10)
	allocMake(7)
	allocLiteral(5)
	allocConcat(3, strings.Repeat("a", 20), strings.Repeat("b", 30))
}

type site struct {
	frames                   string
	objects, bytes, inuseObj int64
}

func main() {
	runtime.MemProfileRate = 1
	recs := make([]runtime.MemProfileRecord, 4096)
	run()
	runtime.GC()
	runtime.GC()
	k, ok := runtime.MemProfile(recs, true)
	if !ok {
		panic("profile too big")
	}
	sites := map[string]*site{}
	for _, r := range recs[:k] {
		frames := runtime.CallersFrames(r.Stack())
		var names []string
		for {
			fr, more := frames.Next()
			if strings.HasPrefix(fr.Function, "main.") {
				names = append(names, fmt.Sprintf("%s:%d", fr.Function, fr.Line))
			}
			if !more {
				break
			}
		}
		if len(names) == 0 || !strings.HasPrefix(names[0], "main.alloc") {
			continue
		}
		key := strings.Join(names, " <- ")
		st := sites[key]
		if st == nil {
			st = &site{frames: key}
			sites[key] = st
		}
		st.objects += r.AllocObjects
		st.bytes += r.AllocBytes
		st.inuseObj += r.InUseObjects()
	}
	var keys []string
	for key := range sites {
		keys = append(keys, key)
	}
	sort.Strings(keys)
	for _, key := range keys {
		st := sites[key]
		fmt.Printf("%s\n\tallocated %d objects, %d bytes (%d each); in use %d\n", st.frames, st.objects, st.bytes, st.bytes/st.objects, st.inuseObj)
	}
}
