#!/bin/sh
echo '{"Version": 2, "AccessKeyId": "A", "SecretAccessKey": "B"}'
