// n-body: integrate the orbits of five bodies (a sun and four giant planets)
// with a simple symplectic step, and report the energy before and after.
// Written for gowasm's bench from the algorithm's description.
//
// sqrt is our own Newton iteration, not math.Sqrt, so that the program has no
// imports and all three builds (native, Go's wasip1, gowasm) do the same work.
package main

const (
	pi          = 3.141592653589793
	solarMass   = 4 * pi * pi
	daysPerYear = 365.24
	steps       = 3000000 // bench:size quick=10000
)

type body struct {
	x, y, z, vx, vy, vz, mass float64
}

// sqrt: scale x into [1, 4) by exact powers of 4, then Newton's iteration.
func sqrt(x float64) float64 {
	if x <= 0 {
		return 0
	}
	s := 1.0
	for x >= 4 {
		x *= 0.25
		s *= 2
	}
	for x < 1 {
		x *= 4
		s *= 0.5
	}
	g := (x + 1) * 0.5
	for i := 0; i < 6; i++ {
		g = 0.5 * (g + x/g)
	}
	return g * s
}

func system() []body {
	return []body{
		{0, 0, 0, 0, 0, 0, solarMass},
		{ // a Jupiter-like planet
			4.84, -1.16, -0.10,
			1.66e-03 * daysPerYear, 7.70e-03 * daysPerYear, -6.90e-05 * daysPerYear,
			9.55e-04 * solarMass},
		{ // Saturn-like
			8.34, 4.12, -0.40,
			-2.77e-03 * daysPerYear, 5.00e-03 * daysPerYear, 2.30e-05 * daysPerYear,
			2.86e-04 * solarMass},
		{ // Uranus-like
			12.89, -15.11, -0.22,
			2.96e-03 * daysPerYear, 2.37e-03 * daysPerYear, -2.96e-05 * daysPerYear,
			4.37e-05 * solarMass},
		{ // Neptune-like
			15.38, -25.92, 0.18,
			2.68e-03 * daysPerYear, 1.63e-03 * daysPerYear, -9.51e-05 * daysPerYear,
			5.15e-05 * solarMass},
	}
}

func offsetMomentum(bs []body) {
	var px, py, pz float64
	for _, b := range bs {
		px += b.vx * b.mass
		py += b.vy * b.mass
		pz += b.vz * b.mass
	}
	bs[0].vx = -px / solarMass
	bs[0].vy = -py / solarMass
	bs[0].vz = -pz / solarMass
}

func energy(bs []body) float64 {
	e := 0.0
	for i := range bs {
		b := &bs[i]
		e += 0.5 * b.mass * (b.vx*b.vx + b.vy*b.vy + b.vz*b.vz)
		for j := i + 1; j < len(bs); j++ {
			c := &bs[j]
			dx, dy, dz := b.x-c.x, b.y-c.y, b.z-c.z
			e -= b.mass * c.mass / sqrt(dx*dx+dy*dy+dz*dz)
		}
	}
	return e
}

func advance(bs []body, dt float64) {
	for i := range bs {
		b := &bs[i]
		for j := i + 1; j < len(bs); j++ {
			c := &bs[j]
			dx, dy, dz := b.x-c.x, b.y-c.y, b.z-c.z
			d2 := dx*dx + dy*dy + dz*dz
			mag := dt / (d2 * sqrt(d2))
			b.vx -= dx * c.mass * mag
			b.vy -= dy * c.mass * mag
			b.vz -= dz * c.mass * mag
			c.vx += dx * b.mass * mag
			c.vy += dy * b.mass * mag
			c.vz += dz * b.mass * mag
		}
	}
	for i := range bs {
		b := &bs[i]
		b.x += dt * b.vx
		b.y += dt * b.vy
		b.z += dt * b.vz
	}
}

func main() {
	bs := system()
	offsetMomentum(bs)
	e0 := energy(bs)
	for i := 0; i < steps; i++ {
		advance(bs, 0.01)
	}
	e1 := energy(bs)
	// Integers, so the checksum does not depend on float printing.
	println("energy before (1e-12 units)", int64(e0*1e12))
	println("energy after  (1e-12 units)", int64(e1*1e12))
}
