#!/usr/bin/env python3
"""Writes a corpus for timing the import verb: every dev article copied N times under a new name.

Each copy shifts every number of one to four digits by a per-copy amount and, at random (seeded
by the copy number, so the corpus is the same on every run), changes the last letter of about half
the capitalised words of four letters or more. The copies read like the originals but name other
people, places and figures, so they are new articles rather than duplicates, and they form new
stories instead of swelling the originals'.

usage: import-corpus.py --data ../shared/dev-data/ecbplus-dev --copies 28 --out /tmp/gen20k
(28 copies of the 772 dev docs give the 21,616 files the README's import rates were measured on.)
"""
import argparse
import os
import random
import re


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", required=True, help="the ecbplus-dev folder (its docs/ are copied)")
    parser.add_argument("--copies", type=int, default=28)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()

    source = os.path.join(args.data, "docs")
    names = sorted(os.listdir(source))
    os.makedirs(args.out, exist_ok=True)
    for copy in range(args.copies):
        chance = random.Random(copy)
        for name in names:
            with open(os.path.join(source, name), encoding="utf-8") as f:
                text = f.read()
            text = re.sub(r"\b\d{1,4}\b", lambda m: str(int(m.group()) + copy * 3 + 1), text)

            def rename(m):
                word = m.group()
                if chance.random() < 0.5 and len(word) > 3:
                    return word[:-1] + chr(ord("a") + chance.randrange(26))
                return word

            text = re.sub(r"\b[A-Z][a-z]{3,}\b", rename, text)
            stem, extension = os.path.splitext(name)
            with open(os.path.join(args.out, f"{stem}_c{copy}{extension}"), "w", encoding="utf-8") as f:
                f.write(text)


if __name__ == "__main__":
    main()
