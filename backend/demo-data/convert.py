#!/usr/bin/env python3
"""Convert the seed documents' indicator extracts into Orientir bulk-import CSV files.

Usage:  python3 convert.py [SEED_DIR] [OUT_DIR]
        SEED_DIR defaults to /work/shared/seed-data, OUT_DIR to this script's folder.

Python 3 standard library only. Output is deterministic (sorted rows, fixed rules).
Every rule applied is described in README.md; the counts are printed at the end
(and written to conversion-report.md next to the CSV files).
"""
import collections
import csv
import io
import json
import os
import re
import sys

SEED_DIR = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/seed-data"
OUT_DIR = sys.argv[2] if len(sys.argv) > 2 else os.path.dirname(os.path.abspath(__file__))

# --------------------------------------------------------------------------------------
# Territory (fixed: the four demo municipalities of CONTRACT.md)
# --------------------------------------------------------------------------------------
MUNICIPALITIES = [
    # code, file, name, region code, region name, type
    ("kaluga", "kaluga", "Город Калуга", "kaluzhskaya-oblast", "Калужская область", "urban_okrug"),
    ("kemerovo", "kemerovo", "Кемеровский городской округ", "kemerovskaya-oblast",
     "Кемеровская область – Кузбасс", "urban_okrug"),
    ("derbent", "derbent", "Городской округ «город Дербент»", "respublika-dagestan",
     "Республика Дагестан", "urban_okrug"),
    ("tula", "tula", "Город Тула", "tulskaya-oblast", "Тульская область", "urban_okrug"),
]

# Key indicators of the .md files that have no figures in the JSON (kept in the catalogue anyway).
KEY_WITHOUT_FIGURES = {
    "tula": {"low-performing-schools-share"},  # tula.md key indicator 15
}

# Known duplicates that the extraction filed under different scopes although they are the
# same measure (found in the .md data-quality sections / the .txt): force them onto one key
# so that the duplicate rule (first line in the document wins) applies.
SAME_KEY = {
    ("tula", "ege-average-score", 608): "Mathematics, profile level",   # text 48,2 vs table 48
    ("tula", "ege-average-score", 619): "Mathematics, profile level",
    ("kaluga", "yunarmia_units", 197): "",
    ("kaluga", "yunarmia_units", 207): "",
}

# Same disaggregation written differently in different years (unified so that the series line up).
CATEGORY_RENAME = {
    ("tula", "rdsh-yunarmiya-members"): [(r"^РДШ.*", "РДШ members"), (r"^ЮНАРМИЯ.*", "ЮНАРМИЯ members")],
}

# Extra warnings put into the comment of specific values (suspicious figures kept as printed).
SUSPICIOUS = {
    ("tula", "vpr-quality-rate", 496, 2018): "подозрительно: «8,0» при ≈80 в другие годы, оставлено как напечатано",
    ("tula", "vpr-quality-rate", 501, 2020): "в документе «61,3++»",
}

# --------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------
TRANSLIT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o",
                     "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e",
                     "yu", "ya"]))


def slugify(text):
    out = []
    for ch in text.lower():
        if ch in TRANSLIT:
            out.append(TRANSLIT[ch])
        elif ch.isascii() and ch.isalnum():
            out.append(ch)
        else:
            out.append("-")
    return re.sub(r"-+", "-", "".join(out)).strip("-")


def fmt_num(x):
    """Plain decimal-point representation without exponent or trailing zeros."""
    if isinstance(x, bool):
        x = int(x)
    if isinstance(x, int):
        return str(x)
    s = repr(float(x))
    if "e" in s or "E" in s:
        s = "{:f}".format(x)
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


def decimals_of(x):
    s = fmt_num(x)
    return len(s.split(".")[1]) if "." in s else 0


NUM_RE = re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?")


def numbers_in(raw):
    return [float(m.group(0).replace(" ", "").replace("\u00a0", "").replace("\u202f", "").replace(",", "."))
            for m in NUM_RE.finditer(raw)]


NUMBER_WORDS = re.compile(
    r"\b(одн[аоиу]?|один|одного|два|две|двух|три|тр[её]х|четыре|пять|пяти|шесть|шести|семь|восемь|"
    r"восьми|девять|девяти|десять|одиннадцать|тысяч[иау]?|перв[оы][ейм]|втор[оы][ейм]|трет[ьи][еемй])",
    re.I)


def unit_of(u):
    u = (u or "").strip().lower()
    direct = {"percent", "persons", "count", "score", "rubles", "ratio", "places", "rank", "years",
              "thousand_rubles", "million_rubles", "yes_no"}
    if u in direct:
        return u
    if "thousand rubles" in u:
        return "thousand_rubles"
    if "million rubles" in u:
        return "million_rubles"
    if "rank" in u:
        return "rank"
    if "boolean" in u or "yes/no" in u:
        return "yes_no"
    if u.startswith("other:years"):
        return "years"
    return "other"  # qualitative, Mbit/s, percent change, composite "count and percent", ...


def csv_text(header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(header)
    for r in rows:
        w.writerow(["" if r.get(h) is None else re.sub(r"\s+", " ", str(r.get(h))).strip() for h in header])
    return buf.getvalue()


def write_csv(name, header, rows):
    with open(os.path.join(OUT_DIR, name), "w", encoding="utf-8", newline="") as f:
        f.write(csv_text(header, rows))


# --------------------------------------------------------------------------------------
# Organizations
# --------------------------------------------------------------------------------------
EXCLUDE_ORG = re.compile(
    r"Министерств|Рособрнадзор|Роспотребнадзор|Управа|Дума|Профсоюз|ООО|ОАО|УМВД|Общественные организации|"
    r"университет|колледж|институт|Институт|ФГБНУ|ФГАОУ|ГБУ РД|АНО |Государственное образовательное|"
    r"Администрация|Отделение|Региональный|Региональн|Кузбасский|Федеральная служба|Территориальные|"
    r"^Муниципальные (?!организации, осуществляющие)|Школы с низкими|Опорные площадки|Центры «Точка роста»|"
    r"Консультационные центры|ПДН|Социальные партнеры|ВДЮВПОД|Профессиональные образовательные|"
    r"Информационные системы|Минобрнауки|Точка роста|Межшкольные|Дошкольные образовательные организации|Учреждения дополнительного|"
    r"Общеобразовательные организации г\.|Совет молодых|Городская детская организация|Детский технопарк «Кванториум»; |"
    r"Гуманитарная школа|Физико-математическая школа|детских домов|детей-сирот|Муниципальные организации")

ORG_TYPE = {"school": "school", "kindergarten": "kindergarten", "additional education": "additional_education",
            "methodological center": "other", "other": "other", "college": "college"}

# Explicit codes for organizations whose names do not follow "<kind> № N".
ORG_CODE_OVERRIDE = {
    ("kaluga", "Начальная школа № 17"): "primary-school-17",
    ("kaluga", "МБОУ ДО ДЮЦКО «Галактика»"): "galaktika",
    ("kaluga", "НСП «Детский технопарк «Кванториум»"): "kvantorium",
    ("kaluga", "МБОУ ДО «Центр развития творчества"): "sozvezdie",
    ("kaluga", "МБОУ ДО «ДООЦ «Белка»"): "belka",
    ("kaluga", "Центр цифрового образования «IT-куб»"): "it-cube",
    ("kaluga", "МБУ «Центр психолого-педагогической"): "strategiya",
    ("kaluga", "МКУ «Центр бухгалтерского учета"): "accounting-centre",
    ("kaluga", "МБДОУ «Детство»"): "kindergarten-detstvo",
    ("kaluga", "МБДОУ «Россиянка»"): "kindergarten-rossiyanka",
    ("kaluga", "НСП «Кнопочка»"): "kindergarten-knopochka",
    ("kemerovo", "МБОУ ДПО «Научно-методический центр»"): "nmc",
    ("kemerovo", "МАУ «Оздоровительный комплекс «Отдых»"): "otdykh",
    ("kemerovo", "МБУ «Комбинат питания"): "kombinat-pitaniya",
    ("kemerovo", "МАУ «Школьное питание»"): "shkolnoe-pitanie",
    ("kemerovo", "МКУ «Центр технического обслуживания"): "tech-service-centre",
    ("kemerovo", "МБУ «Централизованная бухгалтерия"): "accounting-centre",
    ("kemerovo", "МБОУ «Общеобразовательная школа психолого-педагогической поддержки № 104»"): "school-104",
    ("kemerovo", "Городской классический лицей"): "gorodskoy-klassicheskiy-litsey",
    ("kemerovo", "Муниципальный центр выявления"): "nitka-42",
    ("kemerovo", "Муниципальный центр наставничества"): "mentoring-centre",
    ("kemerovo", "Муниципальный профориентационный центр «Навигатор»"): "navigator",
    ("kemerovo", "Муниципальные организации, осуществляющие обучение, для детей-сирот"): None,
    ("derbent", "МБОУ ГКОУ РД \"Дербентская школа-интернат №2\""): "boarding-school-2",
    ("derbent", "МБОУ «ДКШИ»"): "dkshi",
    ("derbent", "Зональный центр военно-патриотического воспитания «Авангард»"): "avangard",
    ("tula", "Муниципальное казённое учреждение «Центр непрерывного"): "cnppm",
    ("tula", "МБУ ДО «Центр ППСС»"): "centr-ppss",
    ("tula", "МБУДО «ЦДЮТиПВ»"): "cdyutipv",
    ("tula", "МБУДО «ГЦРиНТТДиЮ»"): "gtsrintdiyu",
    ("tula", "межшкольный учебный комбинат"): "interschool-training-complex",
    ("tula", "вечерняя общеобразовательная школа"): "evening-school",
    ("tula", "МБОУ «Плехановская НОШ»"): "plekhanovskaya-nosh",
    ("tula", "МБОУ ЦО-гимназия № 11"): "co-11",
    ("tula", "МБОУ ЦО-гимназия № 1 (Г1)"): "gymnasium-1",
    ("tula", "МБОУ «Гуманитарно-математический лицей»"): "gml",
    ("tula", "детский сад, ул. Серебровская"): "kindergarten-serebrovskaya-24",
    ("tula", "детский сад, жилой комплекс «Солнечный»"): "kindergarten-solnechny",
    ("tula", "школа на 600 мест"): "school-vremena-goda",
}

# Words in a scope that identify an organization: municipality -> list of (regex, code).
ORG_ALIASES = {
    "kaluga": [(r"Кванториум", "kvantorium"), (r"IT-куб", "it-cube"), (r"Галактика", "galaktika"),
               (r"Созвездие", "sozvezdie"), (r"«Белка»", "belka"), (r"Стратеги", "strategiya"),
               (r"СпортиЯ", "school-45")],
    "kemerovo": [(r"Научно-методический центр", "nmc"), (r"поддержки № 104", "school-104"), (r"НИТКА", "nitka-42")],
    "derbent": [],
    "tula": [(r"ВОШ", "evening-school"), (r"ЦНППМ", "cnppm")],
}
# When a scope names a sub-unit and its host, the sub-unit wins.
ORG_PREFER = {("kvantorium", "galaktika"), ("it-cube", "school-13"), ("school-45", "school-45")}


def org_code(mun, name):
    for (m, prefix), code in ORG_CODE_OVERRIDE.items():
        if m == mun and name.startswith(prefix):
            return code, True
    n = re.search(r"№\s*(\d+)", name)
    low = name.lower()
    if n:
        num = n.group(1)
        if "мбдоу" in low or "детский сад" in low:
            return "kindergarten-" + num, False
        if "центр образования" in low or re.search(r"\bцо\b", low):
            return "co-" + num, False
        if "лицей" in low:
            return "lyceum-" + num, False
        if "гимназия" in low:
            return "gymnasium-" + num, False
        return "school-" + num, False
    q = re.findall(r"«([^»]+)»", name)
    return slugify(q[-1] if q else name)[:40], False


def build_orgs(mun, data, report):
    orgs = []
    seen = set()
    for o in data["organizations"]:
        name = o["name_ru"].strip()
        code, explicit = org_code(mun, name)
        if code is None or o["type"] == "department" or (not explicit and EXCLUDE_ORG.search(name)):
            report["orgs_excluded"][mun].append(name)
            continue
        base, k = code, 2
        while code in seen:
            code = "%s-%d" % (base, k)
            k += 1
        seen.add(code)
        t = ORG_TYPE.get(o["type"], "other")
        if code.startswith("kindergarten-"):
            t = "kindergarten"
        orgs.append({"municipality": mun, "code": code, "name": name, "type": t})
    return orgs


def find_org(mun, scope, org_codes):
    """Return the single organization a scope names, or None (several, none, or a list)."""
    s = scope
    if re.search(r"№№|№\s*\d+\s*(,|и)\s*\d|\bи\s+\d+\s+(МОУ|МБОУ)|each|каждом|все ", s):
        return None
    found = []
    for m in re.finditer(r"(МБДОУ|МБОУ|МОУ|МАОУ|ОУ|СОШ|школ[аыу]|Лицей|лицей|лицея|Гимназия|гимназии|ЦО|"
                         r"Центр образования)\s*[«\"]?(?:СОШ|Лицей|Гимназия|ЦО|Центр образования)?\s*№\s*(\d+)", s):
        kind, num = m.group(1), m.group(2)
        if kind == "МБДОУ":
            cands = ["kindergarten-" + num]
        elif kind in ("ЦО", "Центр образования"):
            cands = ["co-" + num]
        elif kind.lower().startswith("лице"):
            cands = ["lyceum-" + num, "school-" + num]
        elif kind.lower().startswith("гимнази"):
            cands = ["gymnasium-" + num, "school-" + num]
        else:
            cands = ["school-" + num, "lyceum-" + num, "gymnasium-" + num, "co-" + num]
        hit = next((c for c in cands if c in org_codes), None)
        found.append(hit or "?")
    for rx, code in ORG_ALIASES.get(mun, []):
        if re.search(rx, s):
            found.append(code)
    found = sorted(set(found))
    if len(found) == 2:
        for a, b in ORG_PREFER:
            if set(found) == {a, b}:
                found = [a]
    if len(found) != 1 or found[0] == "?" or found[0] not in org_codes:
        return None
    return found[0]


# --------------------------------------------------------------------------------------
# Qualifiers and comparators
# --------------------------------------------------------------------------------------
APPROX_RE = re.compile(r"(около|примерно|порядка|приблизительно|почти|≈|~)", re.I)
GE_RE = re.compile(r"не\s+менее|не\s+ниже|не\s+меньше", re.I)
LE_RE = re.compile(r"не\s+более|не\s+выше|не\s+больше", re.I)


def qualifier_of(raw):
    r = raw.replace("\u00a0", " ")
    if APPROX_RE.search(r):
        return "approx"
    if re.search(r"не\s+(более|больше|выше)\s+(чем\s+)?\d", r, re.I):
        return "at_most"
    if re.search(r"не\s+(менее|меньше|ниже)\s+(чем\s+)?(в\s+)?\d", r, re.I):
        return "at_least"
    if re.search(r"(?<!не )(более|свыше|больше)\s+(чем\s+)?\d", r, re.I):
        return "at_least"
    if re.search(r"(?<!не )(менее|меньше)\s+(чем\s+)?\d", r, re.I):
        return "at_most"
    return "exact"


def comparator_of(raw, polarity_known, polarity):
    r = raw.replace("\u00a0", " ")
    if GE_RE.search(r):
        return "ge", "оператор из текста («не менее»)"
    if LE_RE.search(r):
        return "le", "оператор из текста («не более»)"
    if polarity_known:
        return ("ge", "оператор в тексте не указан: ge по полярности (выше — лучше)") if polarity == "higher" \
            else ("le", "оператор в тексте не указан: le по полярности (ниже — лучше)")
    return "eq", "оператор в тексте не указан, полярность неизвестна: eq"


# --------------------------------------------------------------------------------------
# Category (disaggregation) from the extraction's free-text scope
# --------------------------------------------------------------------------------------
# parenthetical remarks of the extractor (removed from a category)
ANNOT_RE = re.compile(
    r"printed|recorded|derived|inconsistent|differing|repeated|lower bound|upper bound|approximate|"
    r"year not stated|previous year|implied|as of|по состоянию|на начало|column|figure|presumably|probably|"
    r"ambiguous|consistent with|reported as|not held|as stated|cell|value as|school year|academic year|"
    r"^\s*\d{4}(\s*г\.?)?\s*$|^\s*\d{4}\s*[-–/]\s*\d{2,4}\s*$|conducted", re.I)
# whole ';'-separated parts that are only remarks (dropped from a category)
ANNOT_PART_RE = re.compile(
    r"^(figure|second|repeated|lower bound|upper bound|approximate|year not stated|column|printed|value as|"
    r"as of|по состоянию|на начало|previous year|presumably|probably|recorded as|'не|minimum|plan$|"
    r"\d{4}(\s*г\.?)?$|school year|academic year|total for|in \d{4}-\d{4} GIA|text statement)", re.I)
TOTAL_RE = re.compile(r"^(total|all sources|all subjects \(total\)|all institutions|всего|all municipal education system|"
                      r"whole municipality.*|город Калуга \(муниципалитет в целом\)|г\. Дербент \(городской округ\), весь муниципалитет)$",
                      re.I)
YEAR_PAREN_RE = re.compile(r"\s*\((?:school year\s*)?\d{4}(?:[-/–]\d{2,4})?(?:\s*г\.?)?\)")


def split_top(text, sep=";"):
    parts, depth, cur = [], 0, []
    for ch in text:
        if ch in "(«":
            depth += 1
        elif ch in ")»":
            depth = max(0, depth - 1)
        if ch == sep and depth == 0:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur))
    return parts


