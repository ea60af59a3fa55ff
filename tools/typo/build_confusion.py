#!/usr/bin/env python3
"""Builds data/typo/confusion.tsv, govmon's character confusion sets.

Reads only Debian package data: Unihan (package unicode-data). For every
character of the 通用规范汉字表 (Unihan kTGHZ2013, 8,105 characters) it lists
the common characters (the table's first level, 3,500 characters) that a
writer could type or write instead of it:

  same_sound   same syllable, any tone (pinyin input-method slips);
  near_sound   a syllable one "fuzzy" step away (z/zh, c/ch, s/sh, n/l, f/h,
               an/ang, en/eng, in/ing), the confusions of regional accents;
  shape        a similar-looking character: Cangjie codes one letter apart
               (four or more letters: 除 NLOMD / 险 NLOMM, the slip behind 扫黑险恶), one
               code a component-prefix of the other (坐 OOG / 座 IOOG), or a
               shared three-letter tail (峻 UICE / 竣 YTICE). (Four-corner
               codes were tried and dropped: they pair too many unlike
               characters, 元/三.)

Output, one character per line, tab-separated: char, same_sound, near_sound,
shape (each a run of characters, possibly empty). Usage:

  tools/typo/build_confusion.py [UNIHAN_DIR] > data/typo/confusion.tsv
"""
import bz2
import collections
import os
import sys
import unicodedata

UNIHAN = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/unicode"
COMMON_LEVEL = 3500


def read_unihan(name, fields):
    out = collections.defaultdict(dict)
    with bz2.open(os.path.join(UNIHAN, name), "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cp, field, value = line.rstrip("\n").split("\t", 2)
            if field in fields:
                out[chr(int(cp[2:], 16))][field] = value
    return out


def strip_tone(syllable):
    s = unicodedata.normalize("NFD", syllable)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return s.replace("ü", "v").lower()


FUZZY_INITIALS = [("zh", "z"), ("ch", "c"), ("sh", "s"), ("n", "l"), ("f", "h")]
FUZZY_FINALS = [("ang", "an"), ("eng", "en"), ("ing", "in")]


def fuzzy_variants(syl):
    out = set()
    for a, b in FUZZY_INITIALS:
        for x, y in ((a, b), (b, a)):
            if syl.startswith(x) and not (x == "z" and syl.startswith("zh")) \
                    and not (x == "c" and syl.startswith("ch")) \
                    and not (x == "s" and syl.startswith("sh")):
                out.add(y + syl[len(x):])
    for a, b in FUZZY_FINALS:
        for x, y in ((a, b), (b, a)):
            if syl.endswith(x) and not (x == "an" and syl.endswith("ang")) \
                    and not (x == "en" and syl.endswith("eng")) \
                    and not (x == "in" and syl.endswith("ing")):
                out.add(syl[: len(syl) - len(x)] + y)
    out.discard(syl)
    return out


def shape_similar(a, b):
    if not a or not b:
        return False
    if len(a) == len(b) and len(a) >= 4:
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    if len(short) >= 3 and len(long_) - len(short) <= 2 and long_.endswith(short):
        return True
    return len(short) >= 3 and short[-3:] == long_[-3:] and len(long_) - len(short) <= 1


def main():
    readings = read_unihan("Unihan_Readings.txt.bz2", {"kTGHZ2013"})
    dict_like = read_unihan("Unihan_DictionaryLikeData.txt.bz2",
                            {"kCangjie"})
    irg = read_unihan("Unihan_IRGSources.txt.bz2", {"kTGH"})
    other = read_unihan("Unihan_OtherMappings.txt.bz2", {"kTGH"})
    rank = {}
    for table in (irg, other):
        for ch, fields in table.items():
            if "kTGH" in fields:
                rank[ch] = int(fields["kTGH"].split(":")[1])
    syllables = {}
    for ch, fields in readings.items():
        if "kTGHZ2013" not in fields:
            continue
        syls = set()
        for item in fields["kTGHZ2013"].split():
            for r in item.split(":")[1].split(","):
                syls.add(strip_tone(r))
        syllables[ch] = syls
    chars = sorted(syllables, key=lambda c: (rank.get(c, 99999), c))
    common = [c for c in chars if rank.get(c, 99999) <= COMMON_LEVEL]
    by_syllable = collections.defaultdict(list)
    for c in common:
        for s in syllables[c]:
            by_syllable[s].append(c)
    for ch in chars:
        same, near = [], []
        for s in sorted(syllables[ch]):
            same += [c for c in by_syllable[s] if c != ch and c not in same]
        for s in sorted(syllables[ch]):
            for f in sorted(fuzzy_variants(s)):
                near += [c for c in by_syllable.get(f, []) if c != ch and c not in same
                         and c not in near]
        code = dict_like.get(ch, {}).get("kCangjie", "")
        shape = []
        for c in common:
            if c == ch:
                continue
            if shape_similar(code, dict_like.get(c, {}).get("kCangjie", "")):
                shape.append(c)
        print(f"{ch}\t{''.join(same)}\t{''.join(near)}\t{''.join(shape)}")


if __name__ == "__main__":
    main()
