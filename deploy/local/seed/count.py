#!/usr/bin/env python3
"""Counts per kind in the seed files, in the vocabulary of inventory.json; with --check, compares with it.

    python3 deploy/local/seed/count.py [--check]
"""
import json
import pathlib
import sys

SEED = pathlib.Path(__file__).resolve().parent


def load(name):
    return json.loads((SEED / name).read_text(encoding="utf-8"))


def counts():
    meetings, resolutions, activities = load("meetings.json"), load("resolutions.json"), load("activities.json")
    agenda = [item for m in meetings for item in m.get("agenda") or []]
    mandates = [md for a in activities for md in a.get("mandates") or []]
    c = {
        "organizations": len(load("organizations.json")),
        "people": len(load("people.json")),
        "meetings": len(meetings),
        "agendaItems": len(agenda),
        "agendaTopics": sum(len(i.get("topics") or []) for i in agenda),
        "presenters": sum(len(i.get("presenters") or []) for i in agenda),
        "participants": sum(len(m.get("participants") or []) for m in meetings),
        "decisions": sum(len(m.get("decisions") or []) for m in meetings),
        "meetingDocumentLinks": sum(len(m.get("documents") or []) for m in meetings),
        "documents": len(load("documents.json")),
        "resolutions": len(resolutions),
        "preambularParagraphs": sum(len(r.get("preambular") or []) for r in resolutions),
        "operativeParagraphs": sum(len(r.get("operative") or []) for r in resolutions),
        "programs": len(load("programs.json")),
        "activities": len(activities),
        "resolutionActivityLinks": len(mandates),
        "paragraphActivityLinks": sum(1 for md in mandates if md.get("paragraph")),
        "meetingActivityLinks": sum(1 for a in activities for i in a.get("identifiers") or [] if i["scheme"] == "oas-seed-meeting"),
    }
    themes = {}
    for a in activities:
        for t in a.get("themes") or []:
            themes[t] = themes.get(t, 0) + 1
    c["activitiesByTheme"] = dict(sorted(themes.items()))
    return c


if __name__ == "__main__":
    now = counts()
    print(json.dumps(now, indent=2))
    if "--check" in sys.argv:
        expected = load("inventory.json")["counts"]
        diff = {k: (expected.get(k), now.get(k)) for k in set(expected) | set(now) if expected.get(k) != now.get(k)}
        if diff:
            print("inventory.json (expected, seed):", json.dumps(diff, indent=2))
            sys.exit(1)
        print("seed files match inventory.json")
