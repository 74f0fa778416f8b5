// Golden test: text/template function and method calls (reflect.Value.Call): builtins,
// custom funcs, variadic funcs, methods with arguments, and an error returned by a func.

package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"text/template"
)

type User struct {
	Name string
	Age  int
}

func (u User) Greet(greeting string) string { return greeting + ", " + u.Name }
func (u *User) Older(n int) int             { return u.Age + n }

func main() {
	funcs := template.FuncMap{
		"upper": strings.ToUpper,
		"join":  func(sep string, xs ...string) string { return strings.Join(xs, sep) },
		"fail":  func() (string, error) { return "", errors.New("failed on purpose") },
		"add":   func(a, b int) int { return a + b },
	}
	const text = `{{upper .Name}} {{len .Name}} {{printf "%05d" .Age}} {{add .Age 2}}
{{.Greet "Hello"}} {{.Older 10}} {{join "-" "a" "b" "c"}} {{index .Tags 1}}
{{if gt .Age 30}}old{{else}}young{{end}} {{call .F 7}} {{html "<b>"}}
`
	t := template.Must(template.New("t").Funcs(funcs).Parse(text))
	data := struct {
		*User
		Tags []string
		F    func(int) int
	}{&User{"ann", 42}, []string{"x", "y"}, func(i int) int { return i * i }}
	if err := t.Execute(os.Stdout, data); err != nil {
		fmt.Println("error:", err)
	}
	t2 := template.Must(template.New("e").Funcs(funcs).Parse(`before {{fail}} after`))
	err := t2.Execute(os.Stdout, nil)
	fmt.Println()
	fmt.Println("error:", err)
}
