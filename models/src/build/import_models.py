#!/usr/bin/env python3
"""Build-time import of botocore's and boto3's data directories into the boto4j-models jar.

Every JSON file is kept as it is except that `documentation` strings are removed and
`examples-1.json` files are dropped; each file is written gzip-compressed, and an index
(`index.json`) lists every service, its api versions and the files of each.

Where the data comes from, first match wins:
  botocore: --botocore-data, $BOTO4J_BOTOCORE_DATA, then `import botocore` in this python3
  boto3:    --boto3-data,    $BOTO4J_BOTO3_DATA,    then `import boto3` (optional: resources only)
"""
import argparse
import gzip
import json
import os
import sys

STAMP = ".import-stamp"


def fail(message):
    sys.stderr.write("boto4j-models: " + message + "\n")
    sys.exit(2)


def locate(explicit, env_name, module):
    if explicit:
        return explicit, "given"
    if os.environ.get(env_name):
        return os.environ[env_name], env_name
    try:
        mod = __import__(module)
    except ImportError:
        return None, None
    return os.path.join(os.path.dirname(mod.__file__), "data"), module + " " + getattr(mod, "__version__", "?")


def strip_docs(node):
    if isinstance(node, dict):
        return {k: strip_docs(v) for k, v in node.items()
                if not (k == "documentation" and isinstance(v, str))}
    if isinstance(node, list):
        return [strip_docs(v) for v in node]
    return node


def read_json(path):
    opener = gzip.open if path.endswith(".gz") else open
    try:
        with opener(path, "rb") as f:
            return json.loads(f.read().decode("utf-8"))
    except (OSError, ValueError) as e:
        fail("cannot read %s: %s" % (path, e))


def write_gz(path, tree):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    data = json.dumps(tree, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    # mtime=0 keeps the jar reproducible from the same input
    with open(path, "wb") as raw:
        with gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=6, mtime=0) as f:
            f.write(data)


def logical_name(file_name):
    return file_name[:-3] if file_name.endswith(".gz") else file_name


def import_tree(src, out, index, only=None):
    for entry in sorted(os.listdir(src)):
        path = os.path.join(src, entry)
        if os.path.isfile(path):
            name = logical_name(entry)
            if name.endswith(".json") and only is None:
                write_gz(os.path.join(out, name + ".gz"), strip_docs(read_json(path)))
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
                write_gz(os.path.join(out, entry, version, name + ".gz"), strip_docs(read_json(os.path.join(vdir, f))))
                files = index["services"].setdefault(entry, {}).setdefault(version, [])
                if name not in files:
                    files.append(name)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--out", required=True)
    p.add_argument("--botocore-data")
    p.add_argument("--boto3-data")
    args = p.parse_args()

    botocore_dir, botocore_from = locate(args.botocore_data, "BOTO4J_BOTOCORE_DATA", "botocore")
    if not botocore_dir or not os.path.isdir(botocore_dir):
        fail("no botocore data found%s. Install botocore for python3 (pip install botocore), or point the build "
             "at a botocore data directory with -Dboto4j.botocore.data=/path/to/botocore/data or the "
             "environment variable BOTO4J_BOTOCORE_DATA." % (" at " + botocore_dir if botocore_dir else ""))
    boto3_dir, boto3_from = locate(args.boto3_data, "BOTO4J_BOTO3_DATA", "boto3")

    stamp_value = json.dumps([botocore_dir, botocore_from, boto3_dir, boto3_from,
                              os.path.getmtime(botocore_dir)])
    stamp_path = os.path.join(args.out, STAMP)
    if os.path.exists(stamp_path) and open(stamp_path).read() == stamp_value:
        print("boto4j-models: data up to date (%s)" % botocore_from)
        return

    index = {"botocore": botocore_from, "boto3": boto3_from, "files": [], "services": {}}
    import_tree(botocore_dir, args.out, index)
    if boto3_dir and os.path.isdir(boto3_dir):
        import_tree(boto3_dir, args.out, index, only={"resources-1.json"})
    with open(os.path.join(args.out, "index.json"), "w") as f:
        json.dump(index, f, separators=(",", ":"), sort_keys=True)
    with open(stamp_path, "w") as f:
        f.write(stamp_value)
    print("boto4j-models: imported %d services from %s%s" % (
        len(index["services"]), botocore_from, (" and " + boto3_from) if boto3_from else ""))


if __name__ == "__main__":
    main()
