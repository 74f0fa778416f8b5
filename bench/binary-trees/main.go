// binary-trees: allocate many short-lived perfect binary trees and a
// long-lived one, and count their nodes (an allocation/GC benchmark).
// Written for gowasm's bench from the algorithm's description.
package main

type node struct {
	left, right *node
}

func build(depth int) *node {
	if depth == 0 {
		return &node{}
	}
	return &node{left: build(depth - 1), right: build(depth - 1)}
}

func (n *node) count() int {
	if n.left == nil {
		return 1
	}
	return 1 + n.left.count() + n.right.count()
}

const maxDepth = 16 // bench:size quick=8

func main() {
	minDepth := 4
	stretch := maxDepth + 1
	println("stretch tree of depth", stretch, "check:", build(stretch).count())

	longLived := build(maxDepth)
	total := 0
	for d := minDepth; d <= maxDepth; d += 2 {
		iters := 1 << (maxDepth - d + minDepth)
		check := 0
		for i := 0; i < iters; i++ {
			check += build(d).count()
		}
		println(iters, "trees of depth", d, "check:", check)
		total += check
	}
	println("long lived tree of depth", maxDepth, "check:", longLived.count())
	println("checksum", total)
}
