// Std packages that walk values with reflect: encoding/binary (struct
// encode/decode), encoding/json (Marshal/Unmarshal of structs with tags,
// pointers, maps, slices, any), text/template (fields, range, if).
package main

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"strings"
	"text/template"
)

type Header struct {
	Magic uint32
	N     int16
	F     float32
	B     [3]byte
}

type Addr struct {
	City string `json:"city"`
	Zip  int    `json:"zip,omitempty"`
}

type Person struct {
	Name    string         `json:"name"`
	Age     int            `json:"age"`
	Emails  []string       `json:"emails"`
	Addr    *Addr          `json:"addr,omitempty"`
	Meta    map[string]any `json:"meta"`
	private int
}

type Item struct {
	Name  string
	Price float64
	Tags  []string
}

func main() {
	var buf bytes.Buffer
	h := Header{0xCAFEBABE, -2, 1.5, [3]byte{1, 2, 3}}
	if err := binary.Write(&buf, binary.LittleEndian, h); err != nil {
		println("err", err.Error())
	}
	println(buf.Len(), binary.Size(h), buf.Bytes()[0], buf.Bytes()[12])
	var g Header
	if err := binary.Read(bytes.NewReader(buf.Bytes()), binary.LittleEndian, &g); err != nil {
		println("err", err.Error())
	}
	println(g.Magic, g.N, g.F, g.B[2])

	p := Person{Name: "Ann", Age: 30, Emails: []string{"a@x"}, Addr: &Addr{City: "Oslo"}, Meta: map[string]any{"k": 1.5, "b": true}}
	b, err := json.Marshal(p)
	println(string(b), err == nil)
	var q Person
	err = json.Unmarshal([]byte(`{"name":"Bob","age":41,"emails":["x","y"],"addr":{"city":"Rome","zip":7},"meta":{"n":null,"l":[1,"s"]}}`), &q)
	println(err == nil, q.Name, q.Age, len(q.Emails), q.Addr.City, q.Addr.Zip, len(q.Meta))
	var anyv any
	json.Unmarshal([]byte(`[1, {"a": "b"}, null, "s"]`), &anyv)
	b2, _ := json.MarshalIndent(anyv, "", " ")
	println(string(b2))
	err = json.Unmarshal([]byte(`{"age":"old"}`), &q)
	println(err.Error())

	t := template.Must(template.New("x").Parse("{{range .}}{{.Name}}: {{.Price}}{{if .Tags}} [{{range $i, $t := .Tags}}{{if $i}}, {{end}}{{$t}}{{end}}]{{end}}\n{{end}}"))
	var sb strings.Builder
	if err := t.Execute(&sb, []Item{{"a", 1.5, []string{"x", "y"}}, {"b", 2, nil}}); err != nil {
		println(err.Error())
	}
	print(sb.String())
	sb.Reset()
	t2 := template.Must(template.New("m").Parse(`{{.name}} has{{range .list}} {{.}}{{end}}{{with .missing}}!{{else}}.{{end}}`))
	t2.Execute(&sb, map[string]any{"name": "box", "list": []int{1, 2, 3}})
	println(sb.String())
}
