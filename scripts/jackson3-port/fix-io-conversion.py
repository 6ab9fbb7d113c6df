# Reads javac errors on stdin. Where a caught Jackson 3 exception is used as the IOException Jackson 2's was
# ("cannot be converted to java.io.IOException"), pass Json.io(e): the same message, as an IOException.
import re, sys
fixed = 0
errs = []
for line in sys.stdin:
    m = re.search(r'(/\S+\.java):\[(\d+),(\d+)\] incompatible types: \S+ cannot be converted to java\.io\.IOException', line)
    if m:
        errs.append((m.group(1), int(m.group(2)), int(m.group(3))))
for path, n, col in sorted(set(errs), key=lambda e: (e[0], e[1], -e[2])):
    lines = open(path).read().split('\n')
    l = lines[n - 1]
    m = re.match(r'[A-Za-z_][A-Za-z0-9_]*', l[col - 1:])
    if not m:
        continue
    name = m.group(0)
    lines[n - 1] = l[:col - 1] + 'Json.io(' + name + ')' + l[col - 1 + len(name):]
    out = '\n'.join(lines)
    if 'package io.boto4j.internal.json;' not in out and 'import io.boto4j.internal.json.Json;' not in out:
        out = re.sub(r'^(package [^;]+;)$', r'\1\n\nimport io.boto4j.internal.json.Json;', out, count=1, flags=re.M)
    open(path, 'w').write(out)
    fixed += 1
print("fixed io", fixed)
