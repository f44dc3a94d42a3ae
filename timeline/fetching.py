"""Fetch a web page or feed for the user, safely.

A server that fetches any URL its users give it can be turned against its
own network (server-side request forgery): `http://169.254.169.254/` reads
a cloud's metadata, `http://localhost:5432/` probes a database. So every hop
of a fetch (the URL given and each redirect):

1. accepts only http and https, on any port, with no user:password part;
2. resolves the host name once and checks EVERY address it resolves to:
   loopback, private, link-local, multicast, reserved, unspecified,
   carrier-grade NAT and the IPv6 forms that embed an IPv4 address
   (::ffff:127.0.0.1, 6to4, NAT64) are refused unless
   settings.TIMELINE_FETCH_ALLOW_PRIVATE is on;
3. connects to the address it checked (never resolving the name again, so a
   DNS answer that changes between the check and the connection, "DNS
   rebinding", cannot slip through), sending the name in the Host header and
   TLS SNI and verifying the certificate against the name.

The body is read in chunks after decompression and cut off at
settings.TIMELINE_FETCH_MAX_BYTES, so neither a 100 MB page nor a small gzip
bomb fills memory; a declared Content-Length over the limit is refused before
reading. Every failure is a FetchError whose message says what went wrong in
words an editor understands.

Written on urllib3 (maintained, already a dependency of trafilatura) rather
than a wrapper such as advocate, which is unmaintained since 2020.
"""
import ipaddress
import socket
import ssl
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import certifi
from django.conf import settings
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.exceptions import (
    ConnectTimeoutError,
    DecodeError,
    NewConnectionError,
    ProtocolError,
    ReadTimeoutError,
    SSLError,
)
from urllib3.util.ssl_match_hostname import CertificateError

HTML_TYPES = ("text/html", "application/xhtml+xml")
FEED_TYPES = (
    "application/rss+xml",
    "application/x-rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
    "application/feed+json",
)
REDIRECTS = (301, 302, 303, 307, 308)
CHUNK = 64 * 1024
# The whole fetch, redirects and body, may take this many times the timeout.
TOTAL_TIMEOUTS = 4

# Ranges that ipaddress' is_global does not flag (or not in every Python
# version) but that never hold a public web server.
_ALSO_BLOCKED = [
    ipaddress.ip_network("100.64.0.0/10"),  # carrier-grade NAT
    ipaddress.ip_network("192.0.0.0/24"),  # IETF protocol assignments
    ipaddress.ip_network("198.18.0.0/15"),  # benchmarking
]
_NAT64 = ipaddress.ip_network("64:ff9b::/96")


class FetchError(Exception):
    """A fetch that failed; str() is a message for the editor."""


class BlockedAddress(FetchError):
    """The URL leads to an address a server must not fetch for its users."""


@dataclass(frozen=True)
class FetchedPage:
    url: str  # after redirects
    content: bytes
    content_type: str  # "text/html", lower case, without parameters
    charset: str | None
    redirects: tuple[str, ...] = ()  # the URLs redirected from, in order

    def text(self):
        return self.content.decode(self.charset or "utf-8", errors="replace")


def address_is_public(address):
    """True when `address` (an ipaddress object) may be fetched from."""
    if isinstance(address, ipaddress.IPv6Address):
        # An IPv6 address that carries an IPv4 one is as public as that one.
        embedded = address.ipv4_mapped or address.sixtofour or (address.teredo or (None, None))[1]
        if embedded is None and address in _NAT64:
            embedded = ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
        if embedded is not None:
            return address_is_public(embedded)
        if address.scope_id:
            return False
    return not (
        not address.is_global
        or address.is_private
        or address.is_loopback
        or address.is_link_local
        or address.is_multicast
        or address.is_reserved
        or address.is_unspecified
        or any(address in net for net in _ALSO_BLOCKED if net.version == address.version)
    )


def resolve(host, port):
    """Every address `host` resolves to, in the resolver's order, once."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as error:
        raise FetchError(f"The address {host} could not be found (no such host).") from error
    addresses = []
    for _family, _type, _proto, _name, sockaddr in infos:
        address = ipaddress.ip_address(sockaddr[0].split("%")[0])
        if address not in addresses:
            addresses.append(address)
    if not addresses:
        raise FetchError(f"The address {host} could not be found (no such host).")
    return addresses


def checked_addresses(host, port, allow_private):
    addresses = resolve(host, port)
    if not allow_private:
        blocked = [a for a in addresses if not address_is_public(a)]
        if blocked:
            raise BlockedAddress(
                f"{host} leads to a private or local network address ({blocked[0]}); "
                "the server does not fetch from its own network."
            )
    return addresses


def split_url(url):
    """(scheme, host, port, request target, Host header) or FetchError."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as error:
        raise FetchError(f"{url!r} is not a valid web address.") from error
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise FetchError(f"Only http and https addresses can be fetched, not {url!r}.")
    if parts.username or parts.password:
        raise FetchError("Addresses with a user name or password in them are not fetched.")
    host = parts.hostname
    if not host:
        raise FetchError(f"{url!r} has no host name.")
    default = 443 if scheme == "https" else 80
    port = port or default
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    shown = f"[{host}]" if ":" in host else host
    host_header = shown if port == default else f"{shown}:{port}"
    return scheme, host, port, target, host_header


def _connect(scheme, address, port, host, timeout):
    ip = str(address)
    # One timeout, for the connection and for each read.
    if scheme == "https":
        return HTTPSConnection(
            ip,
            port,
            timeout=timeout,
            server_hostname=host,
            assert_hostname=host,
            cert_reqs="CERT_REQUIRED",
            ca_certs=certifi.where(),
        )
    return HTTPConnection(ip, port, timeout=timeout)