def clean_part(p):
    prev = None
    while prev != p:
        prev = p
        p = re.sub(r"(\s*)\(([^()]*)\)", lambda m: "" if ANNOT_RE.search(m.group(2))
                   else m.group(1) + "\x00" + m.group(2) + "\x01", p)
    p = p.replace("\x00", "(").replace("\x01", ")")
    p = re.sub(r",?\s*(school year|учебн\w* год\w*)\s*\d{4}\s*[-–/]\s*\d{2,4}", "", p, flags=re.I)
    return p.strip(" ,.;")


def scope_parts(scope):
    parts = []
    for p in split_top(scope or ""):
        p = clean_part(p.strip())
        if p and not ANNOT_PART_RE.search(p):
            parts.append(p)
    return parts


def shorten(text, limit=120):
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;—-") + "…"


# --------------------------------------------------------------------------------------
# Conversion
# --------------------------------------------------------------------------------------
SECTION_PRIORITY = {"target table": 0, "passport (project goal)": 1, "passport": 1, "roadmap": 2,
                    "analytical note": 3, "funding table": 4, "SWOT analysis": 5, None: 0}


def src(file, line):
    return "%s.txt, строка %s" % (file, line) if line else "%s.txt" % file


def new_report():
    return {k: collections.defaultdict(list) for k in (
        "orgs_excluded", "ind_dropped_qualitative", "ind_kept_key_no_figures", "ind_polarity_default",
        "ind_level_demoted", "ind_level_org", "skip_null_year", "skip_forecast",
        "skip_percent_range", "skip_non_numeric", "skip_yes_no_range", "dup_values_same_figure",
        "dup_values_conflict", "dup_targets_same_figure", "dup_targets_conflict",
        "approx", "at_least", "at_most", "normalised", "baseline_year_inferred", "cmp_explicit",
        "cmp_polarity", "cmp_eq", "derived_value", "org_assigned", "numden", "ind_unit_other")}


