#!/usr/bin/env bash
# Mechanical port of boto4j's Java code from Jackson 2 (com.fasterxml.jackson) to Jackson 3 (tools.jackson).
# Run from the repository root. Touches only .java files that import or name com.fasterxml.jackson.
# Renames checked with javap against jackson-core/databind/dataformat-cbor 3.1.4 (Spring Boot 4.0.7's BOM).
set -euo pipefail
FILES=$(grep -rl 'com\.fasterxml\.jackson' --include='*.java' sdk/src bench/src spring-boot-autoconfigure/src sample-app/src src || true)
[ -z "$FILES" ] && exit 0
sed -i -E \
  -e 's/com\.fasterxml\.jackson\.databind/tools.jackson.databind/g' \
  -e 's/com\.fasterxml\.jackson\.dataformat\.cbor/tools.jackson.dataformat.cbor/g' \
  -e 's/com\.fasterxml\.jackson\.core\.JsonFactory/tools.jackson.core.json.JsonFactory/g' \
  -e 's/com\.fasterxml\.jackson\.core\.JsonProcessingException/tools.jackson.core.JacksonException/g' \
  -e 's/com\.fasterxml\.jackson\.core\./tools.jackson.core./g' \
  -e 's/\bJsonProcessingException\b/JacksonException/g' \
  -e 's/\.fields\(\)/.properties().iterator()/g' \
  -e 's/\.fieldNames\(\)/.propertyNames().iterator()/g' \
  -e 's/\.elements\(\)/.values().iterator()/g' \
  -e 's/\.asText\(/.asString(/g' \
  -e 's/\.findValuesAsText\(/.findValuesAsString(/g' \
  -e 's/\.textValue\(\)/.stringValue(null)/g' \
  -e 's/\.isTextual\(\)/.isString()/g' \
  -e 's/\.textNode\(/.stringNode(/g' \
  -e 's/\bTextNode\b/StringNode/g' \
  -e 's/\.getText\(\)/.getString()/g' \
  -e 's/\.getCurrentName\(\)/.currentName()/g' \
  -e 's/\.getCurrentToken\(\)/.currentToken()/g' \
  -e 's/\.nextFieldName\(\)/.nextName()/g' \
  -e 's/\.writeFieldName\(/.writeName(/g' \
  -e 's/\.writeStringField\(/.writeStringProperty(/g' \
  -e 's/\.writeNumberField\(/.writeNumberProperty(/g' \
  -e 's/\.writeBooleanField\(/.writeBooleanProperty(/g' \
  -e 's/\.writeObjectFieldStart\(/.writeObjectPropertyStart(/g' \
  -e 's/\.writeArrayFieldStart\(/.writeArrayPropertyStart(/g' \
  -e 's/\bFIELD_NAME\b/PROPERTY_NAME/g' \
  -e 's/catch \(IOException ([A-Za-z_]+)\)/catch (IOException | JacksonException \1)/g' \
  $FILES
# Jackson 3's exceptions are unchecked (JacksonException extends RuntimeException): every catch of IOException in
# these files also catches JacksonException, so a parse error lands where Jackson 2's IOException did.
for f in $FILES; do
  if grep -q '\bJacksonException\b' "$f" && ! grep -q '^import tools\.jackson\.core\.JacksonException;' "$f"; then
    sed -i -E '0,/^package .*;$/s//&\n\nimport tools.jackson.core.JacksonException;/' "$f"
  fi
done
# poms: Jackson 3 artifacts; the BOM version is Spring Boot 4.0.7's (jackson-bom.version 3.1.4)
python3 - <<'PY'
import re
p = 'pom.xml'
s = open(p).read()
s = s.replace('<jackson2.version>2.21.4</jackson2.version>', '<jackson.version>3.1.4</jackson.version>')
s = re.sub(r'<groupId>com\.fasterxml\.jackson</groupId>(\s*)<artifactId>jackson-bom</artifactId>(\s*)<version>\$\{jackson2\.version\}</version>',
           r'<groupId>tools.jackson</groupId>\1<artifactId>jackson-bom</artifactId>\2<version>${jackson.version}</version>', s)
open(p, 'w').write(s)
p = 'sdk/pom.xml'
s = open(p).read()
s = re.sub(r'<groupId>com\.fasterxml\.jackson\.core</groupId>(\s*)<artifactId>jackson-databind</artifactId>',
           r'<groupId>tools.jackson.core</groupId>\1<artifactId>jackson-databind</artifactId>', s)
s = re.sub(r'<groupId>com\.fasterxml\.jackson\.dataformat</groupId>(\s*)<artifactId>jackson-dataformat-cbor</artifactId>',
           r'<groupId>tools.jackson.dataformat</groupId>\1<artifactId>jackson-dataformat-cbor</artifactId>', s)
open(p, 'w').write(s)
PY