def _media_type(value):
    media, _, params = (value or "").partition(";")
    charset = None
    for param in params.split(";"):
        key, _, val = param.partition("=")
        if key.strip().lower() == "charset" and val.strip():
            charset = val.strip().strip("\"'")
    return media.strip().lower(), charset


def _megabytes(n):
    return f"{n / (1024 * 1024):g} MB"


def _read_body(response, url, limit, deadline):
    declared = response.headers.get("Content-Length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise FetchError(
            f"The page at {url} is too large ({_megabytes(int(declared))}; the limit is {_megabytes(limit)})."
        )
    body = bytearray()
    try:
        # read1: whatever has arrived, decompressed, at most CHUNK at a time,
        # so a gzip bomb is caught a little past the limit and a slow server
        # is checked against the deadline between its bytes.
        while chunk := response.read1(CHUNK, decode_content=True):
            body += chunk
            if time.monotonic() > deadline:
                # Each read has its timeout; this bounds a server that sends
                # a byte at a time just inside it.
                raise FetchError(f"The page at {url} took too long to arrive.")
            if len(body) > limit:
                encoded = response.headers.get("Content-Encoding", "")
                after = " once decompressed" if encoded and encoded != "identity" else ""
                raise FetchError(f"The page at {url} is too large{after} (over {_megabytes(limit)}).")
    except DecodeError as error:
        raise FetchError(f"The page at {url} could not be decompressed: it is damaged.") from error
    return bytes(body)


def fetch(url, *, accept=HTML_TYPES, allow_private=None, timeout=None, max_bytes=None):
    """The page at `url` as a FetchedPage, or FetchError saying why not.

    `accept` lists the media types wanted; anything else is refused before
    its body is read."""
    allow_private = settings.TIMELINE_FETCH_ALLOW_PRIVATE if allow_private is None else allow_private
    timeout = timeout or settings.TIMELINE_FETCH_TIMEOUT
    limit = max_bytes or settings.TIMELINE_FETCH_MAX_BYTES
    redirects = []
    started = time.monotonic()
    for _hop in range(settings.TIMELINE_FETCH_MAX_REDIRECTS + 1):
        scheme, host, port, target, host_header = split_url(url)
        response = None
        last_error = None
        for address in checked_addresses(host, port, allow_private):
            connection = _connect(scheme, address, port, host, timeout)
            try:
                connection.request(
                    "GET",
                    target,
                    headers={
                        "Host": host_header,
                        "User-Agent": settings.TIMELINE_FETCH_USER_AGENT,
                        "Accept": ", ".join(accept) + ", */*;q=0.1",
                        "Accept-Encoding": "gzip, deflate",
                    },
                    preload_content=False,
                    decode_content=True,
                )
                response = connection.getresponse()
                break
            except (ConnectTimeoutError, NewConnectionError, ConnectionError) as error:
                # Try the host's next checked address, as a browser would.
                last_error = error
                connection.close()
            except (SSLError, ssl.SSLError, CertificateError) as error:
                connection.close()
                reason = _tls_reason(error)
                raise FetchError(f"The secure connection to {host} failed (TLS error: {reason}).") from error
            except (ReadTimeoutError, TimeoutError) as error:
                connection.close()
                raise FetchError(f"{host} did not answer within {timeout:g} seconds.") from error
            except (ProtocolError, OSError) as error:
                connection.close()
                if "SSL" in str(error) or "TLS" in str(error):
                    raise FetchError(f"The secure connection to {host} failed (TLS error).") from error
                raise FetchError(f"The connection to {host} broke off ({_reason(error)}).") from error
        if response is None:
            # (urllib3's NewConnectionError is a subclass of ConnectTimeoutError.)
            timed_out = isinstance(last_error, ConnectTimeoutError) and not isinstance(last_error, NewConnectionError)
            if timed_out or isinstance(last_error, TimeoutError):
                raise FetchError(f"{host} did not answer within {timeout:g} seconds.") from last_error
            raise FetchError(f"{host} could not be reached ({_reason(last_error)}).") from last_error
        try:
            if response.status in REDIRECTS and response.headers.get("Location"):
                redirects.append(url)
                url = urljoin(url, response.headers["Location"])
                continue
            if response.status >= 400:
                reason = response.reason or ""
                raise FetchError(f"The server answered {response.status} {reason} for {url}.".replace("  ", " "))
            if response.status != 200:
                raise FetchError(f"The server answered {response.status} for {url}, not a page.")
            media, charset = _media_type(response.headers.get("Content-Type"))
            if media and media not in accept:
                wanted = "a web page" if accept == HTML_TYPES else "a feed"
                raise FetchError(f"{url} is {media}, not {wanted}.")
            try:
                content = _read_body(response, url, limit, started + TOTAL_TIMEOUTS * timeout)
            except (ReadTimeoutError, TimeoutError) as error:
                raise FetchError(f"{host} stopped sending the page for over {timeout:g} seconds.") from error
            except ProtocolError as error:
                raise FetchError(f"The connection to {host} broke off ({_reason(error)}).") from error
            return FetchedPage(
                url=url, content=content, content_type=media, charset=charset, redirects=tuple(redirects)
            )
        finally:
            response.release_conn()
            connection.close()
    raise FetchError(f"Too many redirects (more than {settings.TIMELINE_FETCH_MAX_REDIRECTS}) from {redirects[0]}.")


def _tls_reason(error):
    if isinstance(error, ssl.SSLCertVerificationError):
        return f"certificate verify failed: {error.verify_message}"
    if isinstance(error, CertificateError):
        return f"the certificate is not for this name ({error})"
    return _reason(error)


def _reason(error):
    reason = getattr(error, "reason", None) or error
    text = str(reason)
    return text.split(": ", 1)[-1][:160] if text else type(error).__name__
