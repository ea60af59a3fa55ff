#!/usr/bin/env python3
"""Scores one crawl-benchmark run, and turns many scores into a Markdown table.

  analyze.py score --tool T --run DIR --site SITE [--skip-external]
      Reads DIR/{access.log,error.log,time.txt,out,err,rc} and SITE/{pages.txt,
      broken.tsv,manifest.json}; writes DIR/result.json and prints one line.
  analyze.py table RESULT.json...
      Prints a Markdown table: medians per (site, tool), and govmon's ratios.

What counts is measured at the server, not taken from the tool's word:
pages = distinct portal pages the tool fetched with GET and got 200 for
(`/dir/` and `/dir/index.html` are one page).  Broken links are read from
the tool's own report and matched against the generator's list of broken
targets, so a tool that misses some or invents some is seen doing so.
Only the standard library is used.
"""

import argparse
import csv
import json
import os
import re
import statistics
import sys
import urllib.parse


def read_manifest(site):
    with open(os.path.join(site, "manifest.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    with open(os.path.join(site, "pages.txt"), encoding="utf-8") as f:
        pages = set(line.rstrip("\n") for line in f if line.strip())
    broken = {}
    with open(os.path.join(site, "broken.tsv"), encoding="utf-8") as f:
        next(f)
        for line in f:
            url, kind, occ, npages = line.rstrip("\n").split("\t")
            broken[url] = (kind, int(occ), int(npages))
    return manifest, pages, broken


def normalize(url):
    """Scheme and host lower-cased, fragment dropped, `dir/` as `dir/index.html`."""
    parts = urllib.parse.urlsplit(url.strip())
    path = parts.path or "/"
    if path.endswith("/"):
        path += "index.html"
    return urllib.parse.urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, parts.query, ""))


def page_path(uri):
    path = uri.split("?", 1)[0].split("#", 1)[0]
    if path.endswith("/"):
        path += "index.html"
    return path


def read_access_log(path, port, pages):
    """Counts requests per (port, method) and the distinct site pages fetched."""
    requests = {}
    fetched = set()
    page_gets = 0
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            fields = line.rstrip("\n").split(" ", 5)
            if len(fields) != 6:
                continue
            _, p, method, status, _, uri = fields
            key = "%s %s" % ("site" if p == str(port) else "ext", method)
            requests[key] = requests.get(key, 0) + 1
            if p == str(port) and method == "GET" and status == "200":
                path = page_path(uri)
                if path in pages:
                    fetched.add(path)
                    page_gets += 1
    return requests, fetched, page_gets


def read_time(path):
    """Wall seconds, peak RSS (kB) and CPU seconds from GNU time -v output."""
    wall, rss, cpu = None, None, 0.0
    if not os.path.exists(path):
        return wall, rss, None
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.strip()
            if line.startswith("Elapsed (wall clock) time"):
                value = line.rsplit(" ", 1)[1]
                secs = 0.0
                for part in value.split(":"):
                    secs = secs * 60 + float(part)
                wall = secs
            elif line.startswith("Maximum resident set size"):
                rss = int(line.rsplit(" ", 1)[1])
            elif line.startswith(("User time (seconds)", "System time (seconds)")):
                cpu += float(line.rsplit(" ", 1)[1])
    return wall, rss, cpu


