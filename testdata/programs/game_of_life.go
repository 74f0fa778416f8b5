package main

const W, H = 12, 10

type Grid [H][W]bool

func (g *Grid) neighbors(y, x int) int {
	n := 0
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			if dy == 0 && dx == 0 {
				continue
			}
			yy, xx := (y+dy+H)%H, (x+dx+W)%W
			if g[yy][xx] {
				n++
			}
		}
	}
	return n
}

func (g *Grid) step() Grid {
	var next Grid
	for y := 0; y < H; y++ {
		for x := 0; x < W; x++ {
			n := g.neighbors(y, x)
			next[y][x] = n == 3 || (n == 2 && g[y][x])
		}
	}
	return next
}

func (g *Grid) show() {
	for y := 0; y < H; y++ {
		line := make([]byte, W)
		for x := 0; x < W; x++ {
			if g[y][x] {
				line[x] = '#'
			} else {
				line[x] = '.'
			}
		}
		println(string(line))
	}
}

func main() {
	var g Grid
	// a glider and a blinker
	g[0][1], g[1][2], g[2][0], g[2][1], g[2][2] = true, true, true, true, true
	g[6][8], g[6][9], g[6][10] = true, true, true
	for gen := 0; gen < 4; gen++ {
		println("generation", gen)
		g.show()
		g = g.step()
	}
	alive := 0
	for i := 0; i < 30; i++ {
		g = g.step()
	}
	for y := range g {
		for x := range g[y] {
			if g[y][x] {
				alive++
			}
		}
	}
	println("alive after 34:", alive)
}
