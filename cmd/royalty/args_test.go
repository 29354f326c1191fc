package main

import (
	"reflect"
	"testing"
)

func TestFlagsFirst(t *testing.T) {
	app := newApp()
	for _, c := range []struct{ in, want []string }{
		// The README's forms: flags after the positional argument move before it, with their values.
		{[]string{"royalty", "audit", "3", "--rpc", "http://x", "--json"}, []string{"royalty", "audit", "--rpc", "http://x", "--json", "3"}},
		{[]string{"royalty", "audit", "--db", "a.db", "3", "--rpc=http://x"}, []string{"royalty", "audit", "--db", "a.db", "--rpc=http://x", "3"}},
		{[]string{"royalty", "epoch", "show", "1", "--db", "a.db"}, []string{"royalty", "epoch", "show", "--db", "a.db", "1"}},
		{[]string{"royalty", "merkle", "build", "v.json", "--types", "uint256,address"}, []string{"royalty", "merkle", "build", "--types", "uint256,address", "v.json"}},
		{[]string{"royalty", "ingest", "-", "--db", "a.db"}, []string{"royalty", "ingest", "--db", "a.db", "-"}},
		// A negative number stays an argument (the command reports it); so does everything after "--".
		{[]string{"royalty", "merkle", "proof", "d.json", "-1"}, []string{"royalty", "merkle", "proof", "d.json", "-1"}},
		{[]string{"royalty", "compute", "--", "-odd-name.json"}, []string{"royalty", "compute", "--", "-odd-name.json"}},
		{[]string{"royalty", "audit", "3", "--json", "--", "--rpc"}, []string{"royalty", "audit", "--json", "--", "3", "--rpc"}},
		// A boolean flag takes no value: the argument after it stays an argument.
		{[]string{"royalty", "audit", "--json", "3"}, []string{"royalty", "audit", "--json", "3"}},
		// Unknown flags move too, so urfave/cli reports them; help works anywhere.
		{[]string{"royalty", "receipt", "2", "--bogus"}, []string{"royalty", "receipt", "--bogus", "2"}},
		{[]string{"royalty", "receipt", "2", "--help"}, []string{"royalty", "receipt", "--help", "2"}},
		// Nothing to do: no command, an unknown command, no arguments.
		{[]string{"royalty", "--help"}, []string{"royalty", "--help"}},
		{[]string{"royalty", "nosuch", "1", "--x"}, []string{"royalty", "nosuch", "1", "--x"}},
		{[]string{"royalty"}, []string{"royalty"}},
	} {
		if got := flagsFirst(app, c.in); !reflect.DeepEqual(got, c.want) {
			t.Errorf("flagsFirst(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
