# Differential oracle: serializes each input line with botocore's own serializer and prints what it made.
# Input lines: {"service", "protocol", "operation", "params"}; blobs arrive as {"__blob__": base64} and
# timestamps as {"__ts__": iso8601}. Output lines: {"method", "url", "headers", "body" (base64)} or {"error"}.
import base64
import datetime
import json
import sys
from urllib.parse import urlencode

import botocore.session
from botocore.awsrequest import prepare_request_dict
from botocore.serialize import create_serializer


def decode(pairs):
    d = dict(pairs)
    if len(d) == 1 and '__blob__' in d:
        return base64.b64decode(d['__blob__'])
    if len(d) == 1 and '__ts__' in d:
        return datetime.datetime.fromisoformat(d['__ts__'].replace('Z', '+00:00'))
    return d


session = botocore.session.get_session()
models = {}
for line in sys.stdin:
    if not line.strip():
        continue
    req = json.loads(line, object_pairs_hook=decode)
    try:
        key = req['service']
        if key not in models:
            models[key] = session.get_service_model(key)
        op = models[key].operation_model(req['operation'])
        serializer = create_serializer(req['protocol'], include_validation=True)
        d = serializer.serialize_to_request(req['params'], op)
        prepare_request_dict(d, endpoint_url='https://example.com')
        body = d['body']
        if isinstance(body, dict):
            body = urlencode(list(body.items()), doseq=True)
        if isinstance(body, str):
            body = body.encode('utf-8')
        if hasattr(body, 'read'):
            body = body.read()
        out = {
            'method': d['method'],
            'url': d['url'],
            'headers': {k: str(v) for k, v in d['headers'].items()},
            'body': base64.b64encode(body or b'').decode('ascii'),
        }
    except Exception as e:  # report per input; the Java side shows it
        out = {'error': '%s: %s' % (type(e).__name__, e)}
    print(json.dumps(out))
