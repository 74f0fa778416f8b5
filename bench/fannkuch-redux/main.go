// fannkuch-redux: for every permutation of 1..n (in a fixed generation
// order), count the prefix reversals ("pancake flips") until 1 is first;
// report the maximum and a checksum alternating the sign per permutation.
// Written for gowasm's bench from the algorithm's description.
package main

const n = 10 // bench:size quick=7

func main() {
	var perm, perm1, count [n]int
	for i := 0; i < n; i++ {
		perm1[i] = i
	}
	maxFlips, checksum, permIndex := 0, 0, 0
	r := n
	for {
		for ; r != 1; r-- {
			count[r-1] = r
		}
		perm = perm1
		flips := 0
		for k := perm[0]; k != 0; k = perm[0] {
			for i, j := 0, k; i < j; i, j = i+1, j-1 {
				perm[i], perm[j] = perm[j], perm[i]
			}
			flips++
		}
		if flips > maxFlips {
			maxFlips = flips
		}
		if permIndex%2 == 0 {
			checksum += flips
		} else {
			checksum -= flips
		}
		// next permutation: rotate the first r+1 elements until a counter is not exhausted
		for {
			if r == n {
				println("checksum", checksum)
				println("Pfannkuchen(", n, ") =", maxFlips)
				return
			}
			first := perm1[0]
			for i := 0; i < r; i++ {
				perm1[i] = perm1[i+1]
			}
			perm1[r] = first
			count[r]--
			if count[r] > 0 {
				break
			}
			r++
		}
		permIndex++
	}
}
