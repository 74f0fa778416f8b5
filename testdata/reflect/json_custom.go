// Golden test: encoding/json with custom marshalers on value and pointer receivers
// (UnmarshalJSON / UnmarshalText reached through a field's address: *T's methods).

package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Animal int

const (
	Unknown Animal = iota
	Gopher
	Zebra
)

func (a *Animal) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	switch strings.ToLower(s) {
	case "gopher":
		*a = Gopher
	case "zebra":
		*a = Zebra
	default:
		*a = Unknown
	}
	return nil
}

func (a Animal) MarshalJSON() ([]byte, error) {
	s := [...]string{"unknown", "gopher", "zebra"}[a]
	return json.Marshal(s)
}

type Size int

func (s *Size) UnmarshalText(b []byte) error {
	switch string(b) {
	case "small":
		*s = 1
	case "large":
		*s = 3
	default:
		*s = 0
	}
	return nil
}

func (s Size) MarshalText() ([]byte, error) {
	return []byte([...]string{"unrecognized", "small", "medium", "large"}[s]), nil
}

type Pet struct {
	Kind Animal
	Size Size
	Tags map[Size]int
}

func main() {
	var zoo []Animal
	if err := json.Unmarshal([]byte(`["gopher","armadillo","zebra","gopher"]`), &zoo); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Println(zoo)
	out, err := json.Marshal(zoo)
	fmt.Println(string(out), err)

	var p Pet
	err = json.Unmarshal([]byte(`{"Kind":"zebra","Size":"large","Tags":{"small":2}}`), &p)
	fmt.Printf("%+v %v\n", p, err)
	out, err = json.Marshal(p)
	fmt.Println(string(out), err)

	var a Animal
	err = json.Unmarshal([]byte(`5`), &a)
	fmt.Println(a, err)
}