def convert_municipality(mun, file, data, lines, report):
    orgs = build_orgs(mun, data, report)
    org_codes = {o["code"] for o in orgs}
    indicators, values, targets = [], [], []
    used_codes = set()

    for pos, ind in enumerate(data["indicators"], start=1):
        numeric = [v for v in ind["values"] if isinstance(v.get("value"), (int, float))
                   and not isinstance(v.get("value"), bool)]
        is_key = ind["id"] in KEY_WITHOUT_FIGURES.get(mun, set())
        if not numeric and not is_key:
            report["ind_dropped_qualitative"][mun].append(ind["id"])
            continue
        if is_key and not numeric:
            report["ind_kept_key_no_figures"][mun].append(ind["id"])
        code = "%s-%s" % (mun, ind["code"].strip().rstrip(".")) if ind.get("code") else "%s-%d" % (mun, pos)
        assert code not in used_codes, code
        used_codes.add(code)
        unit = unit_of(ind.get("unit"))
        if unit == "other":
            report["ind_unit_other"][mun].append("%s (%s)" % (code, ind.get("unit")))
        if ind.get("higher_is_better") is True:
            polarity, pknown = "higher", True
        elif ind.get("higher_is_better") is False:
            polarity, pknown = "lower", True
        else:
            polarity, pknown = "higher", False
            report["ind_polarity_default"][mun].append(code)

        # ---- candidate rows ------------------------------------------------------------
        first_target_year = min((v["year"] for v in numeric if v["kind"] == "target" and v["year"]), default=None)
        vals, tgts = [], []
        for v in numeric:
            raw = (v.get("raw") or "").strip()
            value = v["value"]
            where = "%s %s, строка %s: %s «%s»" % (code, v.get("year"), v.get("line"), fmt_num(value), raw)
            if v["kind"] == "forecast":
                report["skip_forecast"][mun].append(where)
                continue
            year = v.get("year")
            notes = []
            if year is None:
                if v["kind"] == "baseline" and first_target_year:
                    year = first_target_year - 1
                    report["baseline_year_inferred"][mun].append(code)
                    notes.append("год базового значения в документе не указан; принят %d (год перед первым "
                                 "плановым годом)" % year)
                else:
                    report["skip_null_year"][mun].append(where)
                    continue
            if unit == "percent" and not (0 <= value <= 100):
                report["skip_percent_range"][mun].append(where)
                continue
            if unit == "yes_no" and value not in (0, 1):
                report["skip_yes_no_range"][mun].append(where)
                continue
            nums = numbers_in(raw)
            if not nums and not NUMBER_WORDS.search(raw):
                report["skip_non_numeric"][mun].append(where)
                continue
            if float(value) not in nums:
                report["derived_value"][mun].append(where)
                notes.append("число выведено при извлечении (словами или подсчётом по списку)")
            if re.search(r"\d[ \u00a0\u202f]\d{3}|\d,\d", raw):
                report["normalised"][mun].append(where)
            if v.get("note"):
                notes.append(v["note"].strip())
            sus = SUSPICIOUS.get((mun, ind["id"], v.get("line"), year))
            if sus:
                notes.append(sus)
            row = {"v": v, "year": year, "value": value, "raw": raw, "notes": notes,
                   "section": v.get("section"), "line": v.get("line") or 0, "scope": v.get("scope") or ""}
            (vals if v["kind"] == "actual" else tgts).append(row)

        # ---- organizations -------------------------------------------------------------
        rows_all = vals + tgts
        org_level = False
        if ind.get("level") == "organization" and rows_all:
            found = [find_org(mun, r["scope"], org_codes) for r in rows_all]
            if all(found):
                org_level = True
                for r, o in zip(rows_all, found):
                    r["org"] = o
                report["ind_level_org"][mun].append(code)
                report["org_assigned"][mun].extend([code] * len(rows_all))
            else:
                report["ind_level_demoted"][mun].append(code)
        for r in rows_all:
            r.setdefault("org", "")

        # ---- categories for values ---------------------------------------------------
        def key_of(r):
            return (r["org"], r["year"])
        counts = collections.Counter(key_of(r) for r in vals)
        if any(c > 1 for c in counts.values()):
            plist = [scope_parts(r["scope"]) for r in vals]
            common = set(plist[0]).intersection(*map(set, plist[1:])) if plist else set()
            for r, parts in zip(vals, plist):
                cat = "; ".join(p for p in parts if p not in common and not TOTAL_RE.match(p))
                if r["org"] and " — " in cat:
                    cat = cat.split(" — ", 1)[1]
                r["category"] = shorten(cat)
        for r in vals:
            r.setdefault("category", "")
            for rx, new in CATEGORY_RENAME.get((mun, ind["id"]), []):
                if re.match(rx, r["category"]):
                    r["category"] = new
            forced = SAME_KEY.get((mun, ind["id"], r["line"]))
            if forced is not None:
                r["category"] = forced

        # ---- duplicates: one row per natural key ---------------------------------------
        def dedupe(rows, keyf, sortf, bucket):
            groups = collections.OrderedDict()
            for r in sorted(rows, key=sortf):
                groups.setdefault(keyf(r), []).append(r)
            kept = []
            for k, g in groups.items():
                win = g[0]
                if len(g) > 1:
                    others = []
                    for o in g[1:]:
                        label = fmt_num(o["value"])
                        if o["section"]:
                            label += " (%s, строка %s" % (o["section"], o["line"])
                        else:
                            label += " (строка %s" % o["line"]
                        label += ("; %s)" % shorten(o["scope"], 80)) if o["scope"] != win["scope"] else ")"
                        others.append(label)
                    same = all(o["value"] == win["value"] for o in g[1:])
                    win["notes"].append(("то же значение также: " if same else "в документе есть другие цифры: ")
                                        + "; ".join(others))
                    report[bucket + ("_same_figure" if same else "_conflict")][mun].append("%s %s: оставлено %s (строка %s), отброшено %s" % (
                        code, k[-1] if not isinstance(k[-1], str) else k, fmt_num(win["value"]), win["line"],
                        ", ".join(fmt_num(o["value"]) for o in g[1:])))
                kept.append(win)
            return kept

        vals = dedupe(vals, lambda r: (r["org"], r["year"], r["category"]),
                      lambda r: (r["year"], r["org"], r["category"], r["line"]), "dup_values")
        total_first = lambda r: 0 if TOTAL_RE.match(r["scope"].split(";")[0].strip()) else 1
        tgts = dedupe(tgts, lambda r: (r["org"], r["year"], r["v"]["kind"]),
                      lambda r: (r["year"], r["org"], r["v"]["kind"], SECTION_PRIORITY.get(r["section"], 9),
                                 total_first(r), r["line"]), "dup_targets")

        # ---- emit ----------------------------------------------------------------------
        decimals = 0
        for r in vals:
            raw = r["raw"]
            q = qualifier_of(raw)
            if q != "exact":
                report[q][mun].append("%s %s: «%s»" % (code, r["year"], raw))
            comment = []
            if raw and raw != fmt_num(r["value"]) and raw.replace(",", ".") != fmt_num(r["value"]):
                comment.append("в тексте: «%s»" % shorten(raw, 160))
            if not r["category"] and r["scope"] and not TOTAL_RE.match(r["scope"].split(";")[0].strip()):
                comment.append("охват: %s" % shorten(r["scope"], 160))
            comment.extend(r["notes"])
            num = den = ""
            m = re.search(r"(\d+)\s+из\s+(\d+)", raw)
            if unit == "percent" and m and int(m.group(2)) > 0:
                num, den = m.group(1), m.group(2)
                report["numden"][mun].append(code)
            decimals = max(decimals, decimals_of(r["value"]))
            values.append({"municipality": mun, "indicator": code, "year": r["year"], "value": fmt_num(r["value"]),
                           "organization": r["org"], "period": "", "category": r["category"], "qualifier": q,
                           "numerator": num, "denominator": den, "comment": " | ".join(comment),
                           "source": src(file, r["line"])})
        for r in tgts:
            kind = r["v"]["kind"]
            comment = []
            if kind == "baseline":
                cmp_ = "eq"
            else:
                cmp_, why = comparator_of(r["raw"], pknown, polarity)
                comment.append(why)
                report["cmp_explicit" if "из текста" in why else ("cmp_polarity" if cmp_ != "eq" else "cmp_eq")][mun] \
                    .append("%s %s" % (code, r["year"]))
            raw = r["raw"]
            if raw and raw != fmt_num(r["value"]) and raw.replace(",", ".") != fmt_num(r["value"]):
                comment.insert(0, "в тексте: «%s»" % shorten(raw, 160))
            if r["section"]:
                comment.append("раздел: %s" % r["section"])
            if r["scope"] and not TOTAL_RE.match(r["scope"].split(";")[0].strip()):
                comment.append("охват: %s" % shorten(r["scope"], 160))
            comment.extend(r["notes"])
            decimals = max(decimals, decimals_of(r["value"]))
            targets.append({"municipality": mun, "indicator": code, "year": r["year"], "value": fmt_num(r["value"]),
                            "comparator": cmp_, "value_to": "", "kind": kind, "organization": r["org"],
                            "comment": " | ".join(comment), "source": src(file, r["line"])})

        # ---- indicator row -------------------------------------------------------------
        scale_min = scale_max = ""
        desc = []
        if ind.get("scale_ru"):
            desc.append(ind["scale_ru"].strip())
            ms = re.findall(r"(\d+(?:,\d+)?)\s*(?:балл\w*)?\s*[–-]\s*очень", ind["scale_ru"])
            if len(ms) == 2:
                lo, hi = sorted(float(x.replace(",", ".")) for x in ms)
                all_v = [float(r["value"]) for r in vals + tgts]
                if all(lo <= x <= hi for x in all_v) and "менее" not in ind["scale_ru"]:
                    scale_min, scale_max = fmt_num(lo if lo % 1 else int(lo)), fmt_num(hi if hi % 1 else int(hi))
        if ind.get("data_source_ru"):
            desc.append("Источник данных: " + data_source(code, ind["data_source_ru"]))
        if ind.get("notes"):
            desc.append("Замечания извлечения: " + ind["notes"].strip())
        if not pknown:
            desc.append("Полярность в документе не указана; принято «выше — лучше» по умолчанию.")
        if ind.get("unit", "").startswith("other:"):
            desc.append("Единица в извлечении: " + ind["unit"])
        desc.append("seed id: %s" % ind["id"])
        per = ind.get("periodicity")
        scopes = " ".join(v.get("scope") or "" for v in ind["values"])
        if per in ("quarterly",):
            periodicity = "quarter"
        elif re.search(r"school year|учебн|уч\.\s*год|\d{4}/\d{2,4}|\d{4}-\d{4}", scopes):
            periodicity = "school_year"
        else:
            periodicity = "calendar_year"
        line = ind.get("definition_line") or (min((v["line"] for v in ind["values"] if v.get("line")), default=None))
        level = "organization" if org_level or (ind.get("level") == "organization" and not rows_all) else "municipality"
        indicators.append({
            "code": code, "name_ru": ind["name_ru"].strip(), "name_en": (ind.get("name_en") or "").strip(),
            "area": (ind.get("direction_ru") or "").strip(), "polarity": polarity, "unit": unit,
            "decimals": decimals, "level": level, "periodicity": periodicity,
            "scale_min": scale_min, "scale_max": scale_max, "description": " ".join(desc),
            "formula": (ind.get("formula_ru") or "").strip(), "source": src(file, line)})
    return orgs, indicators, values, targets


# Kemerovo's roadmap rows are activities of the plan kemerovo-2022-2025 (plans/kemerovo-2022-2025.csv, made by
# plans/extract.py): an indicator an activity links keeps the activity's title as its data source, and the deadline,
# the responsible and the expected result are read from the activity instead of being copied into the description.
PLAN_FILE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "plans", "kemerovo-2022-2025.csv")
ROADMAP_SOURCE = re.compile(r"^Дорожная карта \(стр\. (\d+)\): ([^|]*)\|")


def plan_links():
    links = {}
    if os.path.exists(PLAN_FILE):
        with open(PLAN_FILE, encoding="utf-8") as f:
            for r in csv.DictReader(f):
                if r["kind"] != "activity":
                    continue
                for c in filter(None, r["indicators"].split("|")):
                    links.setdefault(c, (r["plan"], r["code"]))
    return links


PLAN_LINKS = plan_links()


def data_source(code, text):
    text = text.strip()
    if code not in PLAN_LINKS:
        return text
    plan, activity = PLAN_LINKS[code]
    m = ROADMAP_SOURCE.match(text)
    if m:
        head = "мероприятие дорожной карты «%s» (строка %s)" % (m.group(2).strip(), m.group(1))
    else:
        head = text.split(" — ")[0].strip()
    return "%s; срок, ответственные и ожидаемый результат — в плане %s, мероприятие %s" % (head, plan, activity)


def natural_sort_key(s):
    return [int(t) if t.isdigit() else t for t in re.split(r"(\d+)", str(s))]


# --------------------------------------------------------------------------------------
# Common catalogue: indicators that several documents report with the same meaning.
# Each common indicator mirrors value rows (and target/baseline rows) already emitted for a
# municipality's own indicator; the own rows stay. Nothing is derived or re-dated here.
# --------------------------------------------------------------------------------------
COMMON_AREA = "Общие показатели"
# code: (name_ru, name_en, unit, polarity, description)
COMMON_INDICATORS = [
    ("common-pupils", "Численность обучающихся муниципальных общеобразовательных организаций",
     "Number of pupils in municipal general-education organisations", "persons", "higher",
     "Контингент школ муниципалитета (все общеобразовательные организации)."),
    ("common-schools", "Количество муниципальных общеобразовательных организаций",
     "Number of municipal general-education organisations (schools)", "count", "higher",
     "Число школ муниципалитета. Тула: «61 организация, реализующая общеобразовательные и дошкольные "
     "программы» (включая 2 лицея и 3 гимназии)."),
    ("common-preschool-children", "Численность детей, получающих дошкольное образование в муниципальных организациях",
     "Number of children in municipal preschool education", "persons", "higher",
     "Дербент: дети 2 мес.–8 лет, получающие дошкольное образование; Калуга, Тула: посещающие "
     "муниципальные ДОО / организации с программами дошкольного образования."),
    ("common-preschool-coverage", "Охват детей дошкольным образованием",
     "Preschool education coverage of children", "percent", "higher",
     "Доля детей, охваченных дошкольным образованием. Возрастной охват в документах разный: Калуга не "
     "указывает, Дербент — 2 мес.–8 лет (KPI 3.5). Кемерово (86,6 % детей 1,5–8 лет) без года — не перенесено."),
    ("common-additional-education-coverage", "Доля детей в возрасте от 5 до 18 лет, охваченных дополнительным образованием",
     "Share of children aged 5-18 covered by additional education", "percent", "higher",
     "Федеральный показатель охвата 5–18 лет. Не перенесены: Тула 2.12 (доля обучающихся в кружках "
     "системы ДО, 16–21 %, другая база) и Дербент 2.4 (регистрация в «Навигаторе»)."),
    ("common-ege-100-results", "Количество стобалльных результатов ЕГЭ",
     "Number of 100-point EGE results", "count", "higher",
     "Все предметы. Кемерово считает выпускников со 100 баллами («получили 37 человек»); в разбивке по "
     "предметам их сумма равна числу результатов."),
    ("common-ege-avg-russian", "Средний балл ЕГЭ по русскому языку",
     "Average EGE score in Russian language", "score", "higher", "Средний тестовый балл (100-балльная шкала)."),
    ("common-ege-avg-math-profile", "Средний балл ЕГЭ по математике (профильный уровень)",
     "Average EGE score in mathematics (profile level)", "score", "higher",
     "Средний тестовый балл (100-балльная шкала)."),
    ("common-medalists", "Количество выпускников 11-х классов, награждённых медалью «За особые успехи в учении»",
     "Number of grade-11 graduates awarded the medal «For special achievements in learning»", "persons", "higher",
     "Тула: «аттестаты с отличием и медали «За особые успехи в учении»» (медаль вручается вместе с аттестатом с отличием)."),
    ("common-teachers-category-share", "Доля педагогических работников с первой или высшей квалификационной категорией",
     "Share of teachers with the first or highest qualification category", "percent", "higher",
     "Дербент: факт — «педагоги, имеющие квалификационную категорию» (% от общего числа), цели — KPI 3.6; "
     "Кемерово: исходное значение и цели показателя 13 таблицы целевых показателей."),
    ("common-teacher-salary-school", "Средняя заработная плата педагогических работников общеобразовательных организаций",
     "Average monthly salary of teaching staff of general-education organisations", "rubles", "higher",
     "Рублей в месяц. Кемерово приводит отдельно зарплату учителей (kemerovo-153), здесь — всех педработников."),
    ("common-teacher-salary-preschool", "Средняя заработная плата педагогических работников дошкольных образовательных организаций",
     "Average monthly salary of teaching staff of preschool organisations", "rubles", "higher", "Рублей в месяц."),
]

