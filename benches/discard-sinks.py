"""The outputs' peers for the benches: a carbon plaintext sink and an InfluxDB /write that
answers 204, both reading everything and keeping nothing, in one process.

Usage: python3 benches/discard-sinks.py CARBON_PORT INFLUX_PORT [UDP_PORT] (0: any free
port); prints the ports it listens on, on one line, once all are listening. UDP_PORT: a
UDP sink as well (collectd's write_influxdb_udp in benches/footprint.sh)."""
import socket
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def carbon(srv):
    while True:
        c, _ = srv.accept()
        threading.Thread(target=lambda c=c: [None for _ in iter(lambda: c.recv(65536), b"")], daemon=True).start()


class Write(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.send_response(204)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *a):
        pass


srv = socket.create_server(("127.0.0.1", int(sys.argv[1])))
http = ThreadingHTTPServer(("127.0.0.1", int(sys.argv[2])), Write)
threading.Thread(target=carbon, args=(srv,), daemon=True).start()
ports = [srv.getsockname()[1], http.server_address[1]]
if len(sys.argv) > 3:
    udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    udp.bind(("127.0.0.1", int(sys.argv[3])))
    threading.Thread(target=lambda: [None for _ in iter(lambda: udp.recv(65536), None)], daemon=True).start()
    ports.append(udp.getsockname()[1])
print(*ports, flush=True)
http.serve_forever()
