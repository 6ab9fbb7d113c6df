#!/usr/bin/env python3
"""Build-time import of botocore's and boto3's data directories into the boto4j-models jar.

Every JSON file keeps all of its meaning except `documentation` strings, which are removed (numbers keep
their exact text, strings their exact characters); `examples-1.json` files are dropped. Each file is
written gzip-compressed, and an index lists every service, its api versions and the files of each, so the
runtime never lists a jar directory: `index.json` for tools, and the same as plain lines in `index.txt`, which
the runtime reads at start-up without a JSON parser (one line per service version: the service, the version,
then its files; the first line is `*` and the top-level files).

Where the data comes from, first match wins:
  botocore: --botocore-data, $BOTO4J_BOTOCORE_DATA, then `import botocore` in this python
  boto3:    --boto3-data,    $BOTO4J_BOTO3_DATA,    then `import boto3` (optional: resources only)

The import is skipped when a stamp in the output says it was done from the same files (names, sizes and
modification times of every input file, and this script's own text).
"""
import argparse
import gzip
import hashlib
import json
import os
import re
import shutil
import sys

STAMP = ".import-stamp"
HOW_TO_POINT = ("point the build at a botocore data directory with -Dboto4j.botocore.data=/path/to/botocore/data "
                "or the environment variable BOTO4J_BOTOCORE_DATA, or install botocore for the python that runs "
                "the build (pip install botocore; -Dboto4j.python=/path/to/python chooses that python)")
# Numbers are carried through as tagged strings so that their text survives exactly (json would turn
# 0.0000001 into 1e-07); the tag cannot occur in a real model string, which is checked.
NUMBER_TAG = "\u0000#"
TAGGED_NUMBER = re.compile(r'"\\u0000#([-+0-9.eE]+)"')


def fail(message):
    sys.stderr.write("boto4j-models: " + message + "\n")
    sys.exit(2)


def locate(explicit, env_name, module):
    if explicit:
        return explicit, "given"
    if os.environ.get(env_name):
        return os.environ[env_name], "$" + env_name
    try:
        mod = __import__(module)
    except ImportError as e:
        return None, "cannot import %s (%s)" % (module, e)
    return os.path.join(os.path.dirname(mod.__file__), "data"), module + " " + getattr(mod, "__version__", "?")


def looks_like_botocore_data(path):
    return any(os.path.isfile(os.path.join(path, name + ext))
               for name in ("endpoints.json", "partitions.json", "sdk-default-configuration.json")
               for ext in ("", ".gz"))


class Number(str):
    """A number's exact source text, written back as the number."""


def tag_number(text):
    return Number(NUMBER_TAG + text)


def strip_docs(node, path):
    if isinstance(node, dict):
        return {k: strip_docs(v, path) for k, v in node.items()
                if not (k == "documentation" and type(v) is str)}
    if isinstance(node, list):
        return [strip_docs(v, path) for v in node]
    if type(node) is str and node.startswith(NUMBER_TAG):
        fail("%s holds a string starting with a NUL character, which this import cannot carry through" % path)
    return node


def read_json(path):
    opener = gzip.open if path.endswith(".gz") else open
    try:
        with opener(path, "rb") as f:
            text = f.read().decode("utf-8")
        tree = json.loads(text, parse_float=tag_number, parse_int=tag_number)
    except (OSError, ValueError, EOFError) as e:
        fail("cannot read %s: %s" % (path, e))
    return strip_docs(tree, path)


def encode(tree):
    text = json.dumps(tree, separators=(",", ":"), ensure_ascii=False)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        # a lone surrogate escape (\ud800) has no UTF-8 form: keep that file's strings escaped instead
        text = json.dumps(tree, separators=(",", ":"), ensure_ascii=True)
    return TAGGED_NUMBER.sub(r"\1", text).encode("utf-8")


def write_gz(path, tree):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    # mtime=0 keeps the jar reproducible from the same input
    with open(path, "wb") as raw:
        with gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=6, mtime=0) as f:
            f.write(encode(tree))


def logical_name(file_name):
    return file_name[:-3] if file_name.endswith(".gz") else file_name


