#!/usr/bin/env python3
"""Checks the activities files of this folder before they are imported (the import itself checks again):
columns, codes, the tree, the catalogue's codes, the deadlines' forms, the sources and the effect demo.
Exits non-zero on the first list of problems. Standard library only."""
import csv
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEMO = os.path.dirname(HERE)
SEED_DIR = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/seed-data"
FILES = {"kemerovo-2022-2025.csv": ("kemerovo-2022-2025", "kemerovo", (2022, 2025)),
         "derbent-2026.csv": ("derbent-2026", "derbent", (2021, 2026))}
COLUMNS = ["plan", "code", "kind", "parent", "title", "due", "recurrence", "responsible", "result", "status",
           "indicators", "organizations", "groups", "result_indicator", "result_target"]
CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$")
KINDS = {"goal", "project", "task", "activity"}
STATUSES = {"planned", "in_progress", "done", "cancelled"}
problems = []


def bad(msg):
    problems.append(msg)


# --- the deadline forms the design lists (CONTRACT canonical + the documents' Russian forms) ------------------
M_NOM = "январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь"
M_GEN = "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
M_PREP = "январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре"
DUE_FORMS = [
    (r"\d{4}-\d{2}-\d{2}", None), (r"\d{4}-\d{2}", None), (r"\d{4}-Q[1-4]", None), (r"\d{4}", None),
    (r"до \d{2}\.\d{2}\.\d{4}", None), (r"\d{2}\.\d{2}\.\d{4}", None),
    (r"(%s) \d{4}" % M_NOM, None), (r"до (%s) \d{4}" % M_GEN, None),
    (r"(I|II|III|IV) квартал \d{4}", None), (r"\d{4} год", None), (r"\d{4}-\d{4}", None),
    (r"ежегодно, (%s)" % M_NOM, "yearly"), (r"ежегодно в (%s)" % M_PREP, "yearly"), (r"ежегодно", "yearly"),
    (r"ежемесячно", "monthly"), (r"еженедельно", "weekly"), (r"ежеквартально", "quarterly"),
    (r"в течение года", None),
]


def due_form(text):
    s = text.strip().lower()
    for pattern, recurrence in DUE_FORMS:
        if re.fullmatch(pattern, s, re.I):
            return pattern, recurrence
    return None


def due_year(text, span):
    """The year of the deadline's last day (for the effect); None for a recurring deadline."""
    s = text.strip().lower()
    if s.startswith("еже"):
        return None
    if s == "в течение года":
        return span[1]
    years = re.findall(r"\d{4}", s)
    return int(years[-1])


def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        raw = f.read()
    if raw.startswith("\ufeff"):
        bad("%s: BOM" % path)
    if "\r\n" not in raw or re.search(r"(?<!\r)\n", raw):
        bad("%s: line ends are not CRLF" % path)
    return list(csv.reader(raw.splitlines(True)))


def catalogue():
    with open(os.path.join(DEMO, "indicators.csv"), encoding="utf-8") as f:
        inds = {r["code"] for r in csv.DictReader(f)}
    with open(os.path.join(DEMO, "organizations.csv"), encoding="utf-8") as f:
        orgs = {(r["municipality"], r["code"]) for r in csv.DictReader(f)}
    groups = set()
    with open(os.path.join(DEMO, "groups.csv"), encoding="utf-8") as f:
        last = None
        for r in csv.DictReader(f):
            last = r["municipality"] or last
            groups.add((r["municipality"], r["group"]))
    values = {}
    for path in (os.path.join(DEMO, "values.csv"), os.path.join(HERE, "illustrative-values.csv")):
        with open(path, encoding="utf-8") as f:
            for r in csv.DictReader(f):
                if not r["organization"] and not r["category"]:
                    values.setdefault((r["municipality"], r["indicator"]), set()).add(int(r["year"]))
    return inds, orgs, groups, values