# common code -> [(municipality, own indicator, category of the own value rows ('' = total), note)]
COMMON_MAP = {
    "common-pupils": [("kaluga", "kaluga-3", ""), ("tula", "tula-3", "")],
    "common-schools": [("kaluga", "kaluga-2", ""),
                       ("tula", "tula-2", "organizations implementing general and preschool programmes")],
    "common-preschool-children": [("kaluga", "kaluga-5", ""), ("derbent", "derbent-50", ""), ("tula", "tula-4", "")],
    "common-preschool-coverage": [("kaluga", "kaluga-14", ""), ("derbent", "derbent-51", ""),
                                  ("derbent", "derbent-3.5", None)],
    "common-additional-education-coverage": [("kaluga", "kaluga-115", None), ("kemerovo", "kemerovo-81", "")],
    "common-ege-100-results": [("kaluga", "kaluga-56", ""), ("kemerovo", "kemerovo-128", ""), ("tula", "tula-45", "")],
    "common-ege-avg-russian": [("derbent", "derbent-8", "Русский язык"), ("kemerovo", "kemerovo-121", "Russian language"),
                               ("tula", "tula-38", "Russian language")],
    "common-ege-avg-math-profile": [("derbent", "derbent-8", "Математика профильная"),
                                    ("kemerovo", "kemerovo-121", "Mathematics (profile level)"),
                                    ("tula", "tula-38", "Mathematics, profile level")],
    "common-medalists": [("kaluga", "kaluga-50", ""), ("tula", "tula-44", "")],
    "common-teachers-category-share": [("derbent", "derbent-53", ""), ("derbent", "derbent-3.6", None),
                                       ("kemerovo", "kemerovo-66", None)],
    "common-teacher-salary-school": [("kaluga", "kaluga-11", ""), ("kemerovo", "kemerovo-152", "")],
    "common-teacher-salary-preschool": [("kaluga", "kaluga-10", ""), ("kemerovo", "kemerovo-154", "")],
}
# category None = the own indicator is mapped for its targets/baselines only (no facts of that kind).
COMMON_NOTES = {
    ("common-additional-education-coverage", "kemerovo-81"):
        "иная цифра в документе: kemerovo-137 (аналитическая справка) — 68 % за 2021 и 56 % за 2019, не перенесены",
    ("common-ege-100-results", "kemerovo-128"): "в документе — число выпускников (человек) со 100 баллами",
    ("common-schools", "tula-2"): "61 организация, реализующая общеобразовательные и дошкольные программы",
}


def build_common(indicators, values, targets):
    """Mirror own rows onto the common catalogue; returns (indicators, values, targets, mapping rows)."""
    c_inds, c_vals, c_tgts, mapping = [], [], [], []
    ind_by = {r["code"]: r for r in indicators}
    for code, name_ru, name_en, unit, polarity, desc in COMMON_INDICATORS:
        dec, sources, vals_here = 0, [], []
        for mun, own, cat in COMMON_MAP[code]:
            assert own in ind_by, own
            ou = ind_by[own]["unit"]
            assert ou == unit or {ou, unit} <= {"persons", "count"}, (own, ou, unit)  # both whole counts
            own_name = ind_by[own]["name_ru"]
            vrows = [r for r in values if r["indicator"] == own and not r["organization"]
                     and cat is not None and r["category"] == cat]
            trows = [r for r in targets if r["indicator"] == own and not r["organization"]]
            assert cat is None or vrows, (code, own, cat)
            note = "общий показатель; из показателя %s «%s»" % (own, shorten(own_name, 90))
            if cat:
                note += ", категория «%s»" % cat
            if (code, own) in COMMON_NOTES:
                note += "; " + COMMON_NOTES[(code, own)]
            for r in vrows:
                n = dict(r, indicator=code, category="",
                         comment=" | ".join(x for x in (note, r["comment"]) if x))
                c_vals.append(n)
                vals_here.append(n)
                dec = max(dec, len(r["value"].split(".")[1]) if "." in r["value"] else 0)
            for r in trows:
                c_tgts.append(dict(r, indicator=code, comment=" | ".join(x for x in (note, r["comment"]) if x)))
                dec = max(dec, len(r["value"].split(".")[1]) if "." in r["value"] else 0)
            lines = sorted({r["source"] for r in vrows + trows}, key=natural_sort_key)
            mapping.append((code, mun, own, cat, [r["year"] for r in vrows], sorted({r["year"] for r in trows}), lines))
            sources.append("%s: %s" % (mun, own))
        c_inds.append({
            "code": code, "name_ru": name_ru, "name_en": name_en, "area": COMMON_AREA, "polarity": polarity,
            "unit": unit, "decimals": dec, "level": "municipality", "periodicity": "calendar_year",
            "scale_min": "", "scale_max": "",
            "description": desc + " Общий каталог для сравнения муниципалитетов; значения продублированы из "
                                  "собственных показателей: " + "; ".join(sources) + ".",
            "formula": "", "source": "; ".join(sorted({s.split(",")[0] for m in mapping if m[0] == code for s in m[6]}))})
    return c_inds, c_vals, c_tgts, mapping



# --------------------------------------------------------------------------------------
# Dimensions: the documents' subjects (and grades) onto one controlled list
# --------------------------------------------------------------------------------------
# (code, name_ru, name_en, aliases as printed in the extracts: English of Tula/Kemerovo, Russian of Derbent)
SUBJECTS = [
    ("russian", "Русский язык", "Russian language", ["Russian language", "Русский язык"]),
    ("math", "Математика", "Mathematics", ["Mathematics", "Математика"]),
    ("math_profile", "Математика (профильный уровень)", "Mathematics, profile level",
     ["Mathematics (profile level)", "Mathematics, profile level", "Математика профильная"]),
    ("math_basic", "Математика (базовый уровень)", "Mathematics, basic level",
     ["Mathematics, basic level", "Математика базовая"]),
    ("physics", "Физика", "Physics", ["Physics"]),
    ("chemistry", "Химия", "Chemistry", ["Chemistry"]),
    ("biology", "Биология", "Biology", ["Biology"]),
    ("geography", "География", "Geography", ["Geography"]),
    ("history", "История", "History", ["History"]),
    ("social_studies", "Обществознание", "Social studies", ["Social studies"]),
    ("literature", "Литература", "Literature", ["Literature"]),
    ("informatics", "Информатика и ИКТ", "Informatics and ICT", ["Informatics and ICT"]),
    ("english", "Английский язык", "English", ["English language", "English"]),
    ("french", "Французский язык", "French", ["French language", "French"]),
    ("german", "Немецкий язык", "German", ["German language", "German"]),
    ("foreign_language", "Иностранный язык", "Foreign language", ["Foreign language"]),
    ("world_around", "Окружающий мир", "The world around us", ["The World Around Us (primary science)"]),
]
GRADES = ["4", "5", "6", "9", "10", "11"]
DIMENSIONS = [
    {"code": "subject", "nameRu": "Предмет", "nameEn": "Subject",
     "members": [{"code": c, "nameRu": ru, "nameEn": en} for c, ru, en, _ in SUBJECTS]},
    {"code": "grade", "nameRu": "Класс", "nameEn": "Grade",
     "members": [{"code": g, "nameRu": g + " класс", "nameEn": "Grade " + g} for g in GRADES]},
]
SUBJECT_ALIASES = sorted(((a, c) for c, _, _, aliases in SUBJECTS for a in aliases), key=lambda x: -len(x[0]))
GRADE_PREFIX = re.compile(r"^Grade (\d+),\s*")
GRADE_SUFFIX = re.compile(r",\s*grade (\d+)$")


def dimension_category(text):
    """'Grade 4, Mathematics' -> ({'subject': 'math', 'grade': '4'}, note) or None when it names no subject."""
    dims, rest = {}, text.strip()
    m = GRADE_PREFIX.match(rest) or GRADE_SUFFIX.search(rest)
    if m:
        if m.group(1) not in GRADES:
            return None
        dims["grade"] = m.group(1)
        rest = (rest[:m.start()] + rest[m.end():]).strip()
    for alias, code in SUBJECT_ALIASES:
        if rest == alias or rest.startswith(alias + " (") or rest.startswith(alias + ","):
            dims["subject"] = code
            return dims, rest[len(alias):].strip(" ,")
    return None


def apply_dimensions(indicators, values):
    """Turns the free-text categories of an indicator into subject=...;grade=... when every one of them maps,
    one to one, onto the controlled lists; the category as printed goes to the comment. Returns the report."""
    by_ind = collections.defaultdict(list)
    for r in values:
        if r["category"]:
            by_ind[r["indicator"]].append(r)
    ind_by = {r["code"]: r for r in indicators}
    converted, kept = [], []
    for code in sorted(by_ind, key=natural_sort_key):
        rows = by_ind[code]
        cats = sorted({r["category"] for r in rows})
        mapped = {c: dimension_category(c) for c in cats}
        if all(v is None for v in mapped.values()):
            continue
        canon = {}
        for c, v in mapped.items():
            if v is not None:
                canon[c] = ";".join("%s=%s" % (d, v[0][d]) for d in ("subject", "grade") if d in v[0])
        if any(v is None for v in mapped.values()) or len(set(canon.values())) != len(canon):
            why = ("not every category names a subject" if any(v is None for v in mapped.values())
                   else "two categories map onto the same code")
            kept.append((code, why, cats))
            continue
        dims = [d for d in ("subject", "grade") if any(d in v[0] for v in mapped.values())]
        ind_by[code]["dimensions"] = "|".join(dims)
        for r in rows:
            old = r["category"]
            r["category"] = canon[old]
            r["comment"] = " | ".join(x for x in ("категория в документе: «%s»" % old, r["comment"]) if x)
        converted.append((code, dims, [(c, canon[c]) for c in cats]))
    for r in indicators:
        r.setdefault("dimensions", "")
    return converted, kept


# --------------------------------------------------------------------------------------
# School tier: registers of schools named by the documents, and one school-level series
# --------------------------------------------------------------------------------------
# Registers (groups) that a document names school by school. Tula's document names no school as having low
# results (its section 3.2 describes the work with such schools without a list); Derbent names its flagged
# schools, and Tula names the schools of its PISA sample. (municipality, code, name, year_from, year_to,
# organizations, description with the line of <file>.txt)
GROUPS = [
    ("derbent", "vpr-nonobjective-2021", "Школы с признаками необъективности ВПР (2020/21)", 2021, 2022,
     ["school-4", "school-13", "school-17"],
     "derbent.txt, строка 921: «три школы (МБОУ «СОШ №4», МБОУ «СОШ №17», МБОУ «СОШ №13») попали в список "
     "образовательных организаций, имеющих признаки необъективности по результатам ВПР»; строка 925: дорожные "
     "карты по обеспечению объективности на ВПР-2022"),
    ("derbent", "project-500-plus-2021", "Проект «500+» (школы с низкими образовательными результатами)", 2021, 2021,
     ["boarding-school-2"],
     "derbent.txt, строка 82: «МБОУ ГКОУ РД \"Дербентская школа-интернат №2\" включена в проект «500+»»"),
    ("tula", "pisa-2019", "Выборка PISA 2019/20", 2019, 2020,
     ["co-3", "co-17", "co-33", "co-35", "co-40", "co-45"],
     "tula.txt, строка 483: «в 2019-2020 учебном году в соответствии с выборкой приняли участие обучающиеся "
     "МБОУ ЦО №№ 3, 17, 33, 35, 40, 45»"),
]

# No document gives one indicator per school over three years (Tula's and Derbent's exam tables are
# municipal; Kaluga's school figures are single 2020 facts). To show a school against the municipal average
# over three years, derbent-8s holds ILLUSTRATIVE school figures of the EGE average in Russian, marked so in
# the source column: they are not in the document. They are chosen so that the mean of the eight schools is
# exactly the city's figure the document gives (derbent-8, subject=russian: 69, 72, 74 in 2019-2021, lines
# 60-62), and the three flagged schools of the register above start lower and catch up.
SCHOOL_SERIES_INDICATOR = "derbent-8s"
SCHOOL_SERIES_OF = "derbent-8"
SCHOOL_SERIES_SOURCE = ("иллюстративные данные, не из документа: баллы по школам придуманы для демонстрации; "
                        "их среднее равно баллу города (derbent.txt, строки 60-62)")
SCHOOL_SERIES = {  # school -> (2019, 2020, 2021)
    "school-4": (58, 63, 68), "school-13": (60, 64, 69), "school-17": (62, 66, 70),
    "school-8": (74, 76, 77), "school-11": (76, 78, 78), "school-15": (72, 74, 75),
    "school-20": (75, 78, 78), "school-21": (75, 77, 77),
}
SCHOOL_SERIES_YEARS = (2019, 2020, 2021)


