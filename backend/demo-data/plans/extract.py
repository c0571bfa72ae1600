#!/usr/bin/env python3
"""Parses the roadmap of Kemerovo's programme and the activity lists of Derbent's plan into the
activities import files (type=activities). Standard library only; see README.md in this folder."""
import csv
import io
import os
import re
import sys

SEED_DIR = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/seed-data"
OUT_DIR = sys.argv[2] if len(sys.argv) > 2 else os.path.dirname(os.path.abspath(__file__))

COLUMNS = ["plan", "code", "kind", "parent", "title", "due", "recurrence", "responsible", "result", "status",
           "indicators", "organizations", "groups", "result_indicator", "result_target"]
SOURCE_COLUMNS = ["plan", "code", "kind", "document", "line", "due_in_document", "note"]

MONTHS = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь",
          "декабрь"]
STEMS = ["январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр", "ноябр", "декабр"]
MONTH_RE = re.compile(r"(январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-я]*", re.I)


def month_no(word):
    w = word.lower()
    for i, stem in enumerate(STEMS):
        if w.startswith(stem):
            return i
    raise ValueError(word)


def clean(text):
    text = re.sub(r"</?p>|<ol[^>]*>|</ol>", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def csv_text(header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    for r in rows:
        w.writerow([r.get(h, "") for h in header])
    return buf.getvalue()


def write(name, header, rows):
    with open(os.path.join(OUT_DIR, name), "w", encoding="utf-8", newline="") as f:
        f.write(csv_text(header, rows))


# --------------------------------------------------------------------------------------------------------------
# Deadlines: the document's wording is kept when it is one of the forms the import reads (plans/Due, see the
# design); otherwise it is rewritten to the canonical form that means the same, and the original stays in
# sources.csv (due_in_document). The rules, in order:
#   «ежегодно …» with one month          -> «ежегодно, <месяц>»
#   «<месяц> ежегодно», «ежегодно (<месяц>)» -> «ежегодно, <месяц>»
#   a range of months «июнь - июль», «февраль/ август», «октябрь апрель» (yearly) -> the last month named
#   a bare month «Август» (no year; a step of the yearly cycle) -> «ежегодно, <месяц>»
#   «ежегодно», «ежемесячно», «еженедельно», «ежеквартально» -> kept
#   «четыре раза в год» -> «ежеквартально»; «два раза в год» -> «ежегодно» (no half-yearly recurrence exists)
#   «до <месяца> <год> года» -> «до <месяца> <год>»; «<месяц> <год> г.» -> «<месяц> <год>»
#   «до <год> года» -> «<год> год»; «в течение <год> года» -> «<год> год»; «в период с A по B гг» -> «A-B»
#   «в течение года» -> kept (the plan's last year)
#   no date at all («по плану УО», «по графику», «постоянно», «по запросу», «по необходимости», «план проверок»)
#     -> the plan's span «<first>-<last>» (due when the plan ends)
# --------------------------------------------------------------------------------------------------------------
NO_DATE = re.compile(r"^(по плану|по утвержденному графику|по графику|согласно|по заявке|по запросу|"
                     r"по необходимости|план проверок|постоянно)", re.I)


def canonical_due(raw, span):
    s = re.sub(r"\s+", " ", raw.replace("\n", " ")).strip().strip(".")
    low = s.lower()
    months = MONTH_RE.findall(low)
    years = re.findall(r"(?<!\d)(20\d\d)(?!\d)", low)
    if NO_DATE.match(low):
        return "%d-%d" % span
    if low.startswith("в течение года") or low == "в течение учебного года":
        return "в течение года"
    if low in ("ежегодно", "ежемесячно", "еженедельно", "ежеквартально"):
        return low.capitalize()
    if low == "четыре раза в год":
        return "Ежеквартально"
    if low in ("два раза в год", "2 раза в год"):
        return "Ежегодно"
    m = re.match(r"^в период с (20\d\d) по (20\d\d)", low)
    if m:
        return "%s-%s" % (m.group(1), m.group(2))
    m = re.match(r"^(20\d\d) ?- ?(20\d\d)\s*г?\.?$", low)
    if m:
        return "%s-%s" % (m.group(1), m.group(2))
    m = re.match(r"^в течение (20\d\d) года$", low)
    if m:
        return "%s год" % m.group(1)
    m = re.match(r"^до (20\d\d) года$", low)
    if m:
        return "%s год" % m.group(1)
    m = re.match(r"^до (\w+) (20\d\d)( года)?$", low)
    if m and MONTH_RE.fullmatch(m.group(1)):
        return "До %s %s" % (m.group(1), m.group(2))
    m = re.match(r"^(\w+),? (20\d\d)( г)?\.?$", low)
    if m and MONTH_RE.fullmatch(m.group(1)):
        return "%s %s" % (MONTHS[month_no(m.group(1))].capitalize(), m.group(2))
    if months and not years:
        # a month or a range of months without a year: a step of the yearly cycle; the last month named
        return "Ежегодно, %s" % MONTHS[month_no(months[-1])]
    if low.startswith("ежегодно") and not months:
        return "Ежегодно"
    raise ValueError("deadline not mapped: %r" % raw)


# --------------------------------------------------------------------------------------------------------------
# Kemerovo: «ДОРОЖНАЯ КАРТА» (kemerovo.txt from line 616): project -> task -> activities (4 tab cells)
# --------------------------------------------------------------------------------------------------------------
KEM_PLAN = "kemerovo-2022-2025"
KEM_SPAN = (2022, 2025)
KEM_GOAL_LINE = 65
# Cells the PDF conversion split or shifted; fixed by reading the line (line -> (responsible, result)).
KEM_FIXES = {
    "Создание инклюзивной среды": ("Заместитель начальника общего и дополнительного образования, Заведующий отделом дошкольного образования",
          "Создана инклюзивная среда"),
    "Обучение специалистов, для работы": ("Методисты, курирующие деятельность узких специалистов", "100 % по запросу"),
}
KEM_SPLIT_CATERING = re.compile(r'^Директор питания"\tМАУ\t"Школьное\t')


def kemerovo(lines, catalogue):
    rows, sources = [], []
    goal_text = clean(lines[KEM_GOAL_LINE - 1].split("\t", 1)[1])
    rows.append({"plan": KEM_PLAN, "code": "goal", "kind": "goal", "title": goal_text})
    sources.append({"plan": KEM_PLAN, "code": "goal", "kind": "goal", "document": "kemerovo.txt",
                    "line": KEM_GOAL_LINE, "note": "цель Программы развития (паспорт)"})
    start = next(i for i, l in enumerate(lines) if l.startswith("ДОРОЖНАЯ КАРТА"))
    project = task = None
    n_task = n_act = 0
    last = None
    for i in range(start + 2, len(lines)):
        no = i + 1
        raw = lines[i].rstrip("\n")
        if not raw.strip():
            continue
        raw = re.sub(r"</?p>", "", raw)
        if KEM_SPLIT_CATERING.search(raw.split("\t", 2)[2] if raw.count("\t") >= 2 else ""):
            head = raw.split("\t", 2)
            raw = "\t".join(head[:2]) + '\tДиректор МАУ "Школьное питание"\t' + KEM_SPLIT_CATERING.sub("", head[2])
        cells = [clean(c) for c in raw.split("\t")]
        first = cells[0]
        m = re.match(r'^Проект (\d)\. (.*)$', first)
        if m and not any(cells[1:]):
            project = "p" + m.group(1)
            n_task = 0
            rows.append({"plan": KEM_PLAN, "code": project, "kind": "project", "parent": "goal", "title": first,
                         "indicators": "|".join(project_indicators(catalogue, first))})
            sources.append({"plan": KEM_PLAN, "code": project, "kind": "project", "document": "kemerovo.txt",
                            "line": no})
            last = None
            continue
        m = re.match(r"^(\d)\. (.*)$", first)
        if m and not any(cells[1:]):
            task = "%s.t%s" % (project, m.group(1))
            n_act = 0
            rows.append({"plan": KEM_PLAN, "code": task, "kind": "task", "parent": project, "title": m.group(2)})
            sources.append({"plan": KEM_PLAN, "code": task, "kind": "task", "document": "kemerovo.txt", "line": no})
            last = None
            continue
        if not first:
            # a continuation of the previous row's cell (the PDF broke a long cell)
            extra = [c for c in cells if c]
            col = max(j for j, c in enumerate(cells) if c)
            target = "result" if col >= 3 else "responsible"
            last[target] = (last[target] + " " + " ".join(extra)).strip()
            continue
        filled = [c for c in cells if c]
        if len(filled) < 3:
            raise ValueError("line %d: %r" % (no, raw))
        title, due_raw = cells[0], cells[1]
        responsible = cells[2]
        result = " ".join(c for c in cells[3:] if c)
        fix = next((v for k, v in KEM_FIXES.items() if title.startswith(k)), None)
        if fix:
            responsible, result = fix
        n_act += 1
        code = "%s.%02d" % (task, n_act)
        due = canonical_due(due_raw, KEM_SPAN)
        last = {"plan": KEM_PLAN, "code": code, "kind": "activity", "parent": task, "title": title, "due": due,
                "responsible": responsible, "result": result, "status": "planned", "_line": no}
        rows.append(last)
        sources.append({"plan": KEM_PLAN, "code": code, "kind": "activity", "document": "kemerovo.txt", "line": no,
                        "due_in_document": due_raw,
                        "note": "ячейки «Ответственные»/«Ожидаемый результат» собраны из разорванной строки PDF"
                        if fix or "Директор МАУ \"Школьное питание\"" == responsible else ""})
    return rows, sources


def project_indicators(catalogue, project_title):
    """The project's indicators of the target table: the catalogue's rows of that area with targets 2022-2025."""
    return [c for c, ind in catalogue.items() if ind["full_area"] == project_title and ind["has_targets"]
            and c.startswith("kemerovo-")]


# --------------------------------------------------------------------------------------------------------------
# Derbent: «Перечень мероприятий по направлению» of each direction (I–V): № | Мероприятие | Срок | Контрольный
# результат | Ответственный исполнитель; each cell starts with a tab, continuation lines have none.
# --------------------------------------------------------------------------------------------------------------
DER_PLAN = "derbent-2026"
DER_SPAN = (2021, 2026)  # the plan «до 2026 года»; its first dated activity is «октябрь 2021» (4.1.1)
CODE_RE = re.compile(r"^\t\s*(\d+)\.+\s*(\d+)\.+\s*(\d+)?\.*\s*$|^\t\s*(-)\s*$")
DIRECTION_RE = re.compile(r"^\s*(I|II|III|IV|V)\. Направление «(.*)»\s*$")
ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5}
DER_CODE_FIX = {"3.311": "3.3.11"}
# An activity addressed to schools the document names as a register (groups.csv): 1.3.2 visits «школы с низкими и
# необъективными образовательными результатами»; the three schools with signs of non-objective VPR are line 921.
DER_GROUPS = {"1.3.2": ("vpr-nonobjective-2021", "реестр vpr-nonobjective-2021: школы с признаками необъективности ВПР, строка 921")}


def derbent(lines, catalogue):
    rows, sources = [], []
    direction = None
    in_list = False
    seen = set()
    last_code = None
    kpis = {}
    current = None
    dir_titles = {}

    def flush():
        nonlocal current
        if current is None:
            return
        cells = current["cells"]
        if len(cells) < 5:
            raise ValueError("derbent line %d: %d cells %r" % (current["line"], len(cells), cells))
        title, due_raw, result, responsible = cells[1], cells[2], cells[3], " ".join(cells[4:])
        if len(cells) > 5:
            # the control result broke into two tab cells (4.1.1): keep the last as responsible
            result, responsible = " ".join(cells[3:-1]), cells[-1]
        code = current["code"]
        kpi = "kpi-%s" % ".".join(code.split(".")[:2])
        ind = "derbent-%s" % ".".join(code.split(".")[:2])
        due, note = derbent_due(due_raw)
        group, why = DER_GROUPS.get(code, ("", ""))
        note = "; ".join(x for x in (current["note"], note, why) if x)
        rows.append({"plan": DER_PLAN, "code": code, "kind": "activity", "parent": kpi, "title": clean(title),
                     "due": due, "responsible": clean(responsible).rstrip(",. "), "result": clean(result),
                     "status": "planned", "indicators": ind if ind in catalogue else "", "groups": group,
                     "_line": current["line"],
                     "_kpi": kpi, "_ind": ind})
        sources.append({"plan": DER_PLAN, "code": code, "kind": "activity", "document": "derbent.txt",
                        "line": current["line"], "due_in_document": clean(due_raw), "note": note})
        current = None

    for i, raw in enumerate(lines):
        no = i + 1
        line = raw.rstrip("\n")
        m = DIRECTION_RE.match(line)
        if m:
            flush()
            in_list = False
            direction = ROMAN[m.group(1)]
            dir_titles[direction] = (m.group(2), no)
            continue
        if "Перечень мероприятий по направлению" in line:
            in_list = True
            continue
        if not in_list:
            continue
        m = CODE_RE.match(line)
        if m and (m.group(3) or m.group(4) or m.group(2) == "311"):
            flush()
            if m.group(4):
                base = last_code  # an unnumbered row («-») continues the numbered one before it
                note = "без номера в документе (строка «-» после %s)" % last_code
            elif m.group(2) == "311":
                base, note = "3.3.11", "номер в документе «3.311.»"
            else:
                base, note = "%s.%s.%s" % m.groups()[:3], ""
            code, k = base, 2
            while code in seen:
                code = "%s-%d" % (base, k)
                k += 1
            if m.group(3) and code != base:
                note = "номер %s повторяется в документе" % base
            seen.add(code)
            last_code = base
            current = {"code": code, "line": no, "cells": [code], "note": note}
            continue
        if current is None:
            continue
        if line.startswith("\t"):
            current["cells"].append(line.strip())
        elif line.strip():
            current["cells"][-1] = current["cells"][-1] + "\n" + line.strip()
        elif len(current["cells"]) > 1:
            current["cells"][-1] = current["cells"][-1] + "\n"
    flush()
    # the tree: directions (goal) -> KPI groups (task, linked to the KPI indicator) -> activities
    tree, tree_src = [], []
    for d, (title, no) in sorted(dir_titles.items()):
        tree.append({"plan": DER_PLAN, "code": "d%d" % d, "kind": "goal", "title": "%s. Направление «%s»" % (
            [k for k, v in ROMAN.items() if v == d][0], title)})
        tree_src.append({"plan": DER_PLAN, "code": "d%d" % d, "kind": "goal", "document": "derbent.txt", "line": no})
        for r in rows:
            if r["_kpi"] in kpis or not r["_kpi"].startswith("kpi-%d." % d):
                continue
            ind = catalogue.get(r["_ind"])
            kpis[r["_kpi"]] = True
            tree.append({"plan": DER_PLAN, "code": r["_kpi"], "kind": "task", "parent": "d%d" % d,
                         "title": ("КПЭ %s. %s" % (r["_kpi"][4:], ind["name"])) if ind else
                         "Мероприятия %s.x" % r["_kpi"][4:],
                         "indicators": r["_ind"] if ind else ""})
            tree_src.append({"plan": DER_PLAN, "code": r["_kpi"], "kind": "task", "document": "derbent.txt",
                             "line": ind["line"] if ind else r["_line"],
                             "note": "группа мероприятий КПЭ %s (нумерация документа)" % r["_kpi"][4:]})
    return tree + rows, tree_src + sources


ATOM_RE = re.compile(r"(?P<range>(20\d\d) ?- ?(20\d\d))|(?P<my>%s)[, ]*(?P<y>20\d\d)|(?P<m>%s)|"
                     r"(?P<yearly>ежегодно)|(?P<quarterly>ежеквартально)|(?P<year>в течение года)"
                     % (MONTH_RE.pattern, MONTH_RE.pattern))


def derbent_due(raw):
    """A Derbent «Срок» cell. Several deadlines in one cell (a step and its report, «ежегодно (сентябрь) …
    ежегодно (июнь)») give the last one named; a bare month after «ежегодно»/«в течение года» is yearly."""
    low = re.sub(r"\s+", " ", raw.lower()).strip()
    atoms = [(m.lastgroup if m.lastgroup not in ("y",) else "my", m) for m in ATOM_RE.finditer(low)]
    text = re.sub(r"\s+", " ", raw).strip()
    if not atoms:
        return "%d-%d" % DER_SPAN, "срок в документе не указан: срок плана"
    kinds = [a for a, _ in atoms]
    note = "в ячейке несколько сроков; взят последний" if len(atoms) > 1 and not (
        kinds[0] == "yearly" and all(k == "m" for k in kinds[1:2]) and len(atoms) == 2) else ""
    if all(k == "my" for k in kinds) and len(atoms) > 1:
        # dated steps only («декабрь 2022 … май 2022»): the latest date ends the activity
        latest = max(atoms, key=lambda a: (int(a[1].group("y")), month_no(MONTH_RE.match(a[1].group("my")).group(1))))
        atoms = [latest]
        note = "в ячейке несколько дат; взята последняя по времени"
    kind, m = atoms[-1]
    if m.group("range"):
        return "%s-%s" % (m.group(2), m.group(3)), note
    if m.group("my"):
        return "%s %s" % (MONTHS[month_no(MONTH_RE.match(m.group("my")).group(1))].capitalize(), m.group("y")), note
    if m.group("m"):
        if kinds[0] == "range":
            return "Ежегодно, %s" % MONTHS[month_no(m.group(5) or m.group("m"))], \
                "«%s»: ежегодно в этом месяце в пределах плана" % text
        return "Ежегодно, %s" % MONTHS[month_no(MONTH_RE.match(m.group("m")).group(1))], note
    if m.group("quarterly"):
        return "Ежеквартально", note
    if m.group("yearly"):
        return "Ежегодно", note
    return "в течение года", note


# --------------------------------------------------------------------------------------------------------------
# Linking Kemerovo's activities to the catalogue's indicators.
# --------------------------------------------------------------------------------------------------------------
KEM_LINKS = {}
ROADMAP_LINE = re.compile(r"Дорожная карта \(стр\. (\d+)\)")


def read_catalogue(demo_dir):
    targets = set()
    with open(os.path.join(demo_dir, "targets.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["kind"] == "target":
                targets.add(r["indicator"])
    cat = {}
    with open(os.path.join(demo_dir, "indicators.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            m = re.search(r"строка (\d+)", r["source"])
            cat[r["code"]] = {"name": r["name_ru"], "area": r["area"].split(" / ")[0], "full_area": r["area"], "description": r["description"],
                              "has_targets": r["code"] in targets, "line": int(m.group(1)) if m else None}
    return cat


def norm(s):
    return re.sub(r"[^а-яa-z0-9]+", " ", s.lower().replace("ё", "е")).strip()


def link_kemerovo(rows, catalogue, json_path):
    import json
    data = json.load(open(json_path, encoding="utf-8"))
    ids = {}
    for n, ind in enumerate(data["indicators"], 1):
        ids["kemerovo-%d" % n] = ind
    acts = [r for r in rows if r.get("kind") == "activity"]
    by_line = {r["_line"]: r for r in acts}
    links = {}
    for code, ind in catalogue.items():
        if not code.startswith("kemerovo-"):
            continue
        # the roadmap line is read from the extract (convert.py no longer copies it into the description)
        m = ROADMAP_LINE.search(ids[code].get("data_source_ru") or "")
        if m and code not in KEM_MONITORING:
            line = int(m.group(1))
            act = by_line.get(line) or by_line.get(line - 1) or by_line.get(line + 1)
            if act is None:
                raise ValueError("%s: no roadmap row at line %d" % (code, line))
            links.setdefault(act["code"], []).append((code, "roadmap"))
            continue
        src = (ids[code].get("data_source_ru") or "")
        if code in KEM_MONITORING:  # may be None: no row
            act = KEM_MONITORING[code]
        elif " — " in src:
            act = best_match(src.split(" — ")[0], acts)
        else:
            act = None
        if act:
            links.setdefault(act, []).append((code, "monitoring"))
    global KEM_LINKS
    KEM_LINKS = links
    for a in acts:
        found = links.get(a["code"], [])
        a["indicators"] = "|".join(c for c, _ in found)
        if len(found) == 1:
            number = result_number(a["result"])
            if number is not None:
                a["result_indicator"], a["result_target"] = found[0][0], number
    return links


# Target-table indicators whose data source names its monitoring row too briefly to find it by words
# («Мониторинг — август ежегодно»): the row, found by reading the roadmap; None = no such row.
KEM_MONITORING = {
    "kemerovo-30": "p1.t1.09", "kemerovo-33": "p1.t1.10", "kemerovo-34": "p1.t1.11", "kemerovo-29": "p1.t1.08",
    "kemerovo-10": "p1.t1.24", "kemerovo-45": "p2.t3.05", "kemerovo-46": "p2.t2.06", "kemerovo-64": "p4.t3.02",
    "kemerovo-70": "p5.t1.09", "kemerovo-71": "p5.t1.08", "kemerovo-72": "p5.t4.01", "kemerovo-87": "p6.t2.01",
    "kemerovo-50": None,
    # «Проведение системы семинаров … В течение 2023 года»: its expected result is this indicator's formula
    # («Охват детей в возрасте от 5 до 18 лет программами дополнительного образования (удельный вес …), 80 %»)
    "kemerovo-81": "p7.t3.02",
}


def tokens(text):
    return {w[:6] for w in norm(text).split() if len(w) > 2}


def best_match(head, acts):
    """The roadmap row whose title shares most words with the indicator's data source (at least 60 % of them)."""
    want = tokens(head)
    if len(want) < 3:
        return None
    score, best = max(((len(want & tokens(a["title"])) / len(want), a["code"]) for a in acts), default=(0, None))
    return best if score >= 0.6 else None


def result_number(text):
    """The figure of an expected result: «… - 95%», «не менее 75%», «100% ОО …», «не менее 2 в год»."""
    m = re.search(r"(\d+(?:[.,]\d+)?)\s*%", text)
    if not m:
        m = re.search(r"не менее (?:чем )?(\d+(?:[.,]\d+)?)\b", text)
    if not m:
        return None
    return m.group(1).replace(",", ".")


def main():
    demo_dir = os.path.dirname(OUT_DIR.rstrip("/")) if os.path.basename(OUT_DIR.rstrip("/")) == "plans" \
        else os.path.join(OUT_DIR, "..")
    catalogue = read_catalogue(demo_dir)
    kem_lines = open(os.path.join(SEED_DIR, "kemerovo.txt"), encoding="utf-8").readlines()
    der_lines = open(os.path.join(SEED_DIR, "derbent.txt"), encoding="utf-8").readlines()
    kem, kem_src = kemerovo(kem_lines, catalogue)
    link_kemerovo(kem, catalogue, os.path.join(SEED_DIR, "kemerovo.json"))
    der, der_src = derbent(der_lines, catalogue)
    for rows in (kem, der):
        for r in rows:
            for k in list(r):
                if k.startswith("_"):
                    del r[k]
    write(KEM_PLAN + ".csv", COLUMNS, kem)
    write(DER_PLAN + ".csv", COLUMNS, der)
    write("sources.csv", SOURCE_COLUMNS, kem_src + der_src)
    print("kemerovo: %d rows (%d activities); derbent: %d rows (%d activities)" % (
        len(kem), sum(r["kind"] == "activity" for r in kem), len(der), sum(r["kind"] == "activity" for r in der)))


if __name__ == "__main__":
    main()
