#!/usr/bin/env python3
"""Writes ../resources/rule-corpus.json: the cases both rule engines must agree on.

Expected outcomes are written here by hand (expression cases, the small questionnaires) or derived
from the 2025 questionnaire's simple structure (every relevant rule there is answers['p'] == 'yes').
Neither engine computes them. Run: python3 generate_rule_corpus.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "resources", "rule-corpus.json")
Q2025 = os.path.join(HERE, "..", "..", "main", "resources", "questionnaires", "patientsakerhet-2025.json")

STHLM = {"code": "0180", "type": "MUNICIPALITY", "county": "01"}
KIRUNA = {"code": "2584", "type": "MUNICIPALITY", "county": "25"}
REGION = {"code": "03", "type": "REGION", "county": "03"}
DISTRICT = {"code": "0180-01", "type": "CITY_DISTRICT", "county": "01"}
JAMTLAND = {"code": "23", "type": "REGION", "county": "23"}


def t(sv, en=None):
    return {"sv": sv, "en": en or sv}


def q(id, type, **kw):
    d = {"id": id, "text": t("Fråga " + id, "Question " + id), "type": type}
    d.update(kw)
    return d


CHOICES = [{"value": v, "label": t(v)} for v in ["audit", "training", "survey"]]
LEVELS = [{"value": v, "label": t(v)} for v in ["political", "official", "dont_know"]]

# Every answer type, no rules: the expressions of the expression cases read these.
TYPES = {
    "id": "corpus-types", "version": 1, "title": t("Typer", "Types"),
    "sections": [{"id": "s", "title": t("Typer", "Types"), "questions": [
        q("yn", "yes_no", required=False),
        q("ynd", "yes_no_dontknow", required=False),
        q("one", "single_choice", choices=LEVELS, required=False),
        q("many", "multi_choice", choices=CHOICES, required=False),
        q("n", "integer", required=False),
        q("d", "decimal", required=False),
        q("txt", "text", required=False),
        q("day", "date", required=False),
    ]}],
}

# Bounds, lengths, constraints, required rules and a three-level chain of follow-ups.
FORM = {
    "id": "corpus-form", "version": 1, "title": t("Formulär", "Form"),
    "sections": [
        {"id": "a", "title": t("A"), "questions": [
            q("has", "yes_no"),
            q("has.level", "single_choice", choices=LEVELS, relevant="answers['has'] == 'yes'"),
            q("has.level.why", "text", required=False, maxLength=10,
              relevant="answers['has.level'] == 'political'"),
            q("muni", "yes_no_dontknow", appliesTo=["MUNICIPALITY", "CITY_DISTRICT"]),
            q("muni.more", "yes_no", relevant="answers['muni'] == 'yes'"),
        ]},
        {"id": "b", "title": t("B"), "questions": [
            q("staff", "integer", min=0, max=100000,
              constraint="answers['staff'] < 50000 || org.type == 'REGION'",
              constraintMessage=t("Så många anställda har bara en region.", "Only a region has that many staff.")),
            q("share", "decimal", min=0, max=1, required="'staff' in answers && answers['staff'] > 0"),
            q("since", "date", required=False, constraint="answers['since'] >= '2000-01-01'"),
            q("kinds", "multi_choice", choices=CHOICES, required=False,
              constraint="size(answers['kinds']) <= 2"),
            q("kinds.audit", "yes_no", relevant="answers['kinds'].exists(k, k == 'audit')"),
            q("broken", "yes_no", required=False, constraint="answers['staff'] / 0 > 1"),
            q("jamt", "yes_no", relevant="org.county == '23'"),
        ]},
    ],
}

cases = []


def expr(name, expression, answers, result, org=STHLM):
    cases.append({"name": name, "expression": expression, "org": org, "answers": answers, "result": result})


def form(name, questionnaire, org, answers, visible, violations):
    cases.append({"name": name, "questionnaire": questionnaire, "org": org, "answers": answers,
                  "visible": visible, "violations": [{"question": qid, "code": code} for qid, code in violations]})


# ---- Expressions: integer vs decimal -------------------------------------------------------------
for n, lit, op, res in [
    (5, "3", ">", "true"), (5, "5", "==", "true"), (5, "5.0", "==", "true"), (5, "4.5", ">", "true"),
    (5, "5.5", "<", "true"), (0, "0", "==", "true"), (-3, "0", "<", "true"), (5, "6", ">=", "false"),
    (7, "7.0", "!=", "false"), (100000, "99999.5", ">", "true"), (2, "2", "<=", "true"), (2, "1.999", "<=", "false"),
]:
    expr(f"integer {n} {op} {lit}", f"answers['n'] {op} {lit}", {"n": n}, res)
for d, lit, op, res in [
    (0.5, "0", ">", "true"), (0.5, "0.5", "==", "true"), (2.0, "2", "==", "true"), (0.1, "1", "<", "true"),
    (1.5, "1", ">=", "true"), (-0.25, "0", "<", "true"), (3.75, "4", ">", "false"), (1e-9, "0", ">", "true"),
]:
    expr(f"decimal {d} {op} {lit}", f"answers['d'] {op} {lit}", {"d": d}, res)
expr("integer against decimal answer", "answers['n'] < answers['d']", {"n": 2, "d": 2.5}, "true")
expr("integer equals decimal answer", "answers['n'] == answers['d']", {"n": 2, "d": 2.0}, "true")
expr("integer arithmetic stays int", "answers['n'] / 2 == 2", {"n": 5}, "true")
expr("decimal arithmetic is double", "answers['d'] / 2.0 == 1.25", {"d": 2.5}, "true")
expr("int plus double is an error", "answers['n'] + 0.5 > 1.0", {"n": 5}, "error")
expr("int division by zero is an error", "answers['n'] / 0 == 1", {"n": 5}, "error")
expr("int modulo", "answers['n'] % 2 == 1", {"n": 7}, "true")
expr("double division by zero is infinity", "answers['d'] / 0.0 > 1.0", {"d": 1.5}, "true")
expr("int(double) truncates", "int(answers['d']) == 2", {"d": 2.9}, "true")
expr("double(int) converts", "double(answers['n']) == 3.0", {"n": 3}, "true")
expr("a whole decimal answer written 12.0 is an integer", "answers['n'] == 12", {"n": 12.0}, "true")
expr("int overflow is an error", "answers['n'] * 2 > 0", {"n": 4611686018427387904}, "error")
expr("string compared with int is an error", "answers['txt'] > 3", {"txt": "abc"}, "error")
expr("string equals int is false", "answers['txt'] == 3", {"txt": "3"}, "false")
expr("int equals string is false", "answers['n'] == '3'", {"n": 3}, "false")

# ---- Expressions: presence, in, has, missing keys -------------------------------------------------
expr("in: answered", "'yn' in answers", {"yn": "yes"}, "true")
expr("in: unanswered", "'yn' in answers", {}, "false")
expr("in: null counts as unanswered", "'yn' in answers", {"yn": None}, "false")
expr("in: an invalid answer is absent to rules", "'n' in answers", {"n": "twelve"}, "false")
expr("in: a wrong choice is absent to rules", "'yn' in answers", {"yn": "maybe"}, "false")
expr("has on a plain id", "has(answers.yn)", {"yn": "no"}, "true")
expr("has on a missing id", "has(answers.yn)", {}, "false")
expr("reading a missing answer is an error", "answers['yn'] == 'yes'", {}, "error")
expr("reading a missing answer inside not is an error", "!(answers['yn'] == 'yes')", {}, "error")
expr("guarded read of a missing answer", "'yn' in answers && answers['yn'] == 'yes'", {}, "false")
expr("guarded read of a present answer", "'yn' in answers && answers['yn'] == 'yes'", {"yn": "yes"}, "true")
expr("false && error is false", "false && answers['yn'] == 'yes'", {}, "false")
expr("error && false is false", "answers['yn'] == 'yes' && false", {}, "false")
expr("true || error is true", "true || answers['yn'] == 'yes'", {}, "true")
expr("error || true is true", "answers['yn'] == 'yes' || true", {}, "true")
expr("error || false is an error", "answers['yn'] == 'yes' || false", {}, "error")
expr("true && error is an error", "true && answers['yn'] == 'yes'", {}, "error")
expr("ternary skips the missing branch", "'n' in answers ? answers['n'] > 1 : true", {}, "true")
expr("ternary takes the present branch", "'n' in answers ? answers['n'] > 1 : true", {"n": 0}, "false")
expr("value in a literal list", "answers['one'] in ['political', 'official']", {"one": "official"}, "true")
expr("value not in a literal list", "answers['one'] in ['political', 'official']", {"one": "dont_know"}, "false")

# ---- Expressions: choices and multi-choice lists --------------------------------------------------
expr("yes_no equals", "answers['yn'] == 'yes'", {"yn": "yes"}, "true")
expr("yes_no not equals", "answers['yn'] != 'yes'", {"yn": "no"}, "true")
expr("dont_know is its own value", "answers['ynd'] == 'dont_know'", {"ynd": "dont_know"}, "true")
expr("dont_know is not no", "answers['ynd'] == 'no'", {"ynd": "dont_know"}, "false")
expr("single choice value", "answers['one'] == 'political'", {"one": "political"}, "true")
expr("exists in multi", "answers['many'].exists(k, k == 'audit')", {"many": ["training", "audit"]}, "true")
expr("exists not in multi", "answers['many'].exists(k, k == 'audit')", {"many": ["training"]}, "false")
expr("all in multi", "answers['many'].all(k, k != 'survey')", {"many": ["training", "audit"]}, "true")
expr("all in empty multi", "answers['many'].all(k, k == 'x')", {"many": []}, "true")
expr("exists_one in multi", "answers['many'].exists_one(k, k == 'audit')", {"many": ["audit", "training"]}, "true")
expr("in on a multi list", "'audit' in answers['many']", {"many": ["audit"]}, "true")
expr("not in a multi list", "'survey' in answers['many']", {"many": ["audit"]}, "false")
expr("size of a multi list", "size(answers['many']) == 2", {"many": ["audit", "training"]}, "true")
expr("duplicates removed before rules", "size(answers['many']) == 1", {"many": ["audit", "audit"]}, "true")
expr("multi list order kept", "answers['many'][0] == 'training'", {"many": ["training", "audit"]}, "true")
expr("filter on a multi list", "answers['many'].filter(k, k != 'audit').size() == 1", {"many": ["training", "audit"]}, "true")
expr("map on a multi list", "answers['many'].map(k, k + '!')[0] == 'audit!'", {"many": ["audit"]}, "true")
expr("index past the end is an error", "answers['many'][3] == 'audit'", {"many": ["audit"]}, "error")
expr("exists on a missing list is an error", "answers['many'].exists(k, k == 'audit')", {}, "error")
expr("list equality", "answers['many'] == ['audit', 'survey']", {"many": ["audit", "survey"]}, "true")
expr("list equality is ordered", "answers['many'] == ['survey', 'audit']", {"many": ["audit", "survey"]}, "false")

# ---- Expressions: texts and dates -----------------------------------------------------------------
expr("text startsWith", "answers['txt'].startsWith('Ru')", {"txt": "Rutin"}, "true")
expr("text endsWith", "answers['txt'].endsWith('in')", {"txt": "Rutin"}, "true")
expr("text contains", "answers['txt'].contains('ti')", {"txt": "Rutin"}, "true")
expr("text size counts code points", "size(answers['txt']) == 3", {"txt": "åäö"}, "true")
expr("text size with an emoji", "size(answers['txt']) == 2", {"txt": "a\U0001F600"}, "true")
expr("text matches", "answers['txt'].matches('^[0-9]{4}$')", {"txt": "0180"}, "true")
expr("text does not match", "answers['txt'].matches('^[0-9]{4}$')", {"txt": "01800"}, "false")
expr("text concatenation", "answers['txt'] + '-x' == 'a-x'", {"txt": "a"}, "true")
expr("text ordering", "answers['txt'] < 'b'", {"txt": "a"}, "true")
expr("empty text is an answer", "'txt' in answers && size(answers['txt']) == 0", {"txt": ""}, "true")
expr("date after", "answers['day'] >= '2025-01-01'", {"day": "2025-03-01"}, "true")
expr("date before", "answers['day'] >= '2025-01-01'", {"day": "2024-12-31"}, "false")
expr("date equals", "answers['day'] == '2024-02-29'", {"day": "2024-02-29"}, "true")
expr("date year prefix", "answers['day'].startsWith('2025')", {"day": "2025-06-30"}, "true")
expr("an invalid date is absent to rules", "'day' in answers", {"day": "2025-02-30"}, "false")
expr("timestamp of a date", "timestamp(answers['day'] + 'T00:00:00Z') < timestamp('2026-01-01T00:00:00Z')", {"day": "2025-06-30"}, "true")
expr("bad timestamp text is an error", "timestamp(answers['txt']) > timestamp('2026-01-01T00:00:00Z')", {"txt": "soon"}, "error")

# ---- Expressions: the organisation ----------------------------------------------------------------
expr("org type municipality", "org.type == 'MUNICIPALITY'", {}, "true")
expr("org type region", "org.type == 'REGION'", {}, "true", org=REGION)
expr("org type city district", "org.type in ['MUNICIPALITY', 'CITY_DISTRICT']", {}, "true", org=DISTRICT)
expr("org county", "org.county == '25'", {}, "true", org=KIRUNA)
expr("org code prefix is the county", "org.code.startsWith(org.county)", {}, "true", org=KIRUNA)
expr("org index syntax", "org['code'] == '0180'", {}, "true")
expr("org missing key is an error", "org['name'] == 'Stockholm'", {}, "error")
expr("org has key", "has(org.code)", {}, "true")
expr("org and answer together", "answers['yn'] == 'yes' && org.type == 'MUNICIPALITY'", {"yn": "yes"}, "true")
expr("org and answer together (region)", "answers['yn'] == 'yes' && org.type == 'MUNICIPALITY'", {"yn": "yes"}, "false", org=REGION)
expr("org code length", "size(org.code) == 2", {}, "true", org=JAMTLAND)

# ---- Expressions: literals and operators ----------------------------------------------------------
expr("true literal", "true", {}, "true")
expr("false literal", "false", {}, "false")
expr("negation", "!(answers['n'] > 3)", {"n": 1}, "true")
expr("uint literal compares with int", "answers['n'] > 3u", {"n": 5}, "true")
expr("int literal equality with uint is true", "answers['n'] == 5u", {"n": 5}, "true")
expr("string conversion of an int", "string(answers['n']) == '42'", {"n": 42}, "true")
expr("int of a string", "int('42') == answers['n']", {"n": 42}, "true")
expr("int of a bad string is an error", "int(answers['txt']) == 1", {"txt": "one"}, "error")
expr("type of an integer answer", "type(answers['n']) == int", {"n": 1}, "true")
expr("type of a decimal answer", "type(answers['d']) == double", {"d": 1.5}, "true")
expr("type of a whole decimal answer is still double", "type(answers['d']) == double", {"d": 2}, "true")
expr("type of a multi answer", "type(answers['many']) == list", {"many": ["audit"]}, "true")
expr("dyn comparison", "dyn(answers['n']) < 10.5", {"n": 10}, "true")
expr("map literal lookup", "{'a': 1}['a'] == 1", {}, "true")
expr("map literal missing key is an error", "{'a': 1}['b'] == 1", {}, "error")

# ---- The types questionnaire: normalisation of raw answers -----------------------------------------
ALL = ["yn", "ynd", "one", "many", "n", "d", "txt", "day"]
for name, answers, violations in [
    ("every type answered well", {"yn": "yes", "ynd": "dont_know", "one": "official", "many": ["audit"], "n": 3, "d": 0.5, "txt": "x", "day": "2025-01-31"}, []),
    ("nothing answered, nothing required", {}, []),
    ("null answers are unanswered", {"yn": None, "n": None}, []),
    ("boolean for yes_no", {"yn": True}, [("yn", "wrong_type")]),
    ("number for yes_no", {"yn": 1}, [("yn", "wrong_type")]),
    ("dont_know for yes_no", {"yn": "dont_know"}, [("yn", "not_a_choice")]),
    ("capitalised choice", {"ynd": "Yes"}, [("ynd", "not_a_choice")]),
    ("unknown single choice", {"one": "maybe"}, [("one", "not_a_choice")]),
    ("list for single choice", {"one": ["political"]}, [("one", "wrong_type")]),
    ("string for multi choice", {"many": "audit"}, [("many", "wrong_type")]),
    ("unknown item in multi choice", {"many": ["audit", "x"]}, [("many", "not_a_choice")]),
    ("number item in multi choice", {"many": [1]}, [("many", "wrong_type")]),
    ("empty multi choice is an answer", {"many": []}, []),
    ("integer as string", {"n": "12"}, [("n", "wrong_type")]),
    ("integer with a fraction", {"n": 2.5}, [("n", "wrong_type")]),
    ("integer written 12.0", {"n": 12.0}, []),
    ("negative integer", {"n": -7}, []),
    ("integer beyond long", {"n": 1e20}, [("n", "out_of_range")]),
    ("decimal as string", {"d": "0.5"}, [("d", "wrong_type")]),
    ("whole decimal", {"d": 3}, []),
    ("boolean for decimal", {"d": False}, [("d", "wrong_type")]),
    ("number for text", {"txt": 12}, [("txt", "wrong_type")]),
    ("empty text", {"txt": ""}, []),
    ("date ok", {"day": "2024-02-29"}, []),
    ("date not in a leap year", {"day": "2025-02-29"}, [("day", "invalid_date")]),
    ("date month 13", {"day": "2025-13-01"}, [("day", "invalid_date")]),
    ("date without zero padding", {"day": "2025-2-3"}, [("day", "invalid_date")]),
    ("date with time", {"day": "2025-02-03T10:00"}, [("day", "invalid_date")]),
    ("date day 31 in April", {"day": "2025-04-31"}, [("day", "invalid_date")]),
    ("date as number", {"day": 20250101}, [("day", "wrong_type")]),
    ("unknown question", {"zzz": "yes"}, [("zzz", "unknown_question")]),
    ("unknown questions sorted first", {"b.x": 1, "a.x": 1, "yn": "maybe"}, [("a.x", "unknown_question"), ("b.x", "unknown_question"), ("yn", "not_a_choice")]),
    ("unknown with null value", {"zzz": None}, [("zzz", "unknown_question")]),
    ("several wrong answers in questionnaire order", {"day": "x", "yn": 2, "n": "1"}, [("yn", "wrong_type"), ("n", "wrong_type"), ("day", "invalid_date")]),
]:
    form("types: " + name, "types", STHLM, answers, ALL, violations)

# ---- The form questionnaire: rules, bounds, follow-ups ----------------------------------------------
A_MUNI = ["has", "muni", "staff", "share", "since", "kinds", "broken"]
A_REGION = ["has", "staff", "share", "since", "kinds", "broken"]


def vis(base, *extra):
    order = ["has", "has.level", "has.level.why", "muni", "muni.more", "staff", "share", "since", "kinds",
             "kinds.audit", "broken", "jamt"]
    want = set(base) | set(extra)
    return [x for x in order if x in want]


form("form: empty for a municipality", "form", STHLM, {}, vis(A_MUNI),
     [("has", "required"), ("muni", "required"), ("staff", "required")])
form("form: empty for a region", "form", REGION, {}, vis(A_REGION), [("has", "required"), ("staff", "required")])
form("form: region in county 23 sees its own question", "form", JAMTLAND, {}, vis(A_REGION, "jamt"),
     [("has", "required"), ("staff", "required"), ("jamt", "required")])
form("form: complete municipality", "form", STHLM, {"has": "no", "muni": "no", "staff": 10, "share": 0.5},
     vis(A_MUNI, "share"), [])
form("form: follow-up shown and required", "form", STHLM, {"has": "yes", "muni": "no", "staff": 0},
     vis(A_MUNI, "has.level"), [("has.level", "required")])
form("form: required rule false when staff is 0", "form", STHLM, {"has": "no", "muni": "no", "staff": 0},
     vis(A_MUNI, "share"), [])
form("form: required rule true when staff > 0", "form", STHLM, {"has": "no", "muni": "no", "staff": 3},
     vis(A_MUNI, "share"), [("share", "required")])
form("form: required rule errors when staff is invalid, so not required", "form", STHLM,
     {"has": "no", "muni": "no", "staff": "many"}, vis(A_MUNI, "share"), [("staff", "wrong_type")])
form("form: second-level follow-up", "form", STHLM,
     {"has": "yes", "has.level": "political", "has.level.why": "decided", "muni": "no", "staff": 0},
     vis(A_MUNI, "has.level", "has.level.why"), [])
form("form: follow-up answered though hidden", "form", STHLM,
     {"has": "no", "has.level": "political", "muni": "no", "staff": 0}, vis(A_MUNI), [("has.level", "not_relevant")])
form("form: hidden by a hidden parent", "form", STHLM,
     {"has": "no", "has.level.why": "x", "muni": "no", "staff": 0}, vis(A_MUNI), [("has.level.why", "not_relevant")])
form("form: hidden by a hidden parent even with the parent's answer", "form", STHLM,
     {"has": "no", "has.level": "political", "has.level.why": "x", "muni": "no", "staff": 0}, vis(A_MUNI),
     [("has.level", "not_relevant"), ("has.level.why", "not_relevant")])
form("form: parent answered with a wrong choice hides the follow-up", "form", STHLM,
     {"has": "ja", "muni": "no", "staff": 0}, vis(A_MUNI), [("has", "not_a_choice")])
form("form: text too long", "form", STHLM,
     {"has": "yes", "has.level": "political", "has.level.why": "elva tecken", "muni": "no", "staff": 0},
     vis(A_MUNI, "has.level", "has.level.why"), [("has.level.why", "too_long")])
form("form: text of ten code points with emoji", "form", STHLM,
     {"has": "yes", "has.level": "political", "has.level.why": "\U0001F600\U0001F600\U0001F600\U0001F600\U0001F600åäöåä", "muni": "no", "staff": 0},
     vis(A_MUNI, "has.level", "has.level.why"), [])
form("form: region answers a municipality question", "form", REGION, {"has": "no", "muni": "yes", "staff": 0},
     vis(A_REGION), [("muni", "not_applicable")])
form("form: a follow-up of a question that does not apply is hidden, not inapplicable", "form", REGION,
     {"has": "no", "muni.more": "yes", "staff": 0}, vis(A_REGION), [("muni.more", "not_relevant")])
form("form: city district sees the municipality question", "form", DISTRICT,
     {"has": "no", "muni": "yes", "staff": 0}, vis(A_MUNI, "muni.more"), [("muni.more", "required")])
form("form: below min", "form", STHLM, {"has": "no", "muni": "no", "staff": -1}, vis(A_MUNI, "share"),
     [("staff", "out_of_range")])
form("form: above max", "form", REGION, {"has": "no", "staff": 100001}, vis(A_REGION, "share"),
     [("staff", "out_of_range")])
form("form: at max", "form", REGION, {"has": "no", "staff": 100000, "share": 1}, vis(A_REGION, "share"), [])
form("form: constraint false for a municipality", "form", STHLM,
     {"has": "no", "muni": "no", "staff": 60000, "share": 0.2}, vis(A_MUNI, "share"), [("staff", "constraint")])
form("form: constraint true for a region", "form", REGION,
     {"has": "no", "staff": 60000, "share": 0.2}, vis(A_REGION, "share"), [])
form("form: decimal above max", "form", STHLM, {"has": "no", "muni": "no", "staff": 1, "share": 1.01},
     vis(A_MUNI, "share"), [("share", "out_of_range")])
form("form: decimal at min", "form", STHLM, {"has": "no", "muni": "no", "staff": 1, "share": 0},
     vis(A_MUNI, "share"), [])
form("form: date constraint false", "form", STHLM, {"has": "no", "muni": "no", "staff": 0, "since": "1999-12-31"},
     vis(A_MUNI), [("since", "constraint")])
form("form: date constraint true", "form", STHLM, {"has": "no", "muni": "no", "staff": 0, "since": "2000-01-01"},
     vis(A_MUNI), [])
form("form: invalid date is not judged by its constraint", "form", STHLM,
     {"has": "no", "muni": "no", "staff": 0, "since": "1999-02-30"}, vis(A_MUNI), [("since", "invalid_date")])
form("form: multi constraint", "form", STHLM,
     {"has": "no", "muni": "no", "staff": 0, "kinds": ["audit", "training", "survey"]},
     vis(A_MUNI, "kinds.audit"), [("kinds", "constraint"), ("kinds.audit", "required")])
form("form: multi follow-up", "form", STHLM,
     {"has": "no", "muni": "no", "staff": 0, "kinds": ["audit"], "kinds.audit": "yes"}, vis(A_MUNI, "kinds.audit"), [])
form("form: multi follow-up hidden", "form", STHLM,
     {"has": "no", "muni": "no", "staff": 0, "kinds": ["survey"], "kinds.audit": "yes"}, vis(A_MUNI),
     [("kinds.audit", "not_relevant")])
form("form: multi duplicates then constraint", "form", STHLM,
     {"has": "no", "muni": "no", "staff": 0, "kinds": ["audit", "audit", "survey"]}, vis(A_MUNI, "kinds.audit"),
     [("kinds.audit", "required")])
form("form: a constraint that errors never rejects", "form", STHLM,
     {"has": "no", "muni": "no", "staff": 0, "broken": "yes"}, vis(A_MUNI), [])
form("form: a constraint reading an invalid answer never rejects", "form", STHLM,
     {"has": "no", "muni": "no", "staff": "x", "broken": "yes"}, vis(A_MUNI, "share"), [("staff", "wrong_type")])
form("form: county question answered elsewhere", "form", REGION, {"has": "no", "staff": 0, "jamt": "yes"},
     vis(A_REGION), [("jamt", "not_relevant")])

# ---- The 2025 questionnaire ---------------------------------------------------------------------------
with open(Q2025, encoding="utf-8") as f:
    q2025 = json.load(f)
QUESTIONS = [x for s in q2025["sections"] for x in s["questions"]]


def parent(x):
    rel = x.get("relevant")
    if not rel:
        return None
    prefix, suffix = "answers['", "'] == 'yes'"
    assert rel.startswith(prefix) and rel.endswith(suffix), rel
    return rel[len(prefix):-len(suffix)]


def expected_2025(org, answers):
    visible = []
    shown = set()
    for x in QUESTIONS:  # parents come before their follow-ups in the file
        applies = "appliesTo" not in x or org["type"] in x["appliesTo"]
        p = parent(x)
        ok = applies and (p is None or (p in shown and answers.get(p) == "yes"))
        if ok:
            visible.append(x["id"])
            shown.add(x["id"])
    violations = []
    for x in QUESTIONS:
        qid = x["id"]
        applies = "appliesTo" not in x or org["type"] in x["appliesTo"]
        if not applies:
            if qid in answers:
                violations.append((qid, "not_applicable"))
            continue
        if qid not in shown:
            if qid in answers:
                violations.append((qid, "not_relevant"))
            continue
        if qid not in answers:
            if x.get("required", True) is not False:
                violations.append((qid, "required"))
    return visible, violations


def all_answers(org, value, follow=True):
    answers = {}
    for x in QUESTIONS:
        applies = "appliesTo" not in x or org["type"] in x["appliesTo"]
        p = parent(x)
        if not applies or (p is not None and (not follow or answers.get(p) != "yes")):
            continue
        if x["type"] == "text":
            answers[x["id"]] = "Beskrivning"
        elif x["type"] == "single_choice":
            answers[x["id"]] = x["choices"][0]["value"]
        else:
            answers[x["id"]] = value
    return answers


for org in [STHLM, REGION, DISTRICT, KIRUNA, JAMTLAND]:
    label = f"{org['type'].lower()} {org['code']}"
    for value in ["yes", "no", "dont_know"]:
        a = all_answers(org, value)
        form(f"2025: {label} answers all {value}", "patientsakerhet-2025", org, a, *expected_2025(org, a))
    form(f"2025: {label} answers nothing", "patientsakerhet-2025", org, {}, *expected_2025(org, {}))
    a = all_answers(org, "yes")
    a.pop("patient.views.methods", None)
    form(f"2025: {label} leaves an optional text out", "patientsakerhet-2025", org, a, *expected_2025(org, a))
    a = all_answers(org, "no")
    a["plan.level"] = "political"
    form(f"2025: {label} answers a follow-up of no", "patientsakerhet-2025", org, a, *expected_2025(org, a))
    a = all_answers(org, "no")
    a["training.intro.licensed.management_system"] = "yes"
    form(f"2025: {label} answers a follow-up of a hidden follow-up", "patientsakerhet-2025", org, a,
         *expected_2025(org, a))
    a = all_answers(org, "yes")
    a["training.intro.licensed.documented"] = "dont_know"
    a.pop("training.intro.licensed.management_system", None)
    form(f"2025: {label} dont_know on a middle question hides its follow-up", "patientsakerhet-2025", org, a,
         *expected_2025(org, a))
    a = all_answers(org, "no")
    a["plan.psb"] = "yes"
    form(f"2025: {label} answers the municipality-only follow-up without its parent", "patientsakerhet-2025", org,
         a, *expected_2025(org, a))

# 2025 normalisation cases for one municipality.
base = all_answers(STHLM, "no")
for name, change, extra in [
    ("a choice outside yes/no/dont_know", {"patient.views": "ja"}, ("patient.views", "not_a_choice")),
    ("a number for a yes/no question", {"patient.views": 1}, ("patient.views", "wrong_type")),
    ("an unknown question id", {"plan.exist": "yes"}, ("plan.exist", "unknown_question")),
]:
    a = dict(base, **change)
    visible, violations = expected_2025(STHLM, {k: v for k, v in a.items() if k != "plan.exist"})
    violations = [v for v in violations if v[0] != extra[0]]
    if extra[1] == "unknown_question":
        violations = [extra] + violations
    else:
        idx = [x["id"] for x in QUESTIONS].index(extra[0])
        violations.append(extra)
        violations.sort(key=lambda v: [x["id"] for x in QUESTIONS].index(v[0]))
    form("2025: municipality gives " + name, "patientsakerhet-2025", STHLM, a, visible, violations)

corpus = {
    "about": "One rule semantics in two engines: the Java engine (platform/questionnaire, "
             "RuleCorpusTest) and the web app's engine (services/web, rule-corpus.test.ts) must both "
             "give each case's outcome. An expression case runs its expression as the relevant rule of "
             "a question 'probe.relevant' and as the constraint of an answered question "
             "'probe.constraint', added to the 'types' questionnaire: true shows the first and accepts "
             "the second, false hides the first and rejects the second, an error hides the first and "
             "accepts the second. A questionnaire case compares the visible questions and the "
             "violations (question and code, in order). Written by src/test/corpus/generate_rule_corpus.py.",
    "questionnaires": {"types": TYPES, "form": FORM, "patientsakerhet-2025": "classpath:questionnaires/patientsakerhet-2025.json"},
    "cases": cases,
}
with open(OUT, "w", encoding="utf-8") as f:
    json.dump(corpus, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(f"{len(cases)} cases written to {os.path.normpath(OUT)}")