def build_school_tier(indicators):
    """The illustrative school-level indicator and its values, and the register rows (one per member)."""
    city = next(r for r in indicators if r["code"] == SCHOOL_SERIES_OF)
    ind = {"code": SCHOOL_SERIES_INDICATOR, "name_ru": "Средний балл ЕГЭ по школе (иллюстрация)",
           "name_en": "Average EGE score per school (illustrative)", "area": city["area"], "polarity": "higher",
           "unit": "score", "decimals": "0", "level": "organization", "periodicity": "calendar_year",
           "scale_min": "0", "scale_max": "100", "dimensions": "subject",
           "description": "Иллюстративный показатель для сравнения школы со средним по городу: документ даёт средний "
                          "балл ЕГЭ только по городу (%s); баллы по школам не из документа, их среднее по восьми "
                          "школам равно баллу города за каждый год." % SCHOOL_SERIES_OF,
           "formula": "Средний тестовый балл ЕГЭ выпускников школы (100-балльная шкала)",
           "source": SCHOOL_SERIES_SOURCE}
    vals = []
    for school, figures in SCHOOL_SERIES.items():
        for year, v in zip(SCHOOL_SERIES_YEARS, figures):
            vals.append({"municipality": "derbent", "indicator": SCHOOL_SERIES_INDICATOR, "year": year,
                         "value": str(v), "organization": school, "period": "", "category": "subject=russian",
                         "qualifier": "exact", "numerator": "", "denominator": "",
                         "comment": "иллюстрация: документ не даёт баллов по школам", "source": SCHOOL_SERIES_SOURCE})
    groups = []
    for mun, code, name, y0, y1, members, desc in GROUPS:
        for n, org in enumerate(members):
            first = n == 0
            groups.append({"municipality": mun, "group": code, "name": name if first else "",
                           "year_from": y0 if first else "", "year_to": y1 if first else "", "organization": org,
                           "description": desc if first else ""})
    return ind, vals, groups


# --------------------------------------------------------------------------------------
# Analysis: Tula's seven criteria of «школы с низкими результатами обучения» as risk rules, a part of its
# head-efficiency rubric as a scorecard, and ILLUSTRATIVE school figures for both
# --------------------------------------------------------------------------------------
# The document defines the criteria (tula.txt, lines 995-1009) and the rubric (lines 1428-1467) but gives no
# figure per school, so the school figures below are made up for the demonstration (source column
# ANALYSIS_SOURCE), chosen by hand so that the rules flag some schools and not others (ANALYSIS_EXPECTED_FLAGS,
# checked below and by DemoAnalysisTest) and the rating has different totals and a tie (HEAD_EXPECTED).
ANALYSIS_SOURCE = ("иллюстративные данные, не из документа: значения по школам придуманы для демонстрации "
                   "правил «школы зоны риска» и рейтинга эффективности руководителей (tula.txt, строки 995-1009, "
                   "1428-1467)")
ANALYSIS_COMMENT = "иллюстрация: документ не даёт значений по школам"
SHNOR_AREA = ("3.2 Управление системой работы со школами с низкими результатами обучения и/или школами, "
              "функционирующими в неблагоприятных социальных условиях")
HEAD_AREA = "4.2 Система мониторинга эффективности руководителей образовательных организаций"
SHNOR_YEARS = (2020, 2021, 2022, 2023)  # school years 2020/21 .. 2023/24, keyed by the starting year
SHNOR_SCHOOLS = ["co-3", "co-6", "co-9", "co-15", "co-21", "co-27", "co-36", "lyceum-2", "gymnasium-1",
                 "plekhanovskaya-nosh"]

# (code, name_ru, name_en, polarity, dimensions, formula)
SHNOR_INDICATORS = [
    ("tula-shnor-vpr-2", "Доля обучающихся, получивших за ВПР оценку «2»", "Share of pupils with «2» in the VPR",
     "lower", "grade", "Процентная доля обучающихся, получивших за ВПР по предметам класса оценку «2»"),
    ("tula-shnor-vpr-5", "Доля обучающихся, получивших за ВПР оценку «5»", "Share of pupils with «5» in the VPR",
     "higher", "grade", "Процентная доля обучающихся, получивших за ВПР по предметам класса оценку «5»"),
    ("tula-shnor-ege-below", "Доля участников ЕГЭ, не преодолевших минимальный балл",
     "Share of EGE participants below the minimum score", "lower", "subject",
     "Процентная доля обучающихся, получивших на ЕГЭ по предмету результат ниже минимально установленного балла"),
    ("tula-shnor-ege-81", "Доля участников ЕГЭ, получивших 81 балл и более",
     "Share of EGE participants scoring 81 or more", "higher", "subject",
     "Процентная доля обучающихся, получивших на ЕГЭ по предмету высокие результаты (81 балл и более)"),
    ("tula-shnor-ege-2", "Доля участников ЕГЭ, получивших оценку «2»", "Share of EGE participants with «2»",
     "lower", "subject", "Процентная доля обучающихся, получивших на ЕГЭ (базовый уровень) оценку «2»"),
    ("tula-shnor-ege-5", "Доля участников ЕГЭ, получивших оценку «5»", "Share of EGE participants with «5»",
     "higher", "subject", "Процентная доля обучающихся, получивших на ЕГЭ (базовый уровень) оценку «5»"),
    ("tula-shnor-oge-2", "Доля участников ОГЭ, получивших оценку «2»", "Share of OGE participants with «2»",
     "lower", "subject", "Процентная доля обучающихся, получивших на ОГЭ по предмету оценку «2»"),
    ("tula-shnor-oge-5", "Доля участников ОГЭ, получивших оценку «5»", "Share of OGE participants with «5»",
     "higher", "subject", "Процентная доля обучающихся, получивших на ОГЭ по предмету оценку «5»"),
    ("tula-shnor-vpr56-2", "Доля обучающихся 5–6 классов, получивших «2» по двум и более ВПР",
     "Share of grade 5-6 pupils with «2» in two or more VPR", "lower", "",
     "Процентная доля обучающихся, получивших по двум и более проверочным работам (ВПР) по предметам «Русский "
     "язык» и/или «Математика» 5, 6 классы оценку «2»"),
    ("tula-shnor-vpr56-5", "Доля обучающихся 5–6 классов, получивших «5» за ВПР",
     "Share of grade 5-6 pupils with «5» in the VPR", "higher", "",
     "Процентная доля обучающихся 5, 6 классов, получивших оценку «5» за ВПР по предметам «Русский язык» и/или "
     "«Математика»"),
]

# The seven criteria (tula.txt, lines 995-1009): (rule code, name, line, window, indicator of the low results,
# indicator of the high results, category, threshold). All: level organization, combine any, preceding years,
# minYears 2 («2 учебных года или более из последних 3», «не менее 2 учебных лет из последних 3», «за два учебных
# года»); the second condition is «отсутствуют обучающиеся, получившие …» (missingOrZero).
SHNOR_CRITERIA = [
    ("tula-shnor-vpr4", "ШНОР: ВПР 4 класс — «2» у 20 % и более и/или нет «5»", 995, 3,
     "tula-shnor-vpr-2", "tula-shnor-vpr-5", "grade=4", 20),
    ("tula-shnor-ege-russian", "ШНОР: ЕГЭ «Русский язык» — ниже минимального балла у 30 % и более и/или нет 81+",
     997, 3, "tula-shnor-ege-below", "tula-shnor-ege-81", "subject=russian", 30),
    ("tula-shnor-ege-math-profile", "ШНОР: ЕГЭ «Математика» (профильный уровень) — ниже минимального балла у 30 % и "
     "более и/или нет 81+", 999, 3, "tula-shnor-ege-below", "tula-shnor-ege-81", "subject=math_profile", 30),
    ("tula-shnor-ege-math-basic", "ШНОР: ЕГЭ «Математика» (базовый уровень) — «2» у 30 % и более и/или нет «5»",
     1001, 3, "tula-shnor-ege-2", "tula-shnor-ege-5", "subject=math_basic", 30),
    ("tula-shnor-oge-math", "ШНОР: ОГЭ «Математика» — «2» у 30 % и более и/или нет «5»", 1005, 3,
     "tula-shnor-oge-2", "tula-shnor-oge-5", "subject=math", 30),
    ("tula-shnor-oge-russian", "ШНОР: ОГЭ «Русский язык» — «2» у 30 % и более и/или нет «5»", 1007, 3,
     "tula-shnor-oge-2", "tula-shnor-oge-5", "subject=russian", 30),
    ("tula-shnor-vpr56", "ШНОР: ВПР 5, 6 классы (русский язык, математика) — «2» по двум и более работам у 30 % и "
     "более и/или нет «5»", 1009, 2, "tula-shnor-vpr56-2", "tula-shnor-vpr56-5", "", 30),
]

