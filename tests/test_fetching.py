"""The fetcher: what it fetches, what it refuses (SSRF), and how each failure
reads. Everything runs against pytest-httpserver on 127.0.0.1."""
import gzip
import ipaddress
import socket
import time

import pytest
from werkzeug import Response

from timeline import fetching
from timeline.fetching import BlockedAddress, FetchError, address_is_public, fetch

PAGE = b"<html><head><title>A page</title></head><body><p>Hello.</p></body></html>"


@pytest.fixture
def loopback_counts_as_public(monkeypatch):
    """127.0.0.1 stands in for a public web server; every other non-public
    address, 127.0.0.2 included, is still refused. This is how the tests
    check what happens AFTER the first hop (redirects, rebinding)."""
    original = fetching.address_is_public
    stand_in = ipaddress.ip_address("127.0.0.1")
    monkeypatch.setattr(fetching, "address_is_public", lambda a: a == stand_in or original(a))


@pytest.fixture
def fake_dns(monkeypatch):
    """Names under .test answer with the addresses given (a list per lookup,
    the last one repeating); every lookup of them is recorded."""
    answers, lookups = {}, []
    real = socket.getaddrinfo

    def getaddrinfo(host, port, *args, **kwargs):
        if isinstance(host, str) and host.endswith(".test"):
            lookups.append(host)
            queue = answers[host]
            addresses = queue.pop(0) if len(queue) > 1 else queue[0]
            return [
                (socket.AF_INET6 if ":" in a else socket.AF_INET, socket.SOCK_STREAM, 6, "", (a, port))
                for a in addresses
            ]
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    return answers, lookups


# --- what counts as public ---------------------------------------------------------------

@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1", "127.5.5.5", "10.0.0.1", "172.16.3.4", "192.168.1.1", "169.254.169.254", "0.0.0.0",
        "100.64.0.1", "224.0.0.1", "239.255.255.250", "255.255.255.255", "240.0.0.1", "198.18.0.1", "192.0.0.8",
        "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1", "ff02::1",
        "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::ffff:169.254.169.254",  # IPv4-mapped
        "2002:7f00:1::1", "2002:a00:1::1",  # 6to4 around 127.0.0.1 and 10.0.0.1
        "64:ff9b::7f00:1", "64:ff9b::a9fe:a9fe",  # NAT64 around 127.0.0.1 and 169.254.169.254
    ],
)
def test_non_public_addresses_are_refused(address):
    assert not address_is_public(ipaddress.ip_address(address))


@pytest.mark.parametrize("address", ["93.184.216.34", "8.8.8.8", "2606:4700:4700::1111", "::ffff:8.8.8.8"])
def test_public_addresses_are_allowed(address):
    assert address_is_public(ipaddress.ip_address(address))


# --- SSRF: refused before any request ------------------------------------------------------

def test_private_addresses_are_refused_by_default(httpserver, settings):

    assert settings.TIMELINE_FETCH_ALLOW_PRIVATE is False
    httpserver.expect_request("/").respond_with_data(PAGE, content_type="text/html")
    with pytest.raises(BlockedAddress, match="private or local network"):
        fetch(httpserver.url_for("/"))
    assert httpserver.log == []  # not even one request reached the server


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/", "http://localhost/", "http://127.1/", "http://2130706433/", "http://0x7f000001/",
        "http://0.0.0.0/", "http://10.1.2.3/", "http://169.254.169.254/latest/meta-data/", "http://[::1]/",
        "http://[::ffff:127.0.0.1]/", "http://[::ffff:7f00:1]/", "http://[::ffff:a9fe:a9fe]/", "http://[fe80::1]/",
        "https://[fc00::1]:8443/", "http://192.168.0.1:8161/",
    ],
)
def test_every_spelling_of_a_local_address_is_refused(url):
    with pytest.raises(BlockedAddress):
        fetch(url)


def test_a_name_with_one_private_address_among_public_ones_is_refused(fake_dns, httpserver, loopback_counts_as_public):
    answers, _ = fake_dns
    answers["mixed.test"] = [["127.0.0.1", "10.9.8.7"]]
    httpserver.expect_request("/").respond_with_data(PAGE, content_type="text/html")
    with pytest.raises(BlockedAddress, match="10.9.8.7"):
        fetch(f"http://mixed.test:{httpserver.port}/")
    assert httpserver.log == []


def test_dns_rebinding_cannot_swap_the_address_after_the_check(fake_dns, httpserver, loopback_counts_as_public):
    """The name is resolved once per hop and the connection goes to the
    address that was checked: a second answer (a private one) is never used."""
    answers, lookups = fake_dns
    answers["rebind.test"] = [["127.0.0.1"], ["10.0.0.1"]]
    httpserver.expect_request("/story").respond_with_data(PAGE, content_type="text/html")
    page = fetch(f"http://rebind.test:{httpserver.port}/story")
    assert page.content == PAGE
    assert lookups == ["rebind.test"]
    request, _ = httpserver.log[0]
    assert request.headers["Host"] == f"rebind.test:{httpserver.port}"  # the name travels in Host


