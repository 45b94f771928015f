#!/usr/bin/env python3
"""Runs Microsoft Presidio (presidio-analyzer, spaCy fr_core_news_md, every French recognizer it
has) and rgpdctl's scrubber on the same corpus and prints, side by side, the recall per type
(annotated spans gone: every letter and digit of the span inside a removed span) and the
over-scrubbing (ordinary words outside every annotated span that are removed), with the same
definitions as tests/it/scrub.rs.

Usage: bench/presidio_compare.py CORPUS.jsonl RGPDCTL_SPANS.jsonl   (see presidio_compare.sh)
Presidio gets the text only: it has no notion of the respondent's own names (rgpdctl gets them).
"""
import json
import sys
import time
from collections import defaultdict


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def presidio_spans(rows, threshold):
    import logging
    # tldextract (Presidio's URL recogniser) tries to download the public-suffix list and falls
    # back to its bundled copy when offline: that is not an error of the comparison.
    logging.getLogger("tldextract").setLevel(logging.CRITICAL)
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    provider = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": "fr", "model_name": "fr_core_news_md"}],
    })
    engine = AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["fr"])
    out = {}
    t = time.time()
    for r in rows:
        res = engine.analyze(text=r["text"], language="fr", score_threshold=threshold)
        out[r["id"]] = [(x.start, x.end, x.entity_type) for x in res]
    return out, time.time() - t


def score(rows, found):
    recall = defaultdict(lambda: [0, 0])
    words = lost = 0
    for r in rows:
        text = r["text"]
        spans = found.get(r["id"], [])
        removed = [False] * (len(text) + 1)
        for s, e, _ in spans:
            for i in range(max(0, s), min(len(text), e)):
                removed[i] = True
        ann = [(a["start"], a["end"]) for a in r["spans"]]
        for a in r["spans"]:
            gone = all(removed[i] for i in range(a["start"], a["end"]) if text[i].isalnum())
            recall[a["type"]][0] += 1
            recall[a["type"]][1] += gone
        i = 0
        while i < len(text):
            if text[i].isalnum():
                j = i
                while j < len(text) and text[j].isalnum():
                    j += 1
                if not any(i < y and x < j for x, y in ann):
                    words += 1
                    lost += any(removed[i:j])
                i = j
            else:
                i += 1
    return recall, words, lost


def main():
    corpus, ours = sys.argv[1], sys.argv[2]
    threshold = float(sys.argv[3]) if len(sys.argv) > 3 else 0.0
    rows = load(corpus)
    rg = {r["id"]: [tuple(s) for s in r["spans"]] for r in load(ours)}
    pr, took = presidio_spans(rows, threshold)
    a, aw, al = score(rows, rg)
    b, bw, bl = score(rows, pr)
    print(f"corpus: {len(rows)} answers, {sum(len(r['spans']) for r in rows)} annotated spans, "
          f"{sum(1 for r in rows if not r['spans'])} without personal data; Presidio score threshold {threshold}, {took:.1f} s")
    print(f"{'type':<12} {'spans':>6} {'rgpdctl':>8} {'Presidio':>9}")
    ta = tb = n = 0
    for t in sorted(a):
        cnt = a[t][0]
        n += cnt
        ta += a[t][1]
        tb += b[t][1]
        print(f"{t:<12} {cnt:>6} {a[t][1] / cnt:>8.3f} {b[t][1] / cnt:>9.3f}")
    print(f"{'overall':<12} {n:>6} {ta / n:>8.3f} {tb / n:>9.3f}")
    print(f"{'over-scrub':<12} {aw:>6} {100 * al / aw:>7.2f}% {100 * bl / bw:>8.2f}%   (ordinary words removed)")


if __name__ == "__main__":
    main()