# Per criterion and school: (share of low results, share of high results) for 2020/21 .. 2023/24; None: the school
# gave nothing that year (co-9 in 2022/23). EGE in mathematics at the basic level was not held in 2021, so that
# criterion has no 2020/21 figures. Schools not listed for a criterion (plekhanovskaya-nosh, a primary school, for
# everything but grade 4) have no such pupils. «*» marks a year in which the criterion holds.
_ = None
SHNOR_FIGURES = {
    "tula-shnor-vpr4": {
        "co-3": ((12.0, 15.0), (24.0, 6.5), (11.0, 9.0), (20.0, 7.0)),             # * 2021, 2023 (20 is «20 % и более»)
        "co-6": ((26.0, 3.0), (21.5, 2.0), (18.0, 0), (23.0, 1.5)),                # * every year (2022: no «5»)
        "co-9": ((9.0, 12.0), (15.0, 0), _, (22.0, 4.0)),                          # * 2021 (no «5»), 2023; 2022 missing
        "co-15": ((19.9, 5.0), (19.9, 4.0), (25.0, 3.0), (19.5, 6.0)),             # * 2022 only
        "co-21": ((20.5, 3.0), (22.0, 2.5), (14.0, 6.0), (12.0, 8.0)),             # * 2020, 2021 (improved since)
        "co-27": ((8.0, 14.0), (7.5, 16.0), (9.0, 13.0), (8.5, 15.0)),
        "co-36": ((16.0, 7.0), (17.5, 6.0), (13.0, 8.0), (15.0, 9.5)),
        "lyceum-2": ((3.0, 35.0), (2.5, 38.0), (4.0, 33.0), (2.0, 36.5)),
        "gymnasium-1": ((4.5, 31.0), (3.5, 34.0), (3.0, 36.0), (2.5, 40.0)),
        "plekhanovskaya-nosh": ((10.0, 0), (12.5, 12.5), (0, 25.0), (14.3, 0)),   # * 2020, 2023: never 2 in a window
    },
    "tula-shnor-ege-russian": {
        "co-3": ((0, 22.0), (0, 19.0), (0, 24.0), (0, 21.0)),
        "co-6": ((4.0, 0), (3.5, 0), (2.0, 5.0), (5.0, 0)),                        # * 2020, 2021, 2023 (no 81+)
        "co-9": ((0, 12.0), (0, 10.0), _, (0, 14.0)),
        "co-15": ((0, 16.0), (1.0, 13.0), (0, 15.0), (0, 17.0)),
        "co-21": ((0, 8.0), (1.5, 6.0), (0, 0), (0, 9.0)),                         # * 2022 only
        "co-27": ((2.0, 6.0), (0, 7.0), (1.0, 5.0), (0, 8.0)),
        "co-36": ((1.0, 9.0), (0, 11.0), (0, 10.0), (1.0, 12.0)),
        "lyceum-2": ((0, 45.0), (0, 48.0), (0, 41.0), (0, 52.0)),
        "gymnasium-1": ((0, 39.0), (0, 42.0), (0, 44.0), (0, 40.0)),
    },
    "tula-shnor-ege-math-profile": {
        "co-3": ((8.0, 6.0), (6.0, 4.0), (9.0, 5.0), (7.0, 6.0)),
        "co-6": ((35.0, 0), (30.0, 2.0), (28.0, 1.0), (33.0, 0)),                  # * 2020, 2021 (30 edge), 2023
        "co-9": ((12.0, 3.0), (10.0, 2.0), _, (11.0, 4.0)),
        "co-15": ((14.0, 3.0), (15.0, 2.0), (12.0, 2.0), (13.0, 3.0)),
        "co-21": ((16.0, 2.0), (18.0, 1.0), (15.0, 2.0), (14.0, 3.0)),
        "co-27": ((25.0, 0), (31.0, 0), (14.0, 3.0), (18.0, 0)),                   # * 2020, 2021, 2023 (no 81+)
        "co-36": ((22.0, 2.0), (29.9, 1.0), (26.0, 0), (24.0, 3.0)),               # * 2022 only (29.9 < 30)
        "lyceum-2": ((2.0, 21.0), (1.0, 24.0), (3.0, 19.0), (1.0, 26.0)),
        "gymnasium-1": ((3.0, 18.0), (2.0, 20.0), (2.0, 22.0), (1.0, 23.0)),
    },
    "tula-shnor-ege-math-basic": {  # not held in 2021: no 2020/21 figures
        "co-3": (_, (1.0, 38.0), (0, 41.0), (2.0, 36.0)),
        "co-6": (_, (6.0, 8.0), (9.0, 0), (3.0, 10.0)),                            # * 2022 only
        "co-9": (_, (2.0, 30.0), _, (1.0, 33.0)),
        "co-15": (_, (1.0, 35.0), (2.0, 31.0), (0, 37.0)),
        "co-21": (_, (3.0, 27.0), (1.0, 29.0), (2.0, 30.0)),
        "co-27": (_, (4.0, 20.0), (3.0, 22.0), (2.0, 25.0)),
        "co-36": (_, (5.0, 0), (7.0, 0), (4.0, 12.0)),                             # * 2021, 2022 (no «5»)
        "lyceum-2": (_, (0, 60.0), (0, 58.0), (0, 62.0)),
        "gymnasium-1": (_, (0, 55.0), (0, 57.0), (0, 59.0)),
    },
    "tula-shnor-oge-math": {
        "co-3": ((9.0, 12.0), (11.0, 10.0), (8.0, 13.0), (10.0, 11.0)),
        "co-6": ((18.0, 2.0), (31.5, 1.0), (34.0, 0), (27.0, 3.0)),                # * 2021, 2022
        "co-9": ((15.0, 6.0), (12.0, 7.0), _, (31.0, 3.0)),                        # * 2023 only; 2022 missing
        "co-15": ((25.0, 5.0), (28.0, 4.0), (29.5, 6.0), (22.0, 7.0)),             # never (29.5 < 30)
        "co-21": ((30.0, 4.0), (32.0, 2.0), (22.0, 5.0), (20.0, 6.0)),             # * 2020, 2021 (improved since)
        "co-27": ((14.0, 5.0), (16.0, 4.0), (13.0, 6.0), (15.0, 5.0)),
        "co-36": ((17.0, 4.0), (19.0, 3.0), (16.0, 5.0), (18.0, 4.0)),
        "lyceum-2": ((1.0, 48.0), (0, 51.0), (1.0, 47.0), (0, 53.0)),
        "gymnasium-1": ((2.0, 44.0), (1.0, 46.0), (0, 49.0), (1.0, 50.0)),
    },
    "tula-shnor-oge-russian": {
        "co-3": ((2.0, 28.0), (1.0, 30.0), (2.0, 27.0), (1.0, 31.0)),
        "co-6": ((6.0, 9.0), (8.0, 7.0), (7.0, 8.0), (9.0, 6.0)),
        "co-9": ((3.0, 18.0), (5.0, 14.0), _, (4.0, 0)),                           # * 2023 only; 2022 missing
        "co-15": ((4.0, 20.0), (3.0, 22.0), (5.0, 19.0), (4.0, 21.0)),
        "co-21": ((5.0, 16.0), (6.0, 15.0), (4.0, 17.0), (5.0, 18.0)),
        "co-27": ((3.0, 4.0), (2.0, 0), (1.0, 0), (3.0, 4.0)),                     # * 2021, 2022 (no «5»)
        "co-36": ((4.0, 12.0), (5.0, 11.0), (3.0, 13.0), (4.0, 14.0)),
        "lyceum-2": ((0, 62.0), (0, 65.0), (0, 60.0), (0, 66.0)),
        "gymnasium-1": ((0, 58.0), (0, 61.0), (0, 63.0), (0, 60.0)),
    },
    "tula-shnor-vpr56": {  # two preceding school years
        "co-3": ((12.0, 9.0), (11.0, 10.0), (13.0, 8.0), (10.0, 9.0)),
        "co-6": ((28.0, 2.0), (33.0, 1.0), (36.0, 0.5), (31.0, 1.0)),              # * 2021, 2022, 2023
        "co-9": ((15.0, 5.0), (17.0, 4.0), _, (19.0, 0)),                          # * 2023 only; 2022 missing
        "co-15": ((18.0, 6.0), (16.0, 7.0), (17.0, 6.5), (15.0, 7.0)),
        "co-21": ((20.0, 4.0), (22.0, 3.0), (19.0, 5.0), (18.0, 5.5)),
        "co-27": ((10.0, 6.0), (12.0, 5.0), (14.0, 4.0), (30.0, 3.0)),             # * 2023 only (30 edge)
        "co-36": ((21.0, 3.0), (23.0, 2.5), (20.0, 3.5), (22.0, 3.0)),
        "lyceum-2": ((2.0, 28.0), (1.5, 30.0), (2.5, 27.0), (1.0, 31.0)),
        "gymnasium-1": ((3.0, 25.0), (2.5, 27.0), (2.0, 29.0), (2.0, 30.0)),
    },
}
# The schools each rule flags (hand-checked from the table above): identification in 2024/25 looks at 2021/22 ..
# 2023/24 (two years for VPR 5-6), in 2023/24 at 2020/21 .. 2022/23. school -> the years that held.
ANALYSIS_EXPECTED_FLAGS = {
    2024: {
        "tula-shnor-vpr4": {"co-3": [2021, 2023], "co-6": [2021, 2022, 2023], "co-9": [2021, 2023]},
        "tula-shnor-ege-russian": {"co-6": [2021, 2023]},
        "tula-shnor-ege-math-profile": {"co-6": [2021, 2023], "co-27": [2021, 2023]},
        "tula-shnor-ege-math-basic": {"co-36": [2021, 2022]},
        "tula-shnor-oge-math": {"co-6": [2021, 2022]},
        "tula-shnor-oge-russian": {"co-27": [2021, 2022]},
        "tula-shnor-vpr56": {"co-6": [2022, 2023]},
    },
    2023: {
        "tula-shnor-vpr4": {"co-6": [2020, 2021, 2022], "co-21": [2020, 2021]},
        "tula-shnor-ege-russian": {"co-6": [2020, 2021]},
        "tula-shnor-ege-math-profile": {"co-6": [2020, 2021], "co-27": [2020, 2021]},
        "tula-shnor-ege-math-basic": {"co-36": [2021, 2022]},
        "tula-shnor-oge-math": {"co-6": [2021, 2022], "co-21": [2020, 2021]},
        "tula-shnor-oge-russian": {"co-27": [2021, 2022]},
        "tula-shnor-vpr56": {"co-6": [2021, 2022]},
    },
}

# A part of the head-efficiency rubric (tula.txt, lines 1428-1467): (code, name_ru, name_en, unit, polarity,
# decimals, formula, line)
HEAD_YEAR = 2023  # school year 2023/24
HEAD_INDICATORS = [
    ("tula-head-no-certificate", "Доля выпускников, не получивших аттестат о среднем общем образовании",
     "Share of graduates without the secondary school certificate", "percent", "lower", 1,
     "Доля выпускников, не получивших аттестат о среднем общем образовании, от общего числа выпускников", 1434),
    ("tula-head-gia-passed", "Доля выпускников, успешно прошедших ГИА по программам среднего общего образования",
     "Share of graduates who passed the final state examination (secondary)", "percent", "higher", 1,
     "Доля выпускников, успешно прошедших ГИА по образовательным программам среднего общего образования", 1432),
    ("tula-head-ege-100", "Количество выпускников, получивших по результатам ГИА 100 баллов",
     "Graduates with 100 points", "persons", "higher", 0,
     "Число выпускников, прошедших ГИА по программам среднего общего образования и получивших 100 баллов", 1442),
    ("tula-head-ege-80", "Количество выпускников, получивших по результатам ЕГЭ 80 и более баллов",
     "Graduates with 80 or more EGE points", "persons", "higher", 0,
     "Число выпускников ступени среднего общего образования, получивших по результатам ЕГЭ по предметам 80 и более "
     "баллов", 1444),
    ("tula-head-medalists-below-60", "Количество медалистов, не получивших по всем предметам ГИА 60 и более баллов",
     "Medalists without 60+ points in every subject", "persons", "lower", 0,
     "Число выпускников-медалистов, не получивших по всем предметам результаты ГИА 60 и более баллов", 1452),
    ("tula-head-noku", "Рейтинг по результатам независимой оценки качества условий (НОКУ, bus.gov.ru)",
     "Independent assessment of the quality of conditions (bus.gov.ru)", "score", "higher", 0,
     "Баллы образовательного учреждения в рейтинге НОКУ на официальном сайте ГМУ (bus.gov.ru)", 1458),
    ("tula-head-profile-classes", "Доля классов, охваченных профильным обучением, из общего числа 10–11 классов",
     "Share of grade 10-11 classes with profile education", "percent", "higher", 0,
     "Доля классов, охваченных профильным обучением, из общего числа 10-11 классов", 1467),
]
HEAD_AREAS = {1428: "1. По базовой подготовке", 1440: "2. По подготовке высокого уровня",
              1450: "3. По объективности результатов внешней оценки",
              1456: "4. По условиям осуществления образовательной деятельности",
              1465: "6. Организация вариативности обучения"}
# The scorecard's items: (code, name, indicator, method, extra fields, area line, document line)
HEAD_ITEMS = [
    ("no-certificate", "Выпускники без аттестата о среднем общем образовании: наличие – −1 балл",
     "tula-head-no-certificate", "presence", {"points": -1}, 1428, 1434),
    ("no-certificate-above-average", "Доля выпускников без аттестата выше средней по муниципальному образованию – "
     "−2 балла", "tula-head-no-certificate", "above_average", {"points": -2}, 1428, 1434),
    ("gia-passed", "Доля выпускников, успешно прошедших ГИА (СОО): 100 % – 5 баллов", "tula-head-gia-passed",
     "threshold", {"comparator": "ge", "value": 100, "points": 5}, 1428, 1432),
    ("ege-100", "Выпускники со 100 баллами: 5 баллов за каждого выпускника", "tula-head-ege-100", "per_unit",
     {"points": 5}, 1440, 1442),
    ("ege-80", "Выпускники с 80 и более баллами ЕГЭ: 2 балла за каждого выпускника", "tula-head-ege-80", "per_unit",
     {"points": 2}, 1440, 1444),
    ("medalists-below-60", "Медалисты без 60 и более баллов по всем предметам: −1 балл за каждого выпускника",
     "tula-head-medalists-below-60", "per_unit", {"points": -1}, 1450, 1452),
    ("noku", "НОКУ: 40–60 баллов – 1 балл, 61–80 баллов – 2 балла, 81–100 баллов – 3 балла", "tula-head-noku",
     "bands", {"bands": [{"from": 40, "to": 60, "points": 1}, {"from": 61, "to": 80, "points": 2},
                         {"from": 81, "to": 100, "points": 3}]}, 1456, 1458),
    ("profile-classes", "Доля классов с профильным обучением 70 и более % – 5 баллов", "tula-head-profile-classes",
     "threshold", {"comparator": "ge", "value": 70, "points": 5}, 1465, 1467),
]
# school -> figures of HEAD_YEAR in the order of HEAD_INDICATORS (None: not reported; co-9 has no NOKU rating yet,
# the primary school plekhanovskaya-nosh has no graduates and only its NOKU rating)
HEAD_FIGURES = {
    "lyceum-2": (0, 100, 2, 14, 0, 92, 100),
    "gymnasium-1": (0, 100, 1, 15, 0, 88, 100),
    "co-3": (0, 100, 0, 6, 0, 85, 75),
    "co-6": (4.5, 95.5, 0, 1, 1, 63, 40),
    "co-9": (0, 100, 0, 4, 0, _, 70),
    "co-15": (1.2, 98.8, 0, 5, 0, 79, 72),
    "co-21": (0, 100, 1, 3, 1, 81, 60),
    "co-27": (2.0, 98.0, 0, 2, 0, 74, 50),
    "co-36": (3.0, 97.0, 0, 2, 0, 58, 80),
    "plekhanovskaya-nosh": (_, _, _, _, _, 78, _),
}
# Totals computed by hand (README, "Analysis"): the average share without a certificate is 10.7 / 9 = 1.19 %,
# so co-6, co-15, co-27 and co-36 are above it. school -> (total, rank, items without data)
HEAD_EXPECTED = {
    "lyceum-2": (51, 1, 0), "gymnasium-1": (48, 2, 0), "co-3": (25, 3, 0), "co-21": (18, 4, 0), "co-9": (18, 4, 1),
    "co-15": (14, 6, 0), "co-36": (7, 7, 0), "co-27": (3, 8, 0), "plekhanovskaya-nosh": (2, 9, 7), "co-6": (0, 10, 0),
}


