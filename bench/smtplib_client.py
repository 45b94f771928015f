#!/usr/bin/env python3
"""The comparison for bench/accounts_warn.sh: N warning-like mails (text + HTML alternative,
French subject, same sizes as rgpdctl's) sent with smtplib over one reused connection.
Usage: smtplib_client.py PORT N. Prints the elapsed seconds."""
import smtplib, sys, time
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

port, n = int(sys.argv[1]), int(sys.argv[2])
TEXT = ("Bonjour Camille Dupont,\n\nVotre compte « user{i} » sur la Plateforme Open Data Occitanie "
        "n'a pas été utilisé depuis le 1er mai 2024. " + "Lorem ipsum dolor sit amet. " * 40 +
        "\nPour conserver votre compte, il vous suffit de vous connecter.\n")
start = time.perf_counter()
with smtplib.SMTP("127.0.0.1", port) as s:
    for i in range(n):
        m = EmailMessage()
        m["From"] = "Plateforme Open Data Occitanie <noreply@example.org>"
        m["To"] = "Camille Dupont <user%d@example.org>" % i
        m["Subject"] = "Plateforme Open Data Occitanie : votre compte user%d sera supprimé le 1er mai 2026" % i
        m["Date"] = formatdate()
        m["Message-ID"] = make_msgid(domain="example.org")
        m.set_content(TEXT.format(i=i))
        m.add_alternative("<html><body><p>" + TEXT.format(i=i) + "</p></body></html>", subtype="html")
        s.send_message(m)
print("%.3f" % (time.perf_counter() - start))
