# Reads javac errors on stdin. Where "IOException is never thrown" points at a catch, the try block holds only
# Jackson calls (which threw IOException in Jackson 2): catch JacksonException instead.
import re, sys
fixed = 0
for line in sys.stdin:
    m = re.search(r'(/\S+\.java):\[(\d+),\d+\] exception java\.io\.IOException is never thrown', line)
    if not m:
        continue
    path, n = m.group(1), int(m.group(2))
    src = open(path).read()
    lines = src.split('\n')
    l = lines[n - 1]
    if 'IOException | JacksonException' in l:
        lines[n - 1] = l.replace('IOException | JacksonException', 'JacksonException')
    elif re.search(r"catch \((java\.io\.)?IOException ", l):
        lines[n - 1] = re.sub(r"catch \((java\.io\.)?IOException ", "catch (JacksonException ", l)
    else:
        continue
    out = '\n'.join(lines)
    if 'import tools.jackson.core.JacksonException;' not in out:
        out = re.sub(r'^(package [^;]+;)$', r'\1\n\nimport tools.jackson.core.JacksonException;', out, count=1, flags=re.M)
    open(path, 'w').write(out)
    fixed += 1
print("fixed", fixed)