def import_tree(src, out, index, only=None):
    for entry in sorted(os.listdir(src)):
        path = os.path.join(src, entry)
        if os.path.isfile(path):
            name = logical_name(entry)
            if name.endswith(".json") and only is None:
                write_gz(os.path.join(out, name + ".gz"), read_json(path))
                index["files"].append(name)
            continue
        if not os.path.isdir(path) or entry.startswith(("_", ".")):
            continue
        for version in sorted(os.listdir(path)):
            vdir = os.path.join(path, version)
            if not os.path.isdir(vdir):
                continue
            for f in sorted(os.listdir(vdir)):
                name = logical_name(f)
                if not name.endswith(".json") or name == "examples-1.json":
                    continue
                if only is not None and name not in only:
                    continue
                files = index["services"].setdefault(entry, {}).setdefault(version, [])
                if name in files:
                    continue  # both x.json and x.json.gz: the plain file wins, as in botocore's loader
                write_gz(os.path.join(out, entry, version, name + ".gz"), read_json(path_of(vdir, name)))
                files.append(name)


def path_of(vdir, name):
    plain = os.path.join(vdir, name)
    return plain if os.path.isfile(plain) else plain + ".gz"


def fingerprint(dirs):
    """A digest of every input file's name, size and mtime, and of this script."""
    h = hashlib.sha256()
    with open(os.path.abspath(__file__), "rb") as f:
        h.update(f.read())
    for d in dirs:
        if not d:
            continue
        h.update(("\0dir " + os.path.abspath(d)).encode())
        for root, subdirs, files in os.walk(d):
            subdirs.sort()
            for name in sorted(files):
                st = os.stat(os.path.join(root, name))
                h.update(("%s\0%d\0%d\n" % (os.path.relpath(os.path.join(root, name), d), st.st_size,
                                            st.st_mtime_ns)).encode())
    return h.hexdigest()


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--out", required=True)
    p.add_argument("--botocore-data")
    p.add_argument("--boto3-data")
    args = p.parse_args()

    botocore_dir, botocore_from = locate(args.botocore_data, "BOTO4J_BOTOCORE_DATA", "botocore")
    if not botocore_dir:
        fail("no botocore data found: %s. To import the models, %s." % (botocore_from, HOW_TO_POINT))
    if not os.path.isdir(botocore_dir) or not looks_like_botocore_data(botocore_dir):
        fail("%s (from %s) is not a botocore data directory (it has no endpoints.json, partitions.json or "
             "sdk-default-configuration.json). To import the models, %s." % (botocore_dir, botocore_from, HOW_TO_POINT))
    boto3_dir, boto3_from = locate(args.boto3_data, "BOTO4J_BOTO3_DATA", "boto3")
    if boto3_dir and not os.path.isdir(boto3_dir):
        boto3_dir = None

    stamp_value = json.dumps([botocore_from, boto3_from, fingerprint([botocore_dir, boto3_dir])])
    stamp_path = os.path.join(args.out, STAMP)
    if os.path.exists(stamp_path):
        with open(stamp_path) as f:
            if f.read() == stamp_value:
                print("boto4j-models: data up to date (%s)" % botocore_from)
                return

    # start afresh, so files of services that are gone do not linger
    if os.path.isdir(args.out):
        shutil.rmtree(args.out)
    os.makedirs(args.out)
    index = {"botocore": botocore_from, "boto3": boto3_from, "files": [], "services": {}}
    import_tree(botocore_dir, args.out, index)
    if boto3_dir:
        import_tree(boto3_dir, args.out, index, only={"resources-1.json"})
    with open(os.path.join(args.out, "index.json"), "w") as f:
        json.dump(index, f, separators=(",", ":"), sort_keys=True)
    with open(os.path.join(args.out, "index.txt"), "w") as f:
        f.write(" ".join(["*"] + sorted(index["files"])) + "\n")
        for service in sorted(index["services"]):
            for version in sorted(index["services"][service]):
                f.write(" ".join([service, version] + sorted(index["services"][service][version])) + "\n")
    with open(stamp_path, "w") as f:
        f.write(stamp_value)
    print("boto4j-models: imported %d services from %s%s" % (
        len(index["services"]), botocore_from, (" and " + boto3_from) if boto3_from else ""))


if __name__ == "__main__":
    main()
