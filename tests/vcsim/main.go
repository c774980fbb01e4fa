// vcsim-helper: a vCenter (or ESXi) simulator on loopback for gatherer's tests, built
// from Debian's golang-github-vmware-govmomi-dev (which ships the simulator package but
// not the vcsim program). Prints one JSON line describing the server, then serves until
// SIGTERM. Certificates come from -tls-dir (made there on first use), so a restarted
// simulator presents the same CA.
package main

import (
	"crypto/rand"
	"crypto/rsa"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/json"
	"encoding/pem"
	"flag"
	"io/ioutil"
	"log"
	"math/big"
	"net"
	"net/url"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/vmware/govmomi/simulator"
)

func main() {
	model := flag.String("model", "vpx", "vpx (vCenter) or esx (standalone ESXi)")
	listen := flag.String("listen", "127.0.0.1:0", "address to listen on")
	user := flag.String("user", "user", "the only user name that may log in")
	pass := flag.String("pass", "pass", "its password")
	cpus := flag.Int("cpus", 4, "vCPUs of the first VM")
	uuid := flag.String("uuid", "", "BIOS UUID to give the first VM (default: the model's)")
	idle := flag.Duration("session-idle", 0, "expire sessions idle this long (0: never)")
	tlsDir := flag.String("tls-dir", "", "directory for ca.pem, server.pem, server.key")
	flag.Parse()

	m := simulator.VPX()
	if *model == "esx" {
		m = simulator.ESX()
	}
	if err := m.Create(); err != nil {
		log.Fatal(err)
	}
	simulator.SessionIdleTimeout = *idle
	cert, caFile := certificates(*tlsDir)
	m.Service.TLS = &tls.Config{Certificates: []tls.Certificate{cert}}
	m.Service.Listen = &url.URL{Host: *listen, User: url.UserPassword(*user, *pass)}
	s := m.Service.NewServer()

	vm := simulator.Map.Any("VirtualMachine").(*simulator.VirtualMachine)
	vm.Config.Hardware.NumCPU = int32(*cpus)
	if *uuid != "" {
		vm.Config.Uuid = *uuid
	}
	u := *s.URL
	u.User = nil
	json.NewEncoder(os.Stdout).Encode(map[string]interface{}{
		"url": u.String(), "ca_file": caFile, "vm": vm.Self.Value, "vm_name": vm.Name,
		"uuid": vm.Config.Uuid, "num_cpu": *cpus,
	})

	stop := make(chan os.Signal, 1)
	signal.Notify(stop, syscall.SIGTERM, syscall.SIGINT)
	<-stop
	s.Close()
}

// certificates loads or makes a CA and a server certificate for 127.0.0.1 signed by it.
func certificates(dir string) (tls.Certificate, string) {
	if dir == "" {
		d, err := ioutil.TempDir("", "vcsim-tls")
		if err != nil {
			log.Fatal(err)
		}
		dir = d
	}
	caPath, certPath, keyPath := filepath.Join(dir, "ca.pem"), filepath.Join(dir, "server.pem"), filepath.Join(dir, "server.key")
	if _, err := os.Stat(keyPath); err != nil {
		makeCertificates(caPath, certPath, keyPath)
	}
	cert, err := tls.LoadX509KeyPair(certPath, keyPath)
	if err != nil {
		log.Fatal(err)
	}
	return cert, caPath
}

func makeCertificates(caPath, certPath, keyPath string) {
	caKey, _ := rsa.GenerateKey(rand.Reader, 2048)
	ca := &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "vcsim test CA"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(24 * 365 * time.Hour),
		IsCA: true, BasicConstraintsValid: true, KeyUsage: x509.KeyUsageCertSign | x509.KeyUsageCRLSign,
	}
	caDER, err := x509.CreateCertificate(rand.Reader, ca, ca, &caKey.PublicKey, caKey)
	if err != nil {
		log.Fatal(err)
	}
	key, _ := rsa.GenerateKey(rand.Reader, 2048)
	leaf := &x509.Certificate{
		SerialNumber: big.NewInt(2), Subject: pkix.Name{CommonName: "127.0.0.1"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(24 * 365 * time.Hour),
		KeyUsage: x509.KeyUsageDigitalSignature | x509.KeyUsageKeyEncipherment,
		ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		IPAddresses: []net.IP{net.ParseIP("127.0.0.1")}, DNSNames: []string{"localhost"},
	}
	leafDER, err := x509.CreateCertificate(rand.Reader, leaf, ca, &key.PublicKey, caKey)
	if err != nil {
		log.Fatal(err)
	}
	write := func(path, kind string, der []byte) {
		if err := ioutil.WriteFile(path, pem.EncodeToMemory(&pem.Block{Type: kind, Bytes: der}), 0600); err != nil {
			log.Fatal(err)
		}
	}
	write(caPath, "CERTIFICATE", caDER)
	write(certPath, "CERTIFICATE", leafDER)
	write(keyPath, "RSA PRIVATE KEY", x509.MarshalPKCS1PrivateKey(key))
}
