#!/usr/bin/env python3
"""Derives known misspellings of set phrases from govmon's confusion sets.

A four-character set phrase (jieba tags i = 成语, l = 习用语) that is common
(jieba frequency >= MIN_FREQ) is rewritten by replacing one character with one
of the four commonest characters of the same syllable (data/typo/confusion.tsv),
the candidates a pinyin input method puts first. A rewrite is
kept only when the dictionaries show it is not a word of its own:

  * it is not a jieba word, or its jieba frequency is under 1/20 of the
    phrase's (jieba lists some misspellings, e.g. 再接再励, with tiny counts);
  * it does not split into two words that could sit side by side in correct
    text (2+2 with both words at frequency >= SPLIT_FREQ, 1+3 or 3+1 with the
    three-character word at frequency >= SPLIT_FREQ).

Usage:
  tools/typo/derive_misspellings.py JIEBA_DICT CONFUSION_TSV > data/typo/derived_misspellings.tsv
"""
import sys

MIN_FREQ = 100
SPLIT_FREQ = 20
PER_PHRASE = 2


def main():
    jieba_path, confusion_path = sys.argv[1], sys.argv[2]
    freq, tag = {}, {}
    with open(jieba_path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2:
                freq[parts[0]] = int(parts[1])
                tag[parts[0]] = parts[2] if len(parts) > 2 else ""
    same = {}
    with open(confusion_path, encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            same[fields[0]] = fields[1]

    def splits_into_words(w):
        if freq.get(w[:2], 0) >= SPLIT_FREQ and freq.get(w[2:], 0) >= SPLIT_FREQ:
            return True
        return freq.get(w[1:], 0) >= SPLIT_FREQ or freq.get(w[:3], 0) >= SPLIT_FREQ

    print("# Derived by tools/typo/derive_misspellings.py from jieba dict.txt and")
    print("# data/typo/confusion.tsv; do not edit by hand, regenerate.")
    phrases = sorted((w for w in freq
                      if len(w) == 4 and tag[w] in ("i", "l") and freq[w] >= MIN_FREQ
                      and all("\u4e00" <= c <= "\u9fff" for c in w)),
                     key=lambda w: (-freq[w], w))
    count = 0
    for phrase in phrases:
        rewrites = []
        for i, ch in enumerate(phrase):
            # The commonest characters of the same sound first: the ones a
            # pinyin input method offers, hence the slips writers make.
            ordered = same.get(ch, "")[:4]
            for c in ordered:
                wrong = phrase[:i] + c + phrase[i + 1:]
                if freq.get(wrong, 0) * 20 > freq[phrase] or splits_into_words(wrong):
                    continue
                rewrites.append(wrong)
                break
        for wrong in rewrites[:PER_PHRASE]:
            print(f"{wrong}\t{phrase}")
            count += 1
    print(f"derived {count} entries from {len(phrases)} phrases", file=sys.stderr)


if __name__ == "__main__":
    main()
