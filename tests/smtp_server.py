#!/usr/bin/env python3
"""A real SMTP server (aiosmtpd) for the tests and the benchmark.

Listens on 127.0.0.1, on a free port unless --port is given, and prints `PORT <n>` on stdout once
it accepts connections. Each accepted message is stored as one JSON file in --store
({"mail_from", "rcpt_tos", "data"}), named by arrival order. Behaviour for some recipients:
  --tempfail SUBSTR   RCPT TO containing SUBSTR is answered 450 (try again later)
  --permfail SUBSTR   RCPT TO containing SUBSTR is answered 550 (no such user)
  --delay SECONDS     wait this long before answering each DATA (a slow server)
  --no-store          count only (benchmark)
  --refuse-sender S   MAIL FROM containing S is answered 550 5.7.1 (sender not validated)
  --relay-deny S      RCPT TO containing S is answered 554 5.7.1 (relay access denied)
  --tls-cert/--tls-key PEM files: offer STARTTLS and require it before MAIL (port 587 style)
  --implicit-tls      TLS from the first byte with that certificate (port 465 style)
  --auth USER:PASS    require AUTH (LOGIN/PLAIN) with these credentials, over TLS only
  --silent            accept connections and never say anything (a hung server)
Stops on SIGTERM / SIGINT; with --count-file, writes the number of messages received there.
"""
import argparse
import asyncio
import json
import os
import signal
import sys

import ssl

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword


class Handler:
    def __init__(self, args):
        self.args = args
        self.count = 0

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        for s in self.args.refuse_sender:
            if s in address:
                return "550 5.7.1 <%s>: Sender address rejected: not validated" % address
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        for s in self.args.relay_deny:
            if s in address:
                return "554 5.7.1 <%s>: Relay access denied" % address
        for s in self.args.permfail:
            if s in address:
                return "550 5.1.1 <%s>: Recipient address rejected: no such user" % address
        for s in self.args.tempfail:
            if s in address:
                return "450 4.2.1 <%s>: Mailbox busy, try again later" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        n = self.count
        if self.args.store:
            data = envelope.content
            if isinstance(data, bytes):
                data = data.decode("utf-8", errors="replace")
            doc = {"mail_from": envelope.mail_from, "rcpt_tos": envelope.rcpt_tos, "data": data}
            tmp = os.path.join(self.args.store, ".%06d.tmp" % n)
            with open(tmp, "w", encoding="utf-8") as f:
                json.dump(doc, f)
            os.rename(tmp, os.path.join(self.args.store, "%06d.json" % n))
        if self.args.delay:
            await asyncio.sleep(self.args.delay)
        return "250 2.0.0 Ok: queued as %06d" % n


async def main():
    p = argparse.ArgumentParser()
    p.add_argument("--port", type=int, default=0)
    p.add_argument("--store")
    p.add_argument("--no-store", action="store_true")
    p.add_argument("--tempfail", action="append", default=[])
    p.add_argument("--permfail", action="append", default=[])
    p.add_argument("--delay", type=float, default=0.0)
    p.add_argument("--count-file")
    p.add_argument("--refuse-sender", action="append", default=[])
    p.add_argument("--relay-deny", action="append", default=[])
    p.add_argument("--tls-cert")
    p.add_argument("--tls-key")
    p.add_argument("--implicit-tls", action="store_true")
    p.add_argument("--auth")
    p.add_argument("--silent", action="store_true")
    args = p.parse_args()
    if args.no_store:
        args.store = None
    elif not args.store and not args.silent:
        p.error("--store DIR or --no-store")
    elif args.store:
        os.makedirs(args.store, exist_ok=True)
    handler = Handler(args)
    loop = asyncio.get_running_loop()
    ctx = None
    if args.tls_cert:
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ctx.load_cert_chain(args.tls_cert, args.tls_key)
    kw = {}
    if args.auth:
        user, password = args.auth.split(":", 1)

        def authenticator(server, session, envelope, mechanism, auth_data):
            ok = (
                isinstance(auth_data, LoginPassword)
                and auth_data.login.decode() == user
                and auth_data.password.decode() == password
            )
            return AuthResult(success=ok, handled=False)

        kw = dict(authenticator=authenticator, auth_required=True,
                  auth_require_tls=not args.implicit_tls)
    if ctx is not None and not args.implicit_tls:
        kw.update(tls_context=ctx, require_starttls=True)

    def factory():
        if args.silent:
            return asyncio.Protocol()
        return SMTP(handler, enable_SMTPUTF8=True, decode_data=False, hostname="test.smtp", **kw)

    server = await loop.create_server(
        factory,
        "127.0.0.1",
        args.port,
        ssl=ctx if args.implicit_tls else None,
    )
    port = server.sockets[0].getsockname()[1]
    print("PORT %d" % port, flush=True)
    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    await stop.wait()
    server.close()
    if args.count_file:
        with open(args.count_file, "w") as f:
            f.write("%d\n" % handler.count)


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        sys.exit(0)
