"""Dev-set floors for the event extractor: fails when event F1, date or modality accuracy drop
below what was measured (benchmarks/EVENTS.md) minus a small margin.

Runs the whole cascade (spaCy parse, timexes, entities, figures, events) over the dev sets copied
into ``tests/data/events`` (a few seconds). Dates depend on the temporal engine too: a drop in
date accuracy may come from there.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from pipeline.extract.events.evaluate import predict, read_jsonl

HERE = Path(__file__).resolve().parent
DATA = HERE.parent / "data" / "events"
SCORER = HERE.parent / "tools" / "score_events.py"

# Measured values (benchmarks/EVENTS.md, rounds 3 to 5) minus a margin of about three points; the small
# sets get a wider margin because one error moves their scores by several points.
FLOORS = {
    # 145 gold events: 84.76 / date 96.49 / modality 100.
    "events_dev.jsonl": {"f1": 0.82, "date": 0.93, "modality": 0.97},
    # 33 gold events: one error moves F1 by ~3 points and accuracies by ~3.5 (91.80 / 100 / 100).
    "own_dev.jsonl": {"f1": 0.88, "date": 0.93, "modality": 0.93},
    # 65 gold events (first run, blind: F1 0.699; since used for tuning; 87.80 / 98.15 / 100).
    # (date 0.94 since round 6: the newly matched 'discussions' takes the saying's date, gold undated)
    "own_blind.jsonl": {"f1": 0.85, "date": 0.94, "modality": 0.96},
    # 18 gold events (first run, blind: F1 0.514; since used for tuning): one error ~5 points.
    "own_blind2.jsonl": {"f1": 0.80, "date": 0.90, "modality": 0.90},
    # 54 gold events (first run, blind: F1 0.561; since used for tuning; 72.38 / 86.84 / 97.37):
    # one error moves F1 by ~2 points and accuracies by ~2.6.
    "own_blind3.jsonl": {"f1": 0.69, "date": 0.81, "modality": 0.92},
    # Round 4 sets (8 stories each; every file was scored once blind, then tuned on except 9a/9b,
    # which were measured last): values at the end of round 4 minus about 6 points of F1, 10 of
    # date and 8 of modality accuracy (one event is 2-5 points on these sets).
    "own_blind4a.jsonl": {"f1": 0.85, "date": 0.87, "modality": 0.92},  # 34 gold: 90.62 / 96.55 / 100
    "own_blind4b.jsonl": {"f1": 0.61, "date": 0.80, "modality": 0.92},  # 54 gold: 67.39 / 90.32 / 100
    "own_blind5a.jsonl": {"f1": 0.67, "date": 0.84, "modality": 0.92},  # 58 gold: 72.73 / 94.44 / 100
    "own_blind5b.jsonl": {"f1": 0.48, "date": 0.84, "modality": 0.89},  # 68 gold: 54.24 / 93.75 / 96.88
    "own_blind6a.jsonl": {"f1": 0.82, "date": 0.90, "modality": 0.92},  # 34 gold: 87.88 / 100 / 100
    "own_blind6b.jsonl": {"f1": 0.63, "date": 0.84, "modality": 0.86},  # 27 gold: 69.39 / 94.12 / 94.12
    "own_blind7a.jsonl": {"f1": 0.69, "date": 0.90, "modality": 0.92},  # 55 gold: 74.51 / 100 / 100
    "own_blind7b.jsonl": {"f1": 0.40, "date": 0.84, "modality": 0.92},  # 46 gold: 45.95 / 94.12 / 100
    "own_blind8a.jsonl": {"f1": 0.82, "date": 0.82, "modality": 0.92},  # 31 gold: 87.72 / 92.00 / 100
    "own_blind8b.jsonl": {"f1": 0.66, "date": 0.74, "modality": 0.92},  # 39 gold: 72.46 / 84.00 / 100
    "own_blind9a.jsonl": {"f1": 0.36, "date": 0.81, "modality": 0.92},  # 30 gold: 42.31 / 90.91 / 100
    "own_blind9b.jsonl": {"f1": 0.29, "date": 0.73, "modality": 0.81},  # 61 gold: 35.29 / 83.33 / 88.89
    "own_blind10a.jsonl": {"f1": 0.49, "date": 0.81, "modality": 0.92},  # 46 gold: 55.42 / 91.30 / 100
    "own_blind10b.jsonl": {"f1": 0.51, "date": 0.86, "modality": 0.88},  # 49 gold: 57.47 / 96.00 / 96.00
    "own_blind11a.jsonl": {"f1": 0.51, "date": 0.75, "modality": 0.92},  # 57 gold: 57.14 / 85.71 / 100
    "own_blind11b.jsonl": {"f1": 0.46, "date": 0.90, "modality": 0.92},  # 38 gold: 52.31 / 100 / 100
    # Round 5 sets: 12 measured blind then tuned on, 13 measured blind (held back) then tuned on, 14
    # held back to the end; values at the end of round 5 minus the same margins.
    "own_blind12a.jsonl": {"f1": 0.50, "date": 0.81, "modality": 0.92},  # 46 gold: 56.79 / 91.30 / 100
    "own_blind12b.jsonl": {"f1": 0.45, "date": 0.84, "modality": 0.92},  # 42 gold: 51.43 / 94.44 / 100
    # (round 6: four newly matched 'asked' records carry the report's date, gold undated: 54.10 / 78.79)
    "own_blind13a.jsonl": {"f1": 0.43, "date": 0.75, "modality": 0.85},  # 67 gold: 49.15 / 89.66 / 93.10
    "own_blind13b.jsonl": {"f1": 0.46, "date": 0.85, "modality": 0.92},  # 43 gold: 52.63 / 95.00 / 100
    "own_blind14a.jsonl": {"f1": 0.58, "date": 0.90, "modality": 0.92},  # 39 gold: 64.62 / 100 / 100
    "own_blind14b.jsonl": {"f1": 0.59, "date": 0.83, "modality": 0.92},  # 27 gold: 65.22 / 93.33 / 100
    # Round 6 sets: 15a/15b scored blind mid-round (then tuned on), 16a/16b held back to the end.
    "own_blind15a.jsonl": {"f1": 0.77, "date": 0.85, "modality": 0.87},  # 31 gold: 83.64 / 95.65 / 95.65
    "own_blind15b.jsonl": {"f1": 0.52, "date": 0.58, "modality": 0.92},  # 31 gold: 58.18 / 68.75 / 100
    "own_blind16a.jsonl": {"f1": 0.49, "date": 0.80, "modality": 0.87},  # 43 gold: 55.26 / 90.48 / 95.24
    "own_blind16b.jsonl": {"f1": 0.56, "date": 0.70, "modality": 0.88},  # 47 gold: 62.50 / 80.00 / 96.00
    # Round 7 sets 17a-18b: held back to the end of the round, one run each (d2b6997).
    "own_blind17a.jsonl": {"f1": 0.41, "date": 0.74, "modality": 0.90},  # 35 gold: 47.27 / 84.62 / 100
    "own_blind17b.jsonl": {"f1": 0.53, "date": 0.64, "modality": 0.90},  # 49 gold: 58.97 / 73.91 / 100
    "own_blind18a.jsonl": {"f1": 0.45, "date": 0.74, "modality": 0.90},  # 30 gold: 50.98 / 84.62 / 100
    "own_blind18b.jsonl": {"f1": 0.35, "date": 0.90, "modality": 0.84},  # 44 gold: 41.10 / 100 / 93.33
    # Round 8 sets 19a-21b: held back to the end of the round, one run each (301353d).
    "own_blind19a.jsonl": {"f1": 0.55, "date": 0.72, "modality": 0.86},  # 39 gold: 61.11 / 81.82 / 95.45
    "own_blind19b.jsonl": {"f1": 0.68, "date": 0.90, "modality": 0.92},  # 42 gold: 74.67 / 100 / 100
    "own_blind20a.jsonl": {"f1": 0.61, "date": 0.84, "modality": 0.92},  # 49 gold: 67.47 / 92.86 / 100
    "own_blind20b.jsonl": {"f1": 0.39, "date": 0.84, "modality": 0.90},  # 46 gold: 45.45 / 93.33 / 100
    "own_blind21a.jsonl": {"f1": 0.68, "date": 0.90, "modality": 0.80},  # 46 gold: 74.42 / 96.88 / 87.50
    "own_blind21b.jsonl": {"f1": 0.33, "date": 0.88, "modality": 0.87},  # 71 gold: 38.94 / 95.45 / 95.45
    # Round 9 sets 22a-23b: held back to the end of the round, one run each (f627f7b).
    "own_blind22a.jsonl": {"f1": 0.55, "date": 0.71, "modality": 0.86},  # 41 gold: 61.76 / 80.95 / 95.24
    "own_blind22b.jsonl": {"f1": 0.38, "date": 0.90, "modality": 0.80},  # 30 gold: 44.90 / 100 / 90.91
    "own_blind23a.jsonl": {"f1": 0.51, "date": 0.86, "modality": 0.92},  # 46 gold: 57.50 / 95.65 / 100
    "own_blind23b.jsonl": {"f1": 0.38, "date": 0.80, "modality": 0.92},  # 46 gold: 44.44 / 88.89 / 100
    # Round 10 sets 24a-25b: held back to the end of the round, one run each (02a18d0).
    "own_blind24a.jsonl": {"f1": 0.60, "date": 0.90, "modality": 0.92},  # 31 gold: 66.67 / 100 / 100
    "own_blind24b.jsonl": {"f1": 0.53, "date": 0.85, "modality": 0.85},  # 39 gold: 59.70 / 95.00 / 95.00
    "own_blind25a.jsonl": {"f1": 0.35, "date": 0.90, "modality": 0.92},  # 49 gold: 41.86 / 100 / 100
    "own_blind25b.jsonl": {"f1": 0.43, "date": 0.80, "modality": 0.90},  # 25 gold: 50.00 / 90.91 / 100
    # Round 11 sets 26a-27b: committed by the annotators, run once with unchanged extraction code (d83f950).
    "own_blind26a.jsonl": {"f1": 0.62, "date": 0.87, "modality": 0.87},  # 40 gold: 68.66 / 95.65 / 95.65
    "own_blind26b.jsonl": {"f1": 0.40, "date": 0.55, "modality": 0.85},  # 45 gold: 46.75 / 66.67 / 94.44
    "own_blind27a.jsonl": {"f1": 0.56, "date": 0.90, "modality": 0.85},  # 37 gold: 62.50 / 100 / 95.00
    "own_blind27b.jsonl": {"f1": 0.53, "date": 0.87, "modality": 0.87},  # 40 gold: 59.46 / 95.45 / 95.45
    # Round 11 sets 28a-29b: held back to the end of the round, one run each (d7ba4a5); values after
    # the one fix that run prompted (aea9206).
    "own_blind28a.jsonl": {"f1": 0.54, "date": 0.90, "modality": 0.90},  # 37 gold: 61.02 / 100 / 100
    "own_blind28b.jsonl": {"f1": 0.46, "date": 0.88, "modality": 0.88},  # 28 gold: 53.85 / 100 / 100
    "own_blind29a.jsonl": {"f1": 0.53, "date": 0.76, "modality": 0.92},  # 46 gold: 59.52 / 84.00 / 100
    "own_blind29b.jsonl": {"f1": 0.64, "date": 0.84, "modality": 0.92},  # 40 gold: 70.42 / 92.00 / 100
    # Round 12 sets 30a/31a: run once with the session-start code (e4a4035's extraction code); sets
    # 30b-33b held back to the end of the round, one run each (6132b8d).
    "own_blind30a.jsonl": {"f1": 0.45, "date": 0.78, "modality": 0.92},  # 49 gold: 52.38 / 86.36 / 100
    "own_blind31a.jsonl": {"f1": 0.67, "date": 0.82, "modality": 0.92},  # 33 gold: 73.68 / 90.48 / 100
    "own_blind30b.jsonl": {"f1": 0.48, "date": 0.73, "modality": 0.92},  # 35 gold: 55.17 / 81.25 / 100
    "own_blind31b.jsonl": {"f1": 0.62, "date": 0.77, "modality": 0.85},  # 46 gold: 69.23 / 85.19 / 92.59
    "own_blind32a.jsonl": {"f1": 0.61, "date": 0.92, "modality": 0.86},  # 51 gold: 68.13 / 100 / 93.55
    "own_blind32b.jsonl": {"f1": 0.58, "date": 0.70, "modality": 0.88},  # 40 gold: 64.71 / 77.27 / 95.45
    "own_blind33a.jsonl": {"f1": 0.48, "date": 0.92, "modality": 0.92},  # 25 gold: 55.00 / 100 / 100
    # (date 0.75 since round 15: two requests newly matched through the headline's party take the
    # report's date; the gold leaves them undated)
    "own_blind33b.jsonl": {"f1": 0.53, "date": 0.75, "modality": 0.92},  # 42 gold: 60.27 / 90.91 / 100
    # Round 13 sets 34-35: run once with the session-start code, held back, run once with the final
    # code (0b4c64f); the values below are the final code's.
    "own_blind34a.jsonl": {"f1": 0.45, "date": 0.90, "modality": 0.92},  # 43 gold: 52.17 / 100 / 100
    "own_blind34b.jsonl": {"f1": 0.63, "date": 0.90, "modality": 0.88},  # 40 gold: 70.42 / 100 / 96.00
    "own_blind35a.jsonl": {"f1": 0.56, "date": 0.77, "modality": 0.88},  # 47 gold: 63.53 / 85.19 / 96.30
    "own_blind35b.jsonl": {"f1": 0.55, "date": 0.85, "modality": 0.92},  # 34 gold: 62.07 / 94.44 / 100
    # Round 13 sets 36-37: run once with the code of the round's first half, held back, run once
    # with the final code (32b6da9), which scores them the same.
    "own_blind36a.jsonl": {"f1": 0.75, "date": 0.88, "modality": 0.88},  # 34 gold: 81.82 / 96.30 / 96.30
    "own_blind36b.jsonl": {"f1": 0.47, "date": 0.83, "modality": 0.92},  # 47 gold: 54.12 / 91.30 / 100
    "own_blind37a.jsonl": {"f1": 0.30, "date": 0.90, "modality": 0.92},  # 47 gold: 37.04 / 100 / 100
    "own_blind37b.jsonl": {"f1": 0.50, "date": 0.80, "modality": 0.80},  # 24 gold: 58.54 / 91.67 / 91.67
    "own_blind38a.jsonl": {"f1": 0.72, "date": 0.87, "modality": 0.93},  # 47 gold: 79.55 / 94.29 / 100
    "own_blind38b.jsonl": {"f1": 0.58, "date": 0.83, "modality": 0.89},  # 51 gold: 65.31 / 90.62 / 96.88
    "own_blind39a.jsonl": {"f1": 0.58, "date": 0.86, "modality": 0.86},  # 27 gold: 65.31 / 93.75 / 93.75
    "own_blind39b.jsonl": {"f1": 0.52, "date": 0.73, "modality": 0.93},  # 45 gold: 59.52 / 80.00 / 100
    "own_blind40a.jsonl": {"f1": 0.61, "date": 0.89, "modality": 0.93},  # 53 gold: 68.82 / 96.88 / 100
    # (round 16: two more matches, 12/13 dates: "to release its 1987 planting intentions report March 31"
    # reads "report" as a verb, so "March 31" dates it and the release stays undated; floor 0.93 -> 0.90)
    "own_blind40b.jsonl": {"f1": 0.61, "date": 0.90, "modality": 0.93},  # 20 gold: 74.29 / 92.31 / 100
    "own_blind41a.jsonl": {"f1": 0.61, "date": 0.93, "modality": 0.93},  # 41 gold: 68.49 / 100 / 100
    "own_blind41b.jsonl": {"f1": 0.56, "date": 0.81, "modality": 0.85},  # 43 gold: 63.29 / 88.00 / 92.00
    "own_blind42a.jsonl": {"f1": 0.65, "date": 0.70, "modality": 0.89},  # 47 gold: 72.09 / 77.42 / 96.77
    "own_blind42b.jsonl": {"f1": 0.35, "date": 0.93, "modality": 0.93},  # 32 gold: 42.31 / 100 / 100
    "own_blind43a.jsonl": {"f1": 0.42, "date": 0.66, "modality": 0.93},  # 36 gold: 49.18 / 73.33 / 100
    "own_blind43b.jsonl": {"f1": 0.61, "date": 0.89, "modality": 0.93},  # 53 gold: 68.75 / 96.97 / 100
    "own_blind44a.jsonl": {"f1": 0.40, "date": 0.80, "modality": 0.93},  # 43 gold: 47.06 / 87.50 / 100
    "own_blind44b.jsonl": {"f1": 0.60, "date": 0.81, "modality": 0.93},  # 58 gold: 67.33 / 88.24 / 100
    "own_blind45a.jsonl": {"f1": 0.53, "date": 0.93, "modality": 0.93},  # 37 gold: 60.00 / 100 / 100
    "own_blind45b.jsonl": {"f1": 0.52, "date": 0.93, "modality": 0.93},  # 41 gold: 59.15 / 100 / 100
    "own_blind46a.jsonl": {"f1": 0.44, "date": 0.88, "modality": 0.93},  # 44 gold: 51.85 / 95.24 / 100.00
    "own_blind46b.jsonl": {"f1": 0.52, "date": 0.87, "modality": 0.93},  # 39 gold: 59.70 / 95.00 / 100.00
    # Round 15 sets (blind until measured in round 15): values then minus the same margins.
    "own_blind47a.jsonl": {"f1": 0.56, "date": 0.89, "modality": 0.93},  # 51 gold: 63.83 / 96.67 / 100
    "own_blind47b.jsonl": {"f1": 0.51, "date": 0.80, "modality": 0.93},  # 31 gold: 58.18 / 87.50 / 100
    "own_blind48a.jsonl": {"f1": 0.56, "date": 0.89, "modality": 0.93},  # 44 gold: 63.29 / 96.00 / 100
    "own_blind48b.jsonl": {"f1": 0.59, "date": 0.83, "modality": 0.93},  # 37 gold: 66.67 / 90.91 / 100
    "own_blind49a.jsonl": {"f1": 0.66, "date": 0.88, "modality": 0.88},  # 37 gold: 73.85 / 95.83 / 95.83
    "own_blind49b.jsonl": {"f1": 0.63, "date": 0.85, "modality": 0.85},  # 65 gold: 70.09 / 92.68 / 92.68
    "own_blind50a.jsonl": {"f1": 0.58, "date": 0.82, "modality": 0.87},  # 33 gold: 65.52 / 89.47 / 94.74
    "own_blind50b.jsonl": {"f1": 0.52, "date": 0.93, "modality": 0.93},  # 29 gold: 59.26 / 100 / 100
    "own_blind51a.jsonl": {"f1": 0.55, "date": 0.87, "modality": 0.93},  # 30 gold: 62.96 / 94.12 / 100
    "own_blind51b.jsonl": {"f1": 0.52, "date": 0.85, "modality": 0.85},  # 26 gold: 59.57 / 92.86 / 92.86
    "own_blind52a.jsonl": {"f1": 0.43, "date": 0.93, "modality": 0.85},  # 35 gold: 50.00 / 100 / 92.86
    "own_blind52b.jsonl": {"f1": 0.69, "date": 0.88, "modality": 0.83},  # 30 gold: 76.92 / 95.00 / 90.00
    "own_blind53a.jsonl": {"f1": 0.53, "date": 0.83, "modality": 0.93},  # 43 gold: 60.27 / 90.91 / 100
    "own_blind53b.jsonl": {"f1": 0.69, "date": 0.88, "modality": 0.93},  # 31 gold: 76.36 / 95.24 / 100
    "own_blind54a.jsonl": {"f1": 0.48, "date": 0.82, "modality": 0.87},  # 36 gold: 55.88 / 89.47 / 94.74
    "own_blind54b.jsonl": {"f1": 0.68, "date": 0.93, "modality": 0.93},  # 40 gold: 75.32 / 100 / 100
    "own_blind55a.jsonl": {"f1": 0.71, "date": 0.87, "modality": 0.93},  # 51 gold: 78.65 / 94.29 / 100
    "own_blind55b.jsonl": {"f1": 0.77, "date": 0.85, "modality": 0.93},  # 36 gold: 84.37 / 92.59 / 100
    "own_blind56a.jsonl": {"f1": 0.63, "date": 0.87, "modality": 0.93},  # 56 gold: 70.71 / 94.29 / 100
    "own_blind56b.jsonl": {"f1": 0.49, "date": 0.75, "modality": 0.93},  # 53 gold: 56.57 / 82.14 / 100
    # round 16 blind sets, at the round's final code (first runs in benchmarks/EVENTS.md)
    "own_blind57a.jsonl": {"f1": 0.52, "date": 0.58, "modality": 0.93},  # 52 gold: 59.09 / 65.38 / 100
    "own_blind57b.jsonl": {"f1": 0.48, "date": 0.81, "modality": 0.87},  # 37 gold: 55.74 / 88.24 / 94.12
    "own_blind58a.jsonl": {"f1": 0.73, "date": 0.77, "modality": 0.87},  # 25 gold: 80.85 / 84.21 / 94.74
    "own_blind58b.jsonl": {"f1": 0.27, "date": 0.93, "modality": 0.84},  # 39 gold: 34.29 / 100 / 91.67
    "own_blind59a.jsonl": {"f1": 0.57, "date": 0.84, "modality": 0.88},  # 36 gold: 64.79 / 91.30 / 95.65
    "own_blind59b.jsonl": {"f1": 0.40, "date": 0.80, "modality": 0.93},  # 43 gold: 47.76 / 87.50 / 100
    "own_blind60a.jsonl": {"f1": 0.42, "date": 0.93, "modality": 0.93},  # 59 gold: 49.52 / 100 / 100
    "own_blind60b.jsonl": {"f1": 0.72, "date": 0.87, "modality": 0.87},  # 53 gold: 79.17 / 94.74 / 94.74
    "own_blind61a.jsonl": {"f1": 0.61, "date": 0.86, "modality": 0.93},  # 52 gold: 68.13 / 93.55 / 100
    "own_blind61b.jsonl": {"f1": 0.60, "date": 0.79, "modality": 0.90},  # 62 gold: 67.89 / 86.49 / 97.30
    "own_blind62a.jsonl": {"f1": 0.43, "date": 0.65, "modality": 0.79},  # 51 gold: 50.57 / 72.73 / 86.36
    "own_blind62b.jsonl": {"f1": 0.75, "date": 0.87, "modality": 0.90},  # 45 gold: 82.93 / 94.12 / 97.06
    # round 17 blind sets, at the round's final code (first runs in benchmarks/EVENTS.md)
    "own_blind63a.jsonl": {"f1": 0.64, "date": 0.79, "modality": 0.87},  # 53 gold: 71.29 / 86.11 / 94.44
    "own_blind63b.jsonl": {"f1": 0.42, "date": 0.86, "modality": 0.86},  # 33 gold: 49.18 / 93.33 / 93.33
    "own_blind64a.jsonl": {"f1": 0.59, "date": 0.87, "modality": 0.93},  # 30 gold: 66.67 / 94.74 / 100
    "own_blind64b.jsonl": {"f1": 0.41, "date": 0.89, "modality": 0.93},  # 60 gold: 48.54 / 96.00 / 100
    "own_blind65a.jsonl": {"f1": 0.50, "date": 0.88, "modality": 0.93},  # 49 gold: 57.50 / 95.65 / 100
    "own_blind65b.jsonl": {"f1": 0.69, "date": 0.89, "modality": 0.93},  # 38 gold: 76.06 / 96.30 / 100
    "own_blind66a.jsonl": {"f1": 0.63, "date": 0.84, "modality": 0.90},  # 53 gold: 70.83 / 91.18 / 97.06
    "own_blind66b.jsonl": {"f1": 0.52, "date": 0.80, "modality": 0.93},  # 33 gold: 59.26 / 87.50 / 100
    "own_blind67a.jsonl": {"f1": 0.58, "date": 0.83, "modality": 0.93},  # 40 gold: 65.67 / 90.91 / 100
    "own_blind67b.jsonl": {"f1": 0.55, "date": 0.85, "modality": 0.89},  # 48 gold: 62.79 / 92.59 / 96.30
    "own_blind68a.jsonl": {"f1": 0.60, "date": 0.70, "modality": 0.90},  # 58 gold: 67.29 / 77.78 / 97.22
    "own_blind68b.jsonl": {"f1": 0.77, "date": 0.86, "modality": 0.93},  # 37 gold: 84.93 / 93.55 / 100
    "own_blind69a.jsonl": {"f1": 0.48, "date": 0.77, "modality": 0.89},  # 54 gold: 55.32 / 84.62 / 96.15
    "own_blind69b.jsonl": {"f1": 0.52, "date": 0.81, "modality": 0.87},  # 73 gold: 59.50 / 88.89 / 94.44
    "own_blind70a.jsonl": {"f1": 0.58, "date": 0.85, "modality": 0.93},  # 47 gold: 65.00 / 92.31 / 100
    "own_blind70b.jsonl": {"f1": 0.39, "date": 0.76, "modality": 0.93},  # 41 gold: 46.75 / 83.33 / 100
    "own_blind71a.jsonl": {"f1": 0.72, "date": 0.85, "modality": 0.87},  # 51 gold: 79.17 / 92.11 / 94.74
    "own_blind71b.jsonl": {"f1": 0.60, "date": 0.84, "modality": 0.90},  # 57 gold: 67.92 / 91.67 / 97.22
    "own_blind72a.jsonl": {"f1": 0.85, "date": 0.89, "modality": 0.93},  # 35 gold: 92.31 / 96.67 / 100
    "own_blind72b.jsonl": {"f1": 0.61, "date": 0.85, "modality": 0.93},  # 42 gold: 68.42 / 92.31 / 100
    # round 18 blind sets, at the round's final code (first runs in benchmarks/EVENTS.md)
    "own_blind73a.jsonl": {"f1": 0.40, "date": 0.86, "modality": 0.93},  # 36 gold: 47.62 / 93.33 / 100
    "own_blind73b.jsonl": {"f1": 0.34, "date": 0.74, "modality": 0.93},  # 47 gold: 41.56 / 81.25 / 100
    "own_blind74a.jsonl": {"f1": 0.47, "date": 0.87, "modality": 0.93},  # 36 gold: 54.84 / 94.12 / 100
    "own_blind74b.jsonl": {"f1": 0.65, "date": 0.66, "modality": 0.93},  # 38 gold: 72.22 / 73.08 / 100
    "own_blind75a.jsonl": {"f1": 0.54, "date": 0.89, "modality": 0.86},  # 60 gold: 61.54 / 96.88 / 93.75
    "own_blind75b.jsonl": {"f1": 0.49, "date": 0.93, "modality": 0.93},  # 24 gold: 56.41 / 100 / 100
    "own_blind76a.jsonl": {"f1": 0.56, "date": 0.86, "modality": 0.93},  # 52 gold: 63.92 / 93.55 / 100
    "own_blind76b.jsonl": {"f1": 0.73, "date": 0.80, "modality": 0.90},  # 53 gold: 80.00 / 87.50 / 97.50
    "own_blind77a.jsonl": {"f1": 0.51, "date": 0.80, "modality": 0.86},  # 32 gold: 58.18 / 87.50 / 93.75
    "own_blind77b.jsonl": {"f1": 0.62, "date": 0.77, "modality": 0.93},  # 47 gold: 69.57 / 84.38 / 100
    "own_blind78a.jsonl": {"f1": 0.55, "date": 0.81, "modality": 0.93},  # 47 gold: 62.65 / 88.46 / 100
    "own_blind78b.jsonl": {"f1": 0.67, "date": 0.89, "modality": 0.89},  # 35 gold: 74.63 / 96.00 / 96.00
    "own_blind79a.jsonl": {"f1": 0.50, "date": 0.89, "modality": 0.89},  # 47 gold: 57.47 / 96.00 / 96.00
    "own_blind79b.jsonl": {"f1": 0.48, "date": 0.83, "modality": 0.93},  # 46 gold: 55.70 / 90.91 / 100
    "own_blind80a.jsonl": {"f1": 0.70, "date": 0.73, "modality": 0.93},  # 42 gold: 77.50 / 80.65 / 100
    "own_blind80b.jsonl": {"f1": 0.68, "date": 0.84, "modality": 0.87},  # 51 gold: 75.79 / 91.67 / 94.44
    "own_blind81a.jsonl": {"f1": 0.63, "date": 0.77, "modality": 0.93},  # 51 gold: 70.33 / 84.38 / 100
    "own_blind81b.jsonl": {"f1": 0.60, "date": 0.61, "modality": 0.93},  # 30 gold: 67.86 / 68.42 / 100
    "own_blind82a.jsonl": {"f1": 0.41, "date": 0.76, "modality": 0.87},  # 46 gold: 48.65 / 83.33 / 94.44
    "own_blind82b.jsonl": {"f1": 0.55, "date": 0.88, "modality": 0.88},  # 43 gold: 62.69 / 95.24 / 95.24
}


def _scorer():
    spec = importlib.util.spec_from_file_location("score_events", SCORER)
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("score_events", module)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_dev_scores_do_not_regress(name):
    gold = read_jsonl(DATA / name)
    result = _scorer().score(gold, predict(gold), warn=lambda msg: None)
    metrics = result["metrics"]
    floors = FLOORS[name]
    assert metrics["f1"] >= floors["f1"], metrics
    assert metrics["date_accuracy"] >= floors["date"], metrics
    assert metrics["modality_accuracy"] >= floors["modality"], metrics
