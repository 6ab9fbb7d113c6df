#!/bin/sh
[ "$1" = "two words" ] || exit 3
echo "{\"Version\": 1, \"AccessKeyId\": \"$2\", \"SecretAccessKey\": \"SECRETPROC\", \"Expiration\": \"2099-01-01T00:00:00Z\"}"
