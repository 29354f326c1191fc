package main

import (
	"fmt"
	"io"
	"reflect"
	"regexp"
	"strings"

	"github.com/urfave/cli/v2"
)

// requiredMark ends the usage of every required flag. urfave/cli's own check
// of required flags prints the whole help page and exits 1, and its help
// shows "(default: 0)" for a required number; instead the app checks them
// itself (checkRequired) like every other input error: one line, exit 2.
const requiredMark = " (required)"

// takeRequired walks the commands: every flag declared Required is marked
// in its usage and checked by checkRequired before the command runs, a
// usage error (an unknown flag, a bad number) is one line with exit 2, and
// every command gets the logging flags (--log-level, --log-format) unless it
// declares its own. It is idempotent: flags shared between commands are
// marked once.
func takeRequired(cmds []*cli.Command) {
	for _, c := range cmds {
		for _, f := range c.Flags {
			markRequired(f)
		}
		if c.Action != nil && flagNamed(c.Flags, "log-level") == nil {
			c.Flags = append(c.Flags, logFlags("info")...)
		}
		if c.Action != nil && c.Before == nil {
			c.Before = checkRequired
		}
		c.OnUsageError = usageError
		takeRequired(c.Subcommands)
	}
}

// markRequired turns a flag's Required field off and marks its usage instead.
func markRequired(f cli.Flag) {
	v := reflect.ValueOf(f)
	if v.Kind() != reflect.Pointer || v.Elem().Kind() != reflect.Struct {
		return
	}
	s := v.Elem()
	req, usage := s.FieldByName("Required"), s.FieldByName("Usage")
	if !req.IsValid() || req.Kind() != reflect.Bool || !usage.IsValid() || usage.Kind() != reflect.String {
		return
	}
	if req.Bool() {
		req.SetBool(false)
		if !strings.HasSuffix(usage.String(), requiredMark) {
			usage.SetString(usage.String() + requiredMark)
		}
	}
}

func isRequired(f cli.Flag) bool {
	d, ok := f.(cli.DocGenerationFlag)
	return ok && strings.HasSuffix(d.GetUsage(), requiredMark)
}

// checkRequired refuses a command run without one of its required flags
// (given on the command line or through its environment variable).
func checkRequired(c *cli.Context) error {
	if c.Bool("help") {
		return nil
	}
	if flagNamed(c.Command.Flags, "log-level") != nil {
		if _, err := newLogger(io.Discard, c.String("log-level"), c.String("log-format")); err != nil {
			return exitWith(2, err)
		}
	}
	if flagNamed(c.Command.Flags, "input") != nil {
		if err := applyInput(c); err != nil {
			return err
		}
	}
	for _, f := range c.Command.Flags {
		if !isRequired(f) || c.IsSet(f.Names()[0]) {
			continue
		}
		name := f.Names()[0]
		what := strings.TrimSuffix(f.(cli.DocGenerationFlag).GetUsage(), requiredMark)
		env := ""
		if vars := f.(cli.DocGenerationFlag).GetEnvVars(); len(vars) > 0 {
			env = " or $" + vars[0]
		}
		return exitWith(2, fmt.Errorf("%s: --%s is required (%s): give --%s%s", commandPath(c), name, what, name, env))
	}
	return nil
}

// usageError words a flag parse error in one line, exit 2.
func usageError(c *cli.Context, err error, _ bool) error {
	path := commandPath(c)
	if path == "" {
		return exitWith(2, fmt.Errorf("%w (see royalty --help)", err))
	}
	return exitWith(2, fmt.Errorf("%s: %w (see royalty %s --help)", path, err, path))
}

// commandPath is the running command's words ("epoch close").
func commandPath(c *cli.Context) string {
	var words []string
	for _, l := range c.Lineage() {
		if l.Command != nil && l.Command.Name != "" && (l.App == nil || l.Command.Name != l.App.Name) {
			words = append([]string{l.Command.Name}, words...)
		}
	}
	return strings.Join(words, " ")
}

var (
	plainFlagString = cli.FlagStringer
	defaultText     = regexp.MustCompile(` \(default: [^\t]*?\)`)
)

// flagString is the help line of a flag; a required flag shows no default.
func flagString(f cli.Flag) string {
	s := plainFlagString(f)
	if isRequired(f) {
		s = defaultText.ReplaceAllString(s, "")
	}
	return s
}
