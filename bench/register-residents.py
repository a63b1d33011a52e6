#!/usr/bin/env python3
"""Registers the residents of a CSV made by gen-residents.py through the admin API, one card each (channel 0402),
and writes their ID numbers, one per line, for the scan load (bench/verify-load.sh with SCAN=1).

Usage: bench/register-residents.py URL ADMIN_USER ADMIN_PASSWORD IN.csv OUT_IDS.txt
Python 3 standard library only. The data is synthetic.
"""
import base64
import csv
import json
import sys
import urllib.request

url, user, password, src, out = sys.argv[1:6]
auth = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


def post(path, body):
    req = urllib.request.Request(url + path, data=json.dumps(body).encode(), method="POST",
                                 headers={"Content-Type": "application/json", "Authorization": auth})
    with urllib.request.urlopen(req) as r:
        return json.load(r)


ids = []
with open(src, newline="", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        mi = post("/api/v1/residents", {
            "name": row["name"], "sex": row["sex"], "nationality": row["nationality"],
            "birthDate": row["birth_date"], "documentType": row["document_type"],
            "documentNumber": row["document_number"], "phone": row["phone"], "address": row["address"],
            "homeRegion": row["home_region"]})["masterIndex"]
        post("/api/v1/cards", {"masterIndex": mi, "channel": "0402"})
        ids.append(row["document_number"])
with open(out, "w") as f:
    f.write("\n".join(ids) + "\n")
print(f"registered {len(ids)} residents with cards")
