package main

import (
	"os/exec"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// centra makes no network connection, ever (README, "Your data"). These
// tests fail as soon as the binary could.
//
// The standard library's "net" package itself is in the dependency graph,
// pulled in for harmless reasons: github.com/spf13/pflag defines IP and
// IPNet flag types (net.ParseIP), and github.com/google/uuid reads network
// interface names for version 1 UUIDs (net.Interfaces; centra uses none).
// Neither dials. So the test is precise rather than blunt:
//
//  1. no package that speaks a network protocol is linked at all
//     (net/http, net/rpc, net/smtp, crypto/tls, gRPC, websockets...);
//  2. "net" is imported only by the packages listed in netImporters, and
//     by none of centra's own;
//  3. the built binary contains none of the functions that open a
//     connection or resolve a name (net.Dial*, net.Listen*, the resolver,
//     the socket and connect system calls): the linker drops code that
//     nothing calls, so their absence proves nothing can call them.
//
// A new dependency that imports "net" fails (2) on purpose: check what it
// does with it, and add it to netImporters with the reason if it is as
// harmless as these.

// netImporters are the packages allowed to import "net", and why.
var netImporters = map[string]string{
	"github.com/spf13/pflag": "IP and IPNet flag types (net.ParseIP); centra defines no such flag",
	"github.com/google/uuid": "interface names for version 1 UUIDs (net.Interfaces); no connection",
}

// forbiddenPackages match import paths that speak a network protocol.
var forbiddenPackages = regexp.MustCompile(`^(net/http|net/rpc|net/smtp|net/mail|net/textproto|crypto/tls|` +
	`golang\.org/x/net/(http|http2|websocket|proxy|icmp|ipv4|ipv6|netutil|trace)|google\.golang\.org/grpc|` +
	`github\.com/gorilla/websocket|nhooyr\.io/websocket|github\.com/coder/websocket|github\.com/quic-go)(/|$)`)

// dialingSymbols match functions in the binary that open connections or
// resolve names.
var dialingSymbols = regexp.MustCompile(`^(net\.(Dial|DialTimeout|DialTCP|DialUDP|DialIP|DialUnix|Listen|ListenTCP|ListenUDP|` +
	`ListenPacket|ListenUnix|ListenIP|ListenMulticastUDP|Lookup\w*|ResolveTCPAddr|ResolveUDPAddr|ResolveIPAddr|FileConn)$|` +
	`net\.\(\*(Dialer|Resolver|ListenConfig)\)\.|syscall\.(Socket|Connect|connect|socket)$|` +
	`modernc\.org/libc\.X(socket|connect|getaddrinfo|gethostbyname\w*)$|net/http\.)`)

func TestDependencyGraphHasNoNetworkCode(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "-f", "{{.ImportPath}}|{{join .Imports \" \"}}", ".").Output()
	if err != nil {
		t.Fatalf("go list -deps: %v", err)
	}
	var importers []string
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		pkg, imports, _ := strings.Cut(line, "|")
		if forbiddenPackages.MatchString(pkg) {
			t.Errorf("centra links %s, which speaks a network protocol", pkg)
		}
		if slices.Contains(strings.Fields(imports), "net") {
			importers = append(importers, pkg)
			if strings.HasPrefix(pkg, "github.com/centra-app/centra") {
				t.Errorf("centra's own package %s imports net", pkg)
			} else if _, ok := netImporters[pkg]; !ok {
				t.Errorf("%s now imports net: check what it does with it (see the comment above netImporters)", pkg)
			}
		}
	}
	// The test itself must see the graph: the packages it expects are there.
	if !slices.Contains(importers, "github.com/spf13/pflag") {
		t.Errorf("go list found no importer of net where pflag is expected; did the listing work?\n%s", out)
	}
}

// testBinaryCannotDialOrListen runs as part of TestBinary, which builds
// the binary once for all the tests that need it.
func testBinaryCannotDialOrListen(t *testing.T, bin string) {
	out, err := exec.Command("go", "tool", "nm", bin).Output()
	if err != nil {
		t.Fatalf("go tool nm: %v", err)
	}
	text := 0
	var found []string
	for _, line := range strings.Split(string(out), "\n") {
		f := strings.Fields(line)
		if len(f) < 3 || (f[1] != "T" && f[1] != "t") {
			continue
		}
		text++
		if dialingSymbols.MatchString(f[2]) {
			found = append(found, f[2])
		}
	}
	if len(found) > 0 {
		t.Errorf("the binary contains %d functions that open connections or resolve names, such as:\n%s",
			len(found), strings.Join(found[:min(len(found), 10)], "\n"))
	}
	if text < 1000 {
		t.Fatalf("go tool nm listed only %d functions; the check saw nothing", text)
	}
}