def analysis_row(indicator, year, value, school, category):
    return {"municipality": "tula", "indicator": indicator, "year": year, "value": fmt_num(value),
            "organization": school, "period": "", "category": category, "qualifier": "exact", "numerator": "",
            "denominator": "", "comment": ANALYSIS_COMMENT, "source": ANALYSIS_SOURCE}


def build_analysis():
    """The indicators, the illustrative values, and the rule and scorecard definitions (JSON) of the analysis."""
    inds, vals = [], []
    for code, ru, en, pol, dims, formula in SHNOR_INDICATORS:
        inds.append({"code": code, "name_ru": ru, "name_en": en, "area": SHNOR_AREA, "polarity": pol,
                     "unit": "percent", "decimals": "1", "level": "organization", "periodicity": "school_year",
                     "scale_min": "", "scale_max": "", "dimensions": dims,
                     "description": "Показатель школы для критериев «школы с низкими результатами обучения … школы "
                                    "зоны риска» (tula.txt, строки 995-1009). Значения по школам в демо-данных "
                                    "иллюстративные: документ их не даёт.",
                     "formula": formula, "source": "tula.txt, строки 995-1009"})
    for code, ru, en, unit, pol, dec, formula, line in HEAD_INDICATORS:
        inds.append({"code": code, "name_ru": ru, "name_en": en, "area": HEAD_AREA, "polarity": pol, "unit": unit,
                     "decimals": str(dec), "level": "organization", "periodicity": "school_year",
                     "scale_min": "0" if code == "tula-head-noku" else "",
                     "scale_max": "100" if code == "tula-head-noku" else "", "dimensions": "",
                     "description": "Показатель оценки эффективности деятельности руководителя образовательной "
                                    "организации (tula.txt, строка %d). Значения по школам в демо-данных "
                                    "иллюстративные: документ их не даёт." % line,
                     "formula": formula, "source": "tula.txt, строка %d" % line})
    with open(os.path.join(SEED_DIR, "tula.txt"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    rules = []
    for code, name, line, window, low, high, category, threshold in SHNOR_CRITERIA:
        for school, figures in SHNOR_FIGURES[code].items():
            for year, pair in zip(SHNOR_YEARS, figures):
                if pair is not None:
                    vals.append(analysis_row(low, year, pair[0], school, category))
                    vals.append(analysis_row(high, year, pair[1], school, category))
        quoted = [line] + ([line + 2] if line == 1001 else [])  # criterion 4 goes on after a page break
        text = re.sub(r"\s+", " ", " ".join(lines[n - 1] for n in quoted)).strip(" –;")
        rules.append((code, {
            "name": name,
            "description": "tula.txt, %s: «%s»" % ("строки 1001, 1003" if len(quoted) > 1 else "строка %d" % line,
                                                    text),
            "level": "organization", "combine": "any", "window": window, "minYears": 2, "preceding": True,
            "municipality": "tula",
            "conditions": [dict({"indicator": low, "comparator": "ge", "value": threshold},
                                **({"category": category} if category else {})),
                           dict({"indicator": high, "missingOrZero": True},
                                **({"category": category} if category else {}))]}))
    for school, figures in HEAD_FIGURES.items():
        for (code, *_rest), v in zip(HEAD_INDICATORS, figures):
            if v is not None:
                vals.append(analysis_row(code, HEAD_YEAR, v, school, ""))
    items = []
    for code, name, indicator, method, extra, area, line in HEAD_ITEMS:
        items.append(dict({"code": code, "name": name, "indicator": indicator, "method": method,
                           "area": HEAD_AREAS[area]}, **extra))
    card = {"name": "Эффективность деятельности руководителя (часть показателей)",
            "description": "Часть показателей оценки эффективности деятельности руководителей образовательных "
                           "организаций (tula.txt, строки 1428-1467: раздел 4.2 «Система мониторинга эффективности "
                           "руководителей образовательных организаций»); баллы как в документе.",
            "level": "organization", "municipality": "tula", "items": items}
    return inds, vals, rules, [("tula-head-efficiency", card)]


def judge(rule_code, year):
    """The schools a criterion flags in a year from SHNOR_FIGURES, by the rules' semantics (README, "Risk rules"):
    a year the school gave nothing never holds; otherwise low >= threshold or high is 0."""
    crit = next(c for c in SHNOR_CRITERIA if c[0] == rule_code)
    window, threshold = crit[3], crit[7]
    years = list(range(year - window, year))
    out = {}
    for school, figures in SHNOR_FIGURES[rule_code].items():
        by_year = dict(zip(SHNOR_YEARS, figures))
        held = [y for y in years if by_year.get(y) is not None
                and (by_year[y][0] >= threshold or by_year[y][1] == 0)]
        if len(held) >= 2:
            out[school] = held
    return out


def head_totals():
    """Every school's total and missing items of the scorecard from HEAD_FIGURES (for the assertion only)."""
    col = {code: i for i, (code, *_r) in enumerate(HEAD_INDICATORS)}
    avg = {}
    for code, i in col.items():
        xs = [f[i] for f in HEAD_FIGURES.values() if f[i] is not None]
        avg[code] = sum(xs) / len(xs)
    out = {}
    for school, f in HEAD_FIGURES.items():
        total, missing = 0, 0
        for code, name, ind, method, extra, area, line in HEAD_ITEMS:
            v = f[col[ind]]
            if v is None:
                missing += 1
                continue
            p = extra.get("points", 0)
            if method == "presence":
                total += p if v > 0 else 0
            elif method == "per_unit":
                total += p * v
            elif method == "threshold":
                total += p if v >= extra["value"] else 0
            elif method == "bands":
                total += next((b["points"] for b in extra["bands"] if b["from"] <= v <= b["to"]), 0)
            elif method == "above_average":
                total += p if v > avg[ind] else 0
        out[school] = (total, missing)
    return out


def write_json(path, obj):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")


def main():
    report = new_report()
    regions, municipalities, orgs, indicators, values, targets = [], [], [], [], [], []
    for mun, file, name, rcode, rname, mtype in MUNICIPALITIES:
        with open(os.path.join(SEED_DIR, file + ".json"), encoding="utf-8") as f:
            data = json.load(f)
        with open(os.path.join(SEED_DIR, file + ".txt"), encoding="utf-8") as f:
            lines = f.read().split("\n")
        regions.append({"code": rcode, "name": rname})
        municipalities.append({"code": mun, "name": name, "region": rcode, "type": mtype, "oktmo": ""})
        o, i, v, t = convert_municipality(mun, file, data, lines, report)
        orgs += o
        indicators += i
        values += v
        targets += t

    c_inds, c_vals, c_tgts, common_map = build_common(indicators, values, targets)
    indicators += c_inds
    values += c_vals
    targets += c_tgts
    dim_converted, dim_kept = apply_dimensions(indicators, values)
    s_ind, s_vals, groups = build_school_tier(indicators)
    indicators.append(s_ind)
    values += s_vals
    a_inds, a_vals, a_rules, a_cards = build_analysis()
    indicators += a_inds
    values += a_vals

    regions.sort(key=lambda r: r["code"])
    municipalities.sort(key=lambda r: r["code"])
    orgs.sort(key=lambda r: (r["municipality"], natural_sort_key(r["code"])))
    indicators.sort(key=lambda r: natural_sort_key(r["code"]))
    values.sort(key=lambda r: (r["municipality"], natural_sort_key(r["indicator"]), r["organization"], r["year"],
                               r["period"], r["category"]))
    targets.sort(key=lambda r: (r["municipality"], natural_sort_key(r["indicator"]), r["organization"], r["year"],
                                r["kind"]))

    write_csv("regions.csv", ["code", "name"], regions)
    write_csv("municipalities.csv", ["code", "name", "region", "type", "oktmo"], municipalities)
    write_csv("organizations.csv", ["municipality", "code", "name", "type"], orgs)
    write_csv("indicators.csv", ["code", "name_ru", "name_en", "area", "polarity", "unit", "decimals", "level",
                                 "periodicity", "scale_min", "scale_max", "dimensions", "description", "formula",
                                 "source"], indicators)
    os.makedirs(os.path.join(OUT_DIR, "dimensions"), exist_ok=True)
    for d in DIMENSIONS:
        with open(os.path.join(OUT_DIR, "dimensions", d["code"] + ".json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(d, f, ensure_ascii=False, indent=2)
            f.write("\n")
    write_csv("targets.csv", ["municipality", "indicator", "year", "value", "comparator", "value_to", "kind",
                              "organization", "comment", "source"], targets)
    write_csv("values.csv", ["municipality", "indicator", "year", "value", "organization", "period", "category",
                             "qualifier", "numerator", "denominator", "comment", "source"], values)
    for code, rule in a_rules:
        write_json(os.path.join(OUT_DIR, "analysis", "rules", code + ".json"), rule)
    for code, card in a_cards:
        write_json(os.path.join(OUT_DIR, "analysis", "scorecards", code + ".json"), card)
    write_csv("groups.csv", ["municipality", "group", "name", "year_from", "year_to", "organization",
                             "description"], groups)

    # ---- report ------------------------------------------------------------------------
    muns = [m[0] for m in MUNICIPALITIES]
    out = ["# Conversion report (generated by convert.py; do not edit)", "",
           "| rule | " + " | ".join(muns) + " | total |", "|---|" + "---|" * (len(muns) + 1)]
    for k in sorted(report):
        c = [len(report[k][m]) for m in muns]
        out.append("| %s | %s | %d |" % (k, " | ".join(map(str, c)), sum(c)))
    per = lambda rows, m: sum(1 for r in rows if r.get("municipality", r.get("code")) == m)
    out += ["", "| file | " + " | ".join(muns) + " | total |", "|---|" + "---|" * (len(muns) + 1)]
    for nm, rows in (("organizations.csv", orgs), ("values.csv (own indicators)", [r for r in values if r not in c_vals]),
                     ("values.csv (common indicators)", c_vals), ("targets.csv (own indicators)",
                     [r for r in targets if r not in c_tgts]), ("targets.csv (common indicators)", c_tgts)):
        c = [per(rows, m) for m in muns]
        out.append("| %s | %s | %d |" % (nm, " | ".join(map(str, c)), sum(c)))
    c = [sum(1 for r in indicators if r["code"].startswith(m + "-")) for m in muns]
    out.append("| indicators.csv (own) | %s | %d |" % (" | ".join(map(str, c)), sum(c)))
    out.append("| indicators.csv (common) | %d common indicators, not per municipality | | | | %d |"
               % (len(c_inds), len(c_inds)))
    out += ["", "## Common indicators", "",
            "Rows mirrored from the municipalities' own indicators (category = the own rows used; "
            "'—' = targets/baselines only).", "",
            "| common code | municipality | own indicator | category | fact years | target years | source |",
            "|---|---|---|---|---|---|---|"]
    for code, mun, own, cat, vyears, tyears, lines in common_map:
        out.append("| %s | %s | %s | %s | %s | %s | %s |" % (
            code, mun, own, "—" if cat is None else (cat or "(total)"), ", ".join(map(str, sorted(vyears))) or "—",
            ", ".join(map(str, tyears)) or "—", "; ".join(lines)))
    out += ["", "Municipalities with a fact, per common indicator and year:", "",
            "| common code | year | municipalities |", "|---|---|---|"]
    cover = collections.defaultdict(set)
    for r in c_vals:
        cover[(r["indicator"], r["year"])].add(r["municipality"])
    for (code, y), ms in sorted(cover.items(), key=lambda kv: (natural_sort_key(kv[0][0]), kv[0][1])):
        out.append("| %s | %s | %d: %s |" % (code, y, len(ms), ", ".join(sorted(ms))))
    out += ["", "## Dimensions", "",
            "Indicators whose categories are subjects (and grades) of the controlled lists `dimensions/*.json`: "
            "their values carry `subject=<code>` or `subject=<code>;grade=<n>`, the category as printed is kept "
            "in the comment («категория в документе: «…»»).", "",
            "| indicator | dimensions | category in the document → code |", "|---|---|---|"]
    for code, dims, pairs in dim_converted:
        out.append("| %s | %s | %s |" % (code, ", ".join(dims), "; ".join("%s → `%s`" % p for p in pairs)))
    out += ["", "Kept as free text (some categories name a subject, but not all of them can be mapped one to one):", ""]
    for code, why, cats in dim_kept:
        out.append("- %s: %s (%s)" % (code, why, "; ".join(cats)))
    out += ["", "## School tier: registers and a school-level series", "",
            "Registers (`groups.csv`, loaded with `POST /api/v1/imports?type=groups`): only schools a document "
            "names. Tula's document names no school with low results (section 3.2 describes the work with such "
            "schools but gives no list), so Tula's register is the PISA sample it does name.", "",
            "| municipality | group | name | years | organizations | source |", "|---|---|---|---|---|---|"]
    for mun, code, name, y0, y1, members, desc in GROUPS:
        out.append("| %s | %s | %s | %d–%d | %s | %s |" % (mun, code, name, y0, y1, ", ".join(members), desc))
    out += ["", "School-level series: no document gives one indicator for several schools over three years (Tula's "
            "VPR, OGE and EGE tables and Derbent's EGE table are municipal; Kaluga's school figures are single 2020 "
            "facts). `%s` therefore holds **illustrative** figures (source column «иллюстративные данные, не из "
            "документа…»), chosen so that each year's mean of the schools equals the city's figure of `%s` "
            "(subject=russian) from the document:" % (SCHOOL_SERIES_INDICATOR, SCHOOL_SERIES_OF), "",
            "| school | " + " | ".join(map(str, SCHOOL_SERIES_YEARS)) + " |", "|---|" + "---|" * len(SCHOOL_SERIES_YEARS)]
    for school, figures in SCHOOL_SERIES.items():
        out.append("| %s | %s |" % (school, " | ".join(map(str, figures))))
    out += ["", "## Analysis: Tula's risk rules and head-efficiency scorecard (illustrative school figures)", "",
            "The rules (`analysis/rules/*.json`) are the seven criteria of «школы с низкими результатами обучения … "
            "школы зоны риска», tula.txt lines 995-1009, each quoted in its description; the scorecard "
            "(`analysis/scorecards/tula-head-efficiency.json`) is a part of the head-efficiency rubric, lines "
            "1428-1467. The document gives no figure per school: the %d values of `tula-shnor-*` and `tula-head-*` "
            "are **illustrative** (source «%s»)." % (len(a_vals), ANALYSIS_SOURCE), "",
            "| rule | window | conditions | flagged for 2023/24 (years held) | flagged for 2024/25 (years held) |",
            "|---|---|---|---|---|"]
    for code, rule in a_rules:
        conds = "; ".join("%s%s %s" % (c["indicator"], " (%s)" % c["category"] if c.get("category") else "",
                                        "нет или 0" if c.get("missingOrZero") else "≥ %s" % c["value"])
                          for c in rule["conditions"])
        flagged = ["; ".join("%s %s" % (sch, ", ".join(map(str, ys))) for sch, ys in judge(code, y).items()) or "—"
                   for y in (2023, 2024)]
        out.append("| %s | %d years before, ≥ %d | %s | %s | %s |" % (code, rule["window"], rule["minYears"], conds,
                                                                      flagged[0], flagged[1]))
    out += ["", "The criteria as the document words them (each rule's `description`):", ""]
    for code, rule in a_rules:
        out.append("- `%s`: %s" % (code, rule["description"]))
    with open(os.path.join(SEED_DIR, "tula.txt"), encoding="utf-8") as f:
        tula_lines = f.read().split("\n")
    out += ["", "Scorecard items (school year %d/%02d), each with the line of the rubric it takes:" % (
        HEAD_YEAR, (HEAD_YEAR + 1) % 100), "", "| item | indicator | method | tula.txt |", "|---|---|---|---|"]
    for code, name, ind, method, extra, area, line in HEAD_ITEMS:
        out.append("| %s | %s | %s | line %d: «%s» |" % (code, ind, method, line,
                                                          re.sub(r"\s+", " ", tula_lines[line - 1]).strip(" –-;")))
    out += ["", "| school | total | items without data |", "|---|---|---|"]
    for school, (total, missing) in sorted(head_totals().items(), key=lambda kv: -kv[1][0]):
        out.append("| %s | %s | %d |" % (school, fmt_num(total), missing))
    out += ["", "## Details", ""]
    for k in ("skip_null_year", "skip_forecast", "skip_percent_range", "skip_non_numeric", "skip_yes_no_range",
              "dup_values_conflict", "dup_values_same_figure", "dup_targets_conflict", "dup_targets_same_figure", "approx", "at_least", "at_most", "baseline_year_inferred",
              "ind_level_demoted", "ind_level_org", "ind_polarity_default", "ind_kept_key_no_figures",
              "orgs_excluded", "ind_unit_other", "derived_value", "ind_dropped_qualitative"):
        out.append("### %s" % k)
        for m in muns:
            items = report[k][m]
            if items:
                out.append("- **%s** (%d): %s" % (m, len(items), "; ".join(sorted(set(items), key=natural_sort_key))))
        out.append("")
    with open(os.path.join(OUT_DIR, "conversion-report.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))

    # ---- assertions --------------------------------------------------------------------
    errors = []

    def check(cond, msg):
        if not cond:
            errors.append(msg)

    ind_by = {r["code"]: r for r in indicators}
    check("derbent-1.2" in ind_by and "80" in ind_by["derbent-1.2"]["formula"], "derbent-1.2 missing or wrong")
    t12 = {(r["kind"], r["year"]): r for r in targets if r["indicator"] == "derbent-1.2"}
    check(t12.get(("baseline", 2021), {}).get("value") == "20", "derbent-1.2 baseline 20 (2021)")
    for y, val in zip(range(2022, 2027), ("25", "27", "29", "32", "35")):
        r = t12.get(("target", y), {})
        check(r.get("value") == val and r.get("comparator") == "ge", "derbent-1.2 target %s %s ge" % (y, val))
    check(len(t12) == 6, "derbent-1.2 has exactly 6 target rows")
    kv = [(r["indicator"], r["year"], r["value"]) for r in values if r["municipality"] == "kaluga"
          and not r["indicator"].startswith("common-")]  # own catalogue; the common view is checked below
    pupils = [k for k in kv if k[2] == "39981" and k[1] == 2020 and ind_by[k[0]]["unit"] == "persons"]
    schools = [k for k in kv if k[2] == "48" and k[1] == 2020 and ind_by[k[0]]["unit"] == "count"
               and "общеобразовательных учреждений" in ind_by[k[0]]["name_ru"]]
    check(len(pupils) == 1, "kaluga 39981 pupils (2020)")
    check(len(schools) == 1, "kaluga 48 schools (2020)")
    ck = {(r["municipality"], r["indicator"], r["year"]): r["value"] for r in values if r["indicator"].startswith("common-")}
    check(ck.get(("kaluga", "common-pupils", 2020)) == "39981", "common-pupils kaluga 2020 = 39981")
    check(ck.get(("kaluga", "common-schools", 2020)) == "48", "common-schools kaluga 2020 = 48")
    # common catalogue: at least one common indicator has facts from >= 3 municipalities in one year
    check(max((len(ms) for (code, y), ms in cover.items()), default=0) >= 3,
          "a common indicator with values for >= 3 municipalities in one year")
    check(all(r["code"].startswith("common-") and r["area"] == COMMON_AREA for r in c_inds), "common codes/area")
    check(6 <= len(c_inds) <= 12, "common catalogue has 6-12 indicators")
    for r in values:
        if ind_by[r["indicator"]]["unit"] in ("persons", "count", "places"):
            check(float(r["value"]) >= 0 and float(r["value"]) == int(float(r["value"])),
                  "count not whole/non-negative " + r["indicator"])
        check(len(r["category"]) <= 200, "category too long " + r["indicator"])
        check(r["period"] == "", "period must be empty " + r["indicator"])
    # dimensions: Tula's and Derbent's Russian and profile mathematics share codes
    members = {d["code"]: {m["code"] for m in d["members"]} for d in DIMENSIONS}
    sub = collections.defaultdict(set)
    for r in values:
        dims = ind_by[r["indicator"]]["dimensions"]
        if dims and r["category"]:
            pairs = dict(p.split("=") for p in r["category"].split(";"))
            check(all(k in dims.split("|") and v in members[k] for k, v in pairs.items()), "category off the lists "
                  + r["indicator"] + " " + r["category"])
            sub[r["municipality"]].add(pairs.get("subject"))
    for code in ("russian", "math_profile"):
        check(code in sub["tula"] and code in sub["derbent"], "tula and derbent share subject " + code)
    check("math" in sub["tula"] and "math" in sub["kemerovo"], "tula and kemerovo share subject math")
    # school tier: the illustrative school means are the city's figures; registers name known organizations
    city = {r["year"]: r["value"] for r in values if r["indicator"] == SCHOOL_SERIES_OF and r["category"] == "subject=russian"}
    for i, y in enumerate(SCHOOL_SERIES_YEARS):
        figures = [f[i] for f in SCHOOL_SERIES.values()]
        check(str(city.get(y)) == fmt_num(sum(figures) / len(figures)), "school mean = city figure %d" % y)
    check(len(SCHOOL_SERIES_YEARS) >= 3 and len(SCHOOL_SERIES) >= 5, "a school series of >= 3 years and >= 5 schools")
    all_orgs = {(r["municipality"], r["code"]) for r in orgs}
    for g in groups:
        check((g["municipality"], g["organization"]) in all_orgs, "register member unknown " + g["organization"])
    check(all(g["organization"] in SCHOOL_SERIES for g in groups if g["group"] == "vpr-nonobjective-2021"),
          "the register's schools have the school series")
    # analysis: the rules flag the schools they were designed to flag, the rating has its hand-computed totals
    for y, expected in ANALYSIS_EXPECTED_FLAGS.items():
        for code, schools in expected.items():
            check(judge(code, y) == schools, "flags of %s for %d: %s" % (code, y, judge(code, y)))
    check({s_: t for s_, (t, m) in head_totals().items()} == {s_: e[0] for s_, e in HEAD_EXPECTED.items()}
          and {s_: m for s_, (t, m) in head_totals().items()} == {s_: e[2] for s_, e in HEAD_EXPECTED.items()},
          "head-efficiency totals %s" % head_totals())
    check(all(r["source"].startswith("иллюстративные данные, не из документа") for r in a_vals),
          "analysis values are marked illustrative")
    for r in a_vals:
        check(("tula", r["organization"]) in {(o["municipality"], o["code"]) for o in orgs},
              "analysis school unknown " + r["organization"])
    # structural checks
    check(len({r["code"] for r in indicators}) == len(indicators), "indicator codes unique")
    vk = [(r["municipality"], r["indicator"], r["organization"], r["year"], r["period"], r["category"]) for r in values]
    check(len(set(vk)) == len(vk), "values natural keys unique")
    tk = [(r["municipality"], r["indicator"], r["organization"], r["year"], r["kind"]) for r in targets]
    check(len(set(tk)) == len(tk), "targets natural keys unique")
    okeys = {(r["municipality"], r["code"]) for r in orgs}
    check(len(okeys) == len(orgs), "organization codes unique per municipality")
    for r in values + targets:
        check(r["indicator"] in ind_by, "unknown indicator " + r["indicator"])
        if r["organization"]:
            check((r["municipality"], r["organization"]) in okeys, "unknown org " + r["organization"])
            check(ind_by[r["indicator"]]["level"] == "organization", "org value on municipal indicator " + r["indicator"])
        if ind_by[r["indicator"]]["unit"] == "percent":
            check(0 <= float(r["value"]) <= 100, "percent out of range " + r["indicator"])
        check(isinstance(r["year"], int), "year missing " + r["indicator"])
    for r in values:
        check(r["qualifier"] in ("exact", "approx", "at_least", "at_most"), "qualifier")
    for r in targets:
        check(r["comparator"] in ("eq", "ge", "le", "between") and r["kind"] in ("target", "baseline"), "cmp/kind")
    allowed_units = {"percent", "persons", "count", "score", "rubles", "thousand_rubles", "million_rubles", "ratio",
                     "yes_no", "places", "rank", "years", "other"}
    for r in indicators:
        check(r["unit"] in allowed_units and r["polarity"] in ("higher", "lower")
              and r["level"] in ("municipality", "organization")
              and r["periodicity"] in ("calendar_year", "school_year", "quarter"), "indicator enums " + r["code"])

    print("\n".join(out[:16]))
    if errors:
        print("ASSERTION FAILURES:", *sorted(set(errors)), sep="\n  ", file=sys.stderr)
        sys.exit(1)
    print("\nall assertions hold")


if __name__ == "__main__":
    main()
