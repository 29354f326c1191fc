package main

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/urfave/cli/v2"
)

// TestReadmeFormsNameRequiredFlags: every `royalty …` form in a table row
// or a code block of the README and docs/operations.md names a real command
// and every flag that command requires, and every flag it names exists.
func TestReadmeFormsNameRequiredFlags(t *testing.T) {
	app := newApp()
	checked := 0
	for _, doc := range []string{"../../README.md", "../../docs/operations.md"} {
		b, err := os.ReadFile(doc)
		if err != nil {
			t.Fatal(err)
		}
		var forms, runbook [][]string
		inSh := false
		for _, line := range strings.Split(string(b), "\n") {
			if strings.HasPrefix(line, "```") {
				inSh = line == "```sh"
				continue
			}
			if _, cmd, ok := strings.Cut(line, "royalty "); inSh && ok && !strings.HasPrefix(line, "#") {
				cmd, _, _ = strings.Cut("royalty "+cmd, ")")
				cmd, _, _ = strings.Cut(cmd, " > ")
				runbook = append(runbook, []string{line, cmd})
			}
			switch {
			case strings.HasPrefix(line, "|") && strings.HasSuffix(doc, "README.md"):
				forms = append(forms, regexp.MustCompile("`(royalty [^`]+)`").FindAllStringSubmatch(line, -1)...)
			case strings.HasPrefix(line, "    royalty "):
				forms = append(forms, []string{line, strings.TrimSpace(line)})
			}
		}
		for _, r := range runbook { // a runbook's environment gives the shared flags: check the rest
			cmd, rest := findCommand(app.Commands, strings.Fields(r[1])[1:])
			if cmd == nil || len(cmd.Subcommands) > 0 {
				t.Errorf("%s runbook: `%s` names no command", doc, r[1])
				continue
			}
			checked++
			for _, w := range rest {
				if name, ok := strings.CutPrefix(w, "--"); ok && flagNamed(cmd.Flags, name) == nil {
					t.Errorf("%s runbook: `%s`: %s has no flag --%s", doc, r[1], cmd.Name, name)
				}
			}
		}
		for _, form := range forms {
			words := strings.Fields(form[1])[1:]
			cmd, rest := findCommand(app.Commands, words)
			if cmd == nil {
				t.Errorf("%s: `%s` names no command", doc, form[1])
				continue
			}
			if len(cmd.Subcommands) > 0 && cmd.Action == nil {
				continue // a group named in prose ("royalty epoch")
			}
			checked++
			for _, f := range cmd.Flags {
				if isRequired(f) && !strings.Contains(form[1], "--"+f.Names()[0]) {
					t.Errorf("%s: `%s` lacks the required --%s", doc, form[1], f.Names()[0])
				}
			}
			for _, w := range rest {
				if name, ok := strings.CutPrefix(w, "--"); ok {
					name, _, _ = strings.Cut(name, "=")
					name = strings.Trim(name, "[]…")
					if flagNamed(cmd.Flags, name) == nil && name != "help" {
						t.Errorf("%s: `%s`: %s has no flag --%s", doc, form[1], cmd.Name, name)
					}
				}
			}
		}
	}
	if checked < 15 {
		t.Fatalf("only %d command forms found in the README and docs/operations.md", checked)
	}
}

func findCommand(cmds []*cli.Command, words []string) (*cli.Command, []string) {
	var found *cli.Command
	for len(words) > 0 {
		c := commandNamed(cmds, words[0])
		if c == nil {
			break
		}
		found, cmds, words = c, c.Subcommands, words[1:]
	}
	return found, words
}
