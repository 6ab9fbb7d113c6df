#!/bin/sh
echo '{"Version": 1, "AccessKeyId": "AKIDPROC", "SecretAccessKey": "SECRETPROC", "SessionToken": "TOKPROC"}'