def broken_from_govmon(out):
    found, summary = set(), None
    with open(out, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            try:
                obj = json.loads(line)
            except ValueError:
                continue
            if "summary" in obj and "check" not in obj:
                summary = obj["summary"]
            elif obj.get("check") == "broken_link" and obj.get("target"):
                found.add(normalize(obj["target"]))
    return found, {"summary": summary}


def broken_from_linkchecker(out):
    found = set()
    with open(out, encoding="utf-8", errors="replace") as f:
        rows = csv.reader((line for line in f if not line.startswith("#")), delimiter=";")
        header = None
        for row in rows:
            if header is None:
                header = row
                continue
            if len(row) != len(header):
                continue
            rec = dict(zip(header, row))
            if rec.get("valid") == "False" and rec.get("url"):
                found.add(normalize(rec["url"]))
    return found, {}


def broken_from_wget(out):
    """wget -nv lists broken URLs at the end; refused connections go unnamed."""
    found, refused = set(), 0
    with open(out, encoding="utf-8", errors="replace") as f:
        lines = f.read().split("\n")
    in_list = False
    for line in lines:
        if re.match(r"^Found \d+ broken links?\.$", line):
            in_list = True
            continue
        if in_list:
            if line.startswith("FINISHED"):
                in_list = False
            elif line.startswith("http"):
                found.add(normalize(line))
        if line.startswith("failed: Connection refused."):
            refused += 1
    return found, {"unnamed_refused_failures": refused}


def broken_from_linkinator(out):
    found = set()
    with open(out, encoding="utf-8", errors="replace") as f:
        for rec in csv.DictReader(f):
            if rec.get("state") == "BROKEN" and rec.get("url"):
                found.add(normalize(rec["url"]))
    return found, {}


PARSERS = {"govmon": broken_from_govmon, "linkchecker": broken_from_linkchecker,
           "wget": broken_from_wget, "linkinator": broken_from_linkinator}


def score(args):
    manifest, pages, broken = read_manifest(args.site)
    port = urllib.parse.urlsplit(manifest["origin"]).port
    run = args.run
    requests, fetched, page_gets = read_access_log(os.path.join(run, "access.log"), port, pages)
    wall, rss, cpu = read_time(os.path.join(run, "time.txt"))
    rc = None
    if os.path.exists(os.path.join(run, "rc")):
        rc = int(open(os.path.join(run, "rc")).read().strip() or -1)
    error_lines = []
    if os.path.exists(os.path.join(run, "error.log")):
        with open(os.path.join(run, "error.log"), encoding="utf-8", errors="replace") as f:
            error_lines = [line.rstrip("\n") for line in f if line.strip()]
    load = []
    if os.path.exists(os.path.join(run, "load")):
        load = [float(x) for x in open(os.path.join(run, "load")).read().split()]
    found, extra = PARSERS[args.tool](os.path.join(run, "out"))
    origin = manifest["origin"] + "/"
    expected = {u for u in broken if not args.skip_external or u.startswith(origin)}
    true = found & set(broken)
    false = sorted(found - set(broken))
    by_kind = {}
    for u in true:
        kind = broken[u][0]
        by_kind[kind] = by_kind.get(kind, 0) + 1
    result = {
        "tool": args.tool, "run": os.path.basename(run.rstrip("/")), "site": os.path.basename(
            args.site.rstrip("/")), "rc": rc, "wall_s": wall, "peak_rss_mb": rss / 1024.0 if rss else None,
        "site_pages": manifest["pages"], "links_per_page": manifest["links_per_page"],
        "pages": len(fetched), "page_gets": page_gets,
        "pages_per_s": len(fetched) / wall if wall else None, "cpu_s": cpu,
        "cpu_ms_per_page": 1000.0 * cpu / len(fetched) if cpu and fetched else None,
        "requests": requests, "broken_expected": len(expected), "broken_found": len(true & expected),
        "broken_found_by_kind": by_kind, "broken_false": len(false), "broken_false_examples": false[:5],
        "load_before_after": load, "server_errors": len(error_lines), "server_error_examples": error_lines[:3],
    }
    result.update(extra)
    with open(os.path.join(run, "result.json"), "w", encoding="utf-8") as f:
        json.dump(result, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("%-11s %-14s rc=%s wall=%.1fs pages=%d/%d (%.0f/s) rss=%.0fMB broken=%d/%d false=%d server_errors=%d"
          % (args.tool, result["run"], rc, wall or 0, len(fetched), manifest["pages"],
             result["pages_per_s"] or 0, result["peak_rss_mb"] or 0, result["broken_found"],
             len(expected), len(false), len(error_lines)))
    return 0


def fmt(x, digits=0):
    if x is None:
        return "–"
    return "{:,.{d}f}".format(x, d=digits)


def table(args):
    results = []
    for path in args.results:
        with open(path, encoding="utf-8") as f:
            results.append(json.load(f))
    groups = {}
    for r in results:
        groups.setdefault((r["site"], r["tool"]), []).append(r)
    order = {"govmon": 0, "linkchecker": 1, "wget": 2, "linkinator": 3}
    keys = sorted(groups, key=lambda k: (k[0], order.get(k[1], 9), k[1]))
    rows = []
    base = {}
    for key in keys:
        runs = groups[key]
        pps = statistics.median([r["pages_per_s"] or 0 for r in runs])
        if key[1] == "govmon":
            base[key[0]] = pps
        rows.append((key, runs, pps))
    print("| site | tool | runs | pages crawled (of site) | wall s (median) | pages/s (median; all runs) "
          "| govmon × | CPU ms/page (median) | peak RSS MB (median) | requests GET/HEAD | broken targets found / expected | "
          "false broken | server errors | load avg before→after |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for key, runs, pps in rows:
        med = sorted(runs, key=lambda r: r["pages_per_s"] or 0)[(len(runs) - 1) // 2]
        gets = sum(v for k, v in med["requests"].items() if k.endswith("GET"))
        heads = sum(v for k, v in med["requests"].items() if k.endswith("HEAD"))
        ratio = base.get(key[0]) / pps if pps and key[1] != "govmon" and key[0] in base else None
        broken = "%d / %d" % (med["broken_found"], med["broken_expected"])
        if med.get("unnamed_refused_failures"):
            broken += " (+%d refused, unnamed)" % med["unnamed_refused_failures"]
        rcs = sorted(set(str(r["rc"]) for r in runs))
        tool = key[1] + ("" if rcs == ["0"] else " (exit %s)" % ",".join(rcs))
        load = "→".join("%.1f" % x for x in med.get("load_before_after", [])) or "–"
        cpu = [r.get("cpu_ms_per_page") for r in runs if r.get("cpu_ms_per_page")]
        print("| %s | %s | %d | %s of %s | %s | %s (%s) | %s | %s | %s | %s / %s | %s | %d | %d | %s |" % (
            key[0], tool, len(runs), fmt(med["pages"]), fmt(med["site_pages"]),
            fmt(statistics.median([r["wall_s"] or 0 for r in runs]), 1), fmt(pps),
            ", ".join(fmt(r["pages_per_s"]) for r in runs), fmt(ratio, 1) if ratio else "–",
            fmt(statistics.median(cpu), 2) if cpu else "–",
            fmt(statistics.median([r["peak_rss_mb"] or 0 for r in runs])), fmt(gets), fmt(heads),
            broken, med["broken_false"], med["server_errors"], load))
    return 0


def main(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = p.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("score")
    s.add_argument("--tool", required=True, choices=sorted(PARSERS))
    s.add_argument("--run", required=True)
    s.add_argument("--site", required=True)
    s.add_argument("--skip-external", action="store_true",
                   help="the tool was told to skip external links; expect internal broken links only")
    t = sub.add_parser("table")
    t.add_argument("results", nargs="+")
    args = p.parse_args(argv)
    return score(args) if args.cmd == "score" else table(args)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
