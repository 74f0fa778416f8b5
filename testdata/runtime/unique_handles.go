// unique.Make canonicalizes per type (equal values share a Handle, distinct
// values do not), and net/netip, which tells IPv4 from IPv6 by comparing such
// handles, parses and classifies addresses of both families.
package main

import (
	"fmt"
	"net/netip"
	"net/url"
	"unique"
)

type detail struct {
	isV6 bool
	zone string
}

type shape interface{ area() int }

type square int

func (s square) area() int { return int(s) * int(s) }

func main() {
	a := unique.Make(detail{})
	b := unique.Make(detail{isV6: true})
	c := unique.Make(detail{isV6: true, zone: "eth0"})
	d := unique.Make(detail{isV6: true})
	fmt.Println(a == b, b == d, b == c, a.Value(), b.Value(), c.Value())

	s1 := unique.Make("hello")
	s2 := unique.Make("hel" + fmt.Sprint("lo"))
	s3 := unique.Make("world")
	fmt.Println(s1 == s2, s1 == s3, s1.Value(), s3.Value())

	// Same value, different type parameters: separate tables.
	x := unique.Make[any](1)
	y := unique.Make[int](1)
	z := unique.Make[any](1)
	w := unique.Make[shape](square(3))
	fmt.Println(x == z, x.Value(), y.Value(), w.Value().area())
	fmt.Println(unique.Make(struct{}{}) == unique.Make(struct{}{}))

	for _, s := range []string{
		"2001:0db8:85a3:0000:0000:8a2e:0370:7334", "::1", "1:2:3:4:5:6:7:8",
		"fe80::1%eth0", "1.2.3.4", "::ffff:1.2.3.4", "1.2.3", "::g",
	} {
		ip, err := netip.ParseAddr(s)
		fmt.Println(ip, err, ip.Is4(), ip.Is6(), ip.Is4In6(), ip.BitLen(), ip.Zone())
	}
	v6 := netip.AddrFrom16([16]byte{0x20, 1, 0xd, 0xb8, 15: 1})
	fmt.Println(v6, v6.Is6(), v6.Unmap(), netip.AddrFrom4([4]byte{10, 0, 0, 1}).Is4())
	p, err := netip.ParsePrefix("2001:db8::/32")
	fmt.Println(p, err, p.Contains(v6), p.Masked())
	ap, err := netip.ParseAddrPort("[fe80::1%eth0]:8080")
	fmt.Println(ap, err, ap.Addr().WithZone(""), ap.Port())

	u, err := url.Parse("https://[2001:0db8:85a3:0000:0000:8a2e:0370:7334]:17000")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(u.Hostname(), u.Port())

	defer func() { fmt.Println("recovered:", recover()) }()
	unique.Make[any]([]int{1})
}
