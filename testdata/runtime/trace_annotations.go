// runtime/trace's annotations (tasks, regions, logs) run when no trace is
// being recorded, as in every gowasm program (gowasm records no execution
// traces): they do nothing but call what they wrap.
package main

import (
	"context"
	"fmt"
	"runtime/trace"
)

func main() {
	fmt.Println("enabled:", trace.IsEnabled())
	ctx, task := trace.NewTask(context.Background(), "outer")
	trace.Log(ctx, "category", "message")
	trace.Logf(ctx, "category", "n=%d", 3)
	r := trace.StartRegion(ctx, "region")
	r.End()
	trace.WithRegion(ctx, "wrapped", func() {
		_, inner := trace.NewTask(ctx, "inner")
		fmt.Println("in the region")
		inner.End()
	})
	task.End()
	fmt.Println("done")
}