def main():
    inds, orgs, groups, values = catalogue()
    sources = {}
    for r in csv.DictReader(open(os.path.join(HERE, "sources.csv"), encoding="utf-8")):
        sources[(r["plan"], r["code"])] = r
    docs = {}
    effects = []
    total = 0
    for name, (plan, mun, span) in FILES.items():
        rows = read(os.path.join(HERE, name))
        if rows[0] != COLUMNS:
            bad("%s: header %s" % (name, rows[0]))
            continue
        nodes, acts = {}, set()
        for n, cells in enumerate(rows[1:], 2):
            where = "%s:%d" % (name, n)
            if len(cells) != len(COLUMNS):
                bad("%s: %d columns, expected %d" % (where, len(cells), len(COLUMNS)))
                continue
            r = dict(zip(COLUMNS, cells))
            total += 1
            if r["plan"] != plan:
                bad("%s: plan %s" % (where, r["plan"]))
            if not CODE.match(r["code"]):
                bad("%s: code %r" % (where, r["code"]))
            kind = r["kind"] or "activity"
            if kind not in KINDS:
                bad("%s: kind %r" % (where, kind))
            if r["code"] in nodes or r["code"] in acts:
                bad("%s: code %s twice in plan %s" % (where, r["code"], plan))
            if not r["title"].strip():
                bad("%s: no title" % where)
            if r["parent"] and r["parent"] not in nodes:
                bad("%s: parent %s is not a node above it" % (where, r["parent"]))
            for c in filter(None, r["indicators"].split("|")):
                if c not in inds:
                    bad("%s: indicator %s not in indicators.csv" % (where, c))
            for c in filter(None, r["organizations"].split("|")):
                if (mun, c) not in orgs:
                    bad("%s: organization %s not in organizations.csv for %s" % (where, c, mun))
            for c in filter(None, r["groups"].split("|")):
                if (mun, c) not in groups:
                    bad("%s: group %s not in groups.csv for %s" % (where, c, mun))
            if r["result_indicator"] and r["result_indicator"] not in inds:
                bad("%s: result_indicator %s unknown" % (where, r["result_indicator"]))
            if r["result_target"]:
                if not r["result_indicator"]:
                    bad("%s: result_target without result_indicator" % where)
                if not re.fullmatch(r"-?\d+(\.\d+)?", r["result_target"]):
                    bad("%s: result_target %r is not a number" % (where, r["result_target"]))
            src = sources.get((plan, r["code"]))
            if src is None:
                bad("%s: %s not in sources.csv" % (where, r["code"]))
            else:
                check_source(where, r, src, docs)
            if kind != "activity":
                nodes[r["code"]] = kind
                for field in ("due", "responsible", "result", "status", "result_indicator"):
                    if r[field]:
                        bad("%s: a %s row has %s" % (where, kind, field))
                continue
            acts.add(r["code"])
            if r["status"] not in STATUSES:
                bad("%s: status %r" % (where, r["status"]))
            if not r["responsible"].strip():
                bad("%s: no responsible" % where)
            form = due_form(r["due"])
            if form is None:
                bad("%s: due %r is none of the forms the design lists" % (where, r["due"]))
                continue
            if r["recurrence"] and form[1] and r["recurrence"] != form[1]:
                bad("%s: due %r and recurrence %r disagree" % (where, r["due"], r["recurrence"]))
            year = due_year(r["due"], span)
            if year is not None and not (span[0] - 1 <= year <= span[1]):
                bad("%s: due %r outside the plan's years %d-%d" % (where, r["due"], *span))
            if year is not None:
                for c in filter(None, r["indicators"].split("|")):
                    ys = values.get((mun, c), set())
                    if year - 1 in ys and year + 1 in ys:
                        effects.append("%s %s (due %s): %s has values %d and %d" % (
                            plan, r["code"], r["due"], c, year - 1, year + 1))
    if not effects:
        bad("no activity links an indicator with values in the year before and after its deadline")
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print("ok: %d rows; before/after visible for: %s" % (total, "; ".join(effects)))


def check_source(where, r, src, docs):
    """The row's text is on the line sources.csv names (or on the few lines after it, where a cell wraps)."""
    doc = src["document"]
    if doc not in docs:
        docs[doc] = open(os.path.join(SEED_DIR, doc), encoding="utf-8").read().splitlines()
    lines = docs[doc]
    line = int(src["line"])
    near = re.sub(r"<[^>]+>|\s+", " ", " ".join(lines[max(0, line - 3):line + 6]))
    probe = re.sub(r"\s+", " ", r["title"]).split("«")[0][:25].strip()
    if r["kind"] == "task" and r["code"].startswith("kpi-"):
        probe = r["title"].split(". ", 1)[1][:25] if ". " in r["title"] else probe
    if r["kind"] == "goal" and r["code"].startswith("d"):
        probe = r["title"].split("«")[1][:20]
    if probe and probe not in near:
        bad("%s: %r not found at %s line %d" % (where, probe, doc, line))


if __name__ == "__main__":
    main()
