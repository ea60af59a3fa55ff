#!/usr/bin/env python3
"""Compares a demo scan with demo/expected.json and demo/decoys.json.

    govmon demo --format jsonl -q | python3 demo/verify.py [--decoys]

Every entry of expected.json must match at least one finding; with
--decoys, no finding may match an entry of decoys.json. An entry matches a
finding when its check is equal and every other field it gives agrees:
  url_suffix     the end of the finding's URL path ("/" only the home page;
                 a folder and its index.html are the same page)
  target_suffix  the end of the finding's target (same folder rule)
  kind           equal
  evidence       contained in the finding's evidence
Exit status 0 when all is well, 1 otherwise, 2 on bad input.
"""

import json
import os
import sys
from urllib.parse import urlsplit

HERE = os.path.dirname(os.path.abspath(__file__))


def strip_index(s):
    return s[:-len("index.html")] if s.endswith("/index.html") else s


def path_of(url):
    if "://" not in url:
        return url
    parts = urlsplit(url)
    return parts.path or "/"


def matches(entry, finding):
    if finding.get("check") != entry["check"]:
        return False
    if "url_suffix" in entry:
        path = strip_index(path_of(finding.get("url", "")))
        want = strip_index(entry["url_suffix"])
        if want == "/":
            if path != "/":
                return False
        elif not path.endswith(want):
            return False
    if "target_suffix" in entry:
        if not strip_index(finding.get("target", "")).endswith(strip_index(entry["target_suffix"])):
            return False
    if "kind" in entry and finding.get("kind") != entry["kind"]:
        return False
    if "evidence" in entry and entry["evidence"] not in finding.get("evidence", ""):
        return False
    return True


def describe(entry):
    return " ".join("%s=%s" % (k, entry[k]) for k in ("check", "url_suffix", "target_suffix", "kind", "evidence")
                    if k in entry)


def main(argv):
    check_decoys = "--decoys" in argv[1:]
    findings = []
    for number, line in enumerate(sys.stdin, 1):
        line = line.strip()
        if not line:
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            print("stdin:%d: not JSON: %s" % (number, e), file=sys.stderr)
            return 2
        if "check" in row:
            findings.append(row)
    with open(os.path.join(HERE, "expected.json"), encoding="utf-8") as f:
        expected = json.load(f)
    with open(os.path.join(HERE, "decoys.json"), encoding="utf-8") as f:
        decoys = json.load(f)

    failed = False
    found = 0
    for entry in expected:
        if any(matches(entry, x) for x in findings):
            found += 1
        else:
            failed = True
            print("missing: " + describe(entry))
    print("planted problems found: %d of %d" % (found, len(expected)))
    if check_decoys:
        for entry in decoys:
            hits = [x for x in findings if matches(entry, x)]
            for x in hits:
                failed = True
                print("decoy reported: %s (%s): %s %s" % (describe(entry), entry.get("why", ""),
                                                         x.get("evidence", ""), x.get("detail", "")))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