@pytest.mark.parametrize(
    "target",
    ["http://169.254.169.254/latest/meta-data/", "http://127.0.0.2/", "http://[::ffff:10.0.0.1]/admin", "http://10.0.0.1/"],
)
def test_a_redirect_to_a_private_address_is_refused(httpserver, loopback_counts_as_public, target):
    httpserver.expect_request("/go").respond_with_data("", status=302, headers={"Location": target})
    with pytest.raises(BlockedAddress):
        fetch(httpserver.url_for("/go"))
    assert len(httpserver.log) == 1  # the first hop only


def test_a_redirect_to_a_name_that_resolves_privately_is_refused(fake_dns, httpserver, loopback_counts_as_public):
    answers, lookups = fake_dns
    answers["internal.test"] = [["192.168.10.10"]]
    httpserver.expect_request("/go").respond_with_data("", status=301, headers={"Location": "http://internal.test/"})
    with pytest.raises(BlockedAddress, match="192.168.10.10"):
        fetch(httpserver.url_for("/go"))
    assert lookups == ["internal.test"]


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.com/", "gopher://x/", "javascript:alert(1)"])
def test_only_http_and_https(url):
    with pytest.raises(FetchError, match="Only http and https"):
        fetch(url)


def test_a_redirect_to_another_scheme_is_refused(httpserver, allow_local_fetch):
    httpserver.expect_request("/go").respond_with_data("", status=302, headers={"Location": "file:///etc/passwd"})
    with pytest.raises(FetchError, match="Only http and https"):
        fetch(httpserver.url_for("/go"))


def test_credentials_in_the_url_are_refused():
    with pytest.raises(FetchError, match="user name or password"):
        fetch("http://user:secret@example.com/")


# --- with the local server allowed ---------------------------------------------------------

def test_fetches_a_page_and_follows_safe_redirects(httpserver, allow_local_fetch):
    httpserver.expect_request("/old").respond_with_data("", status=301, headers={"Location": "/new"})
    httpserver.expect_request("/new").respond_with_data(PAGE, content_type="text/html; charset=iso-8859-1")
    page = fetch(httpserver.url_for("/old"))
    assert page.url == httpserver.url_for("/new")
    assert page.redirects == (httpserver.url_for("/old"),)
    assert page.content == PAGE and page.content_type == "text/html" and page.charset == "iso-8859-1"


def test_gzip_is_decompressed(httpserver, allow_local_fetch):
    httpserver.expect_request("/").respond_with_data(
        gzip.compress(PAGE), content_type="text/html", headers={"Content-Encoding": "gzip"}
    )
    assert fetch(httpserver.url_for("/")).content == PAGE


def test_too_many_redirects(httpserver, allow_local_fetch):
    httpserver.expect_request("/loop").respond_with_data("", status=302, headers={"Location": "/loop"})
    with pytest.raises(FetchError, match="Too many redirects"):
        fetch(httpserver.url_for("/loop"))


@pytest.mark.parametrize("status, words", [(404, "404 NOT FOUND"), (500, "500 INTERNAL SERVER ERROR"), (403, "403")])
def test_http_errors_say_the_status(httpserver, allow_local_fetch, status, words):
    httpserver.expect_request("/").respond_with_data("no", status=status, content_type="text/html")
    with pytest.raises(FetchError, match=f"answered {words}"):
        fetch(httpserver.url_for("/"))


def test_content_type_is_checked_before_reading(httpserver, allow_local_fetch):
    httpserver.expect_request("/photo").respond_with_data(b"\x89PNG....", content_type="image/png")
    with pytest.raises(FetchError, match="is image/png, not a web page"):
        fetch(httpserver.url_for("/photo"))


def test_a_gzip_bomb_is_cut_off(httpserver, allow_local_fetch, settings):
    settings.TIMELINE_FETCH_MAX_BYTES = 1024 * 1024
    bomb = gzip.compress(b"<p>" + b" " * (50 * 1024 * 1024), compresslevel=9)
    assert len(bomb) < 100 * 1024  # small on the wire, 50 MB once inflated
    httpserver.expect_request("/bomb").respond_with_data(
        bomb, content_type="text/html", headers={"Content-Encoding": "gzip"}
    )
    with pytest.raises(FetchError, match="too large once decompressed"):
        fetch(httpserver.url_for("/bomb"))


