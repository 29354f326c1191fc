package main

import (
	"strings"

	"github.com/urfave/cli/v2"
)

// flagsFirst moves a command's flags ahead of its positional arguments, so
// the documented forms work: urfave/cli v2 stops reading flags at the first
// positional argument, which made `royalty audit 1 --rpc URL` a usage error.
// The command (and subcommand) is found by name; a flag of that command that
// takes a value keeps the value after it. "-" (stdin) and negative numbers
// stay positional, and everything after "--" stays positional in its order.
func flagsFirst(app *cli.App, args []string) []string {
	if len(args) < 2 {
		return args
	}
	out := []string{args[0]}
	i := 1
	for i < len(args) && looksLikeFlag(args[i]) { // the app's own flags (--help)
		out = append(out, args[i])
		i++
	}
	var cmd *cli.Command
	for cmds := app.Commands; i < len(args); {
		c := commandNamed(cmds, args[i])
		if c == nil {
			break
		}
		out, cmd, cmds = append(out, args[i]), c, c.Subcommands
		i++
		if len(cmds) == 0 {
			break
		}
	}
	if cmd == nil {
		return args
	}
	var flags, positional []string
	dashes := false
	rest := args[i:]
	for j := 0; j < len(rest); j++ {
		a := rest[j]
		switch {
		case a == "--":
			dashes = true
			positional = append(positional, rest[j+1:]...)
			j = len(rest)
		case !looksLikeFlag(a):
			positional = append(positional, a)
		default:
			flags = append(flags, a)
			name, _, inline := strings.Cut(strings.TrimLeft(a, "-"), "=")
			if f := flagNamed(cmd.Flags, name); f != nil && takesValue(f) && !inline && j+1 < len(rest) {
				j++
				flags = append(flags, rest[j])
			}
		}
	}
	out = append(out, flags...)
	if dashes {
		out = append(out, "--")
	}
	return append(out, positional...)
}

// looksLikeFlag: -x, --x, -x=v; not "-" (stdin), "--" or a negative number.
func looksLikeFlag(a string) bool {
	return len(a) > 1 && a[0] == '-' && a != "--" && (a[1] < '0' || a[1] > '9')
}

func commandNamed(cmds []*cli.Command, name string) *cli.Command {
	for _, c := range cmds {
		if c.HasName(name) {
			return c
		}
	}
	return nil
}

func flagNamed(flags []cli.Flag, name string) cli.Flag {
	for _, f := range flags {
		for _, n := range f.Names() {
			if n == name {
				return f
			}
		}
	}
	return nil
}

func takesValue(f cli.Flag) bool {
	d, ok := f.(cli.DocGenerationFlag)
	return ok && d.TakesValue()
}