def a_100_mb_page(sent, headers):
    """A handler streaming 100 MB, one megabyte at a time, noting each in `sent`."""

    def handler(request):
        def body():
            for _ in range(100):
                sent.append(1)
                yield b"x" * (1024 * 1024)

        return Response(body(), content_type="text/html", headers=headers)

    return handler


def test_a_100_mb_page_is_refused_from_its_declared_length(httpserver, allow_local_fetch):
    handler = a_100_mb_page([], {"Content-Length": str(100 * 1024 * 1024)})
    httpserver.expect_request("/huge").respond_with_handler(handler)
    with pytest.raises(FetchError, match="too large \\(100 MB; the limit is 5 MB\\)"):
        fetch(httpserver.url_for("/huge"))


def test_a_100_mb_page_without_a_length_is_cut_off_at_the_limit(httpserver, allow_local_fetch):
    sent = []
    handler = a_100_mb_page(sent, {})  # streamed, no Content-Length
    httpserver.expect_request("/huge").respond_with_handler(handler)
    with pytest.raises(FetchError, match="too large \\(over 5 MB\\)"):
        fetch(httpserver.url_for("/huge"))
    assert len(sent) < 100  # stopped reading long before the end


def test_a_slow_server_times_out(httpserver, allow_local_fetch):
    def handler(request):
        time.sleep(1.5)
        return Response(PAGE, content_type="text/html")

    httpserver.expect_request("/slow").respond_with_handler(handler)
    with pytest.raises(FetchError, match="did not answer within 0.3 seconds"):
        fetch(httpserver.url_for("/slow"), timeout=0.3)


@pytest.fixture
def dripping_server():
    """A raw server on 127.0.0.1:8162 that sends its headers at once, then
    one byte every 0.1 s for 4 s (pytest-httpserver buffers whole bodies)."""
    import threading

    listener = socket.create_server(("127.0.0.1", 8162))
    stop = threading.Event()

    def serve():
        connection, _ = listener.accept()
        with connection:
            connection.recv(65536)
            connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 40\r\n\r\n")
            for _ in range(40):
                if stop.wait(0.1):
                    break
                try:
                    connection.sendall(b"<")
                except OSError:
                    break

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield "http://127.0.0.1:8162/drip"
    stop.set()
    listener.close()
    thread.join(timeout=5)


def test_a_server_that_drips_its_page_is_cut_off(dripping_server, allow_local_fetch):
    started = time.monotonic()
    with pytest.raises(FetchError, match="took too long to arrive"):
        fetch(dripping_server, timeout=0.5)  # each byte inside the timeout; at most 4 x 0.5 s in all
    assert time.monotonic() - started < 3.5


@pytest.fixture
def https_server():
    """An HTTPS server on 127.0.0.1, on a port the system picks (a fixed one
    clashed with PYTEST_HTTPSERVER_PORT set to it), whose certificate, for
    "localhost", comes from a test CA (trustme) that nothing trusts unless
    told to."""
    import ssl

    import trustme
    from pytest_httpserver import HTTPServer

    ca = trustme.CA()
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("localhost").configure_cert(context)
    server = HTTPServer(host="127.0.0.1", port=0, ssl_context=context)
    server.expect_request("/").respond_with_data(PAGE, content_type="text/html")
    server.start()
    yield server, ca
    server.clear()
    server.stop()


def test_an_untrusted_certificate_is_refused(https_server, allow_local_fetch):
    server, _ = https_server
    with pytest.raises(FetchError, match="secure connection to localhost failed.*certificate verify failed"):
        fetch(f"https://localhost:{server.port}/")


def test_tls_checks_the_name_while_connecting_to_the_checked_address(https_server, allow_local_fetch, monkeypatch):
    server, ca = https_server
    with ca.cert_pem.tempfile() as ca_file:
        monkeypatch.setattr(fetching.certifi, "where", lambda: ca_file)
        page = fetch(f"https://localhost:{server.port}/")  # connected to 127.0.0.1, verified as "localhost"
        assert page.content == PAGE
        with pytest.raises(FetchError, match="secure connection to 127.0.0.1 failed"):
            fetch(f"https://127.0.0.1:{server.port}/")  # the certificate is not for this name


def test_a_tls_failure_is_reported(httpserver, allow_local_fetch):
    # The test server speaks plain HTTP, so the TLS handshake fails.
    with pytest.raises(FetchError, match="secure connection to 127.0.0.1 failed"):
        fetch(f"https://127.0.0.1:{httpserver.port}/")


def test_a_refused_connection_is_reported(allow_local_fetch):
    with pytest.raises(FetchError, match="could not be reached"):
        fetch("http://127.0.0.1:8169/")


def test_an_unknown_host_is_reported():
    with pytest.raises(FetchError, match="could not be found"):
        fetch("http://no-such-host.invalid/")
