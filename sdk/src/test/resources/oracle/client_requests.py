# Differential oracle for whole requests: each input line is called on a real botocore client and the request is
# captured at before-send (nothing is sent). Input lines: {"service", "region", "endpoint", "operation", "params"};
# blobs arrive as {"__blob__": base64}, timestamps as {"__ts__": iso8601}. Output lines: {"method", "url",
# "headers", "body" (base64)} or {"error": "<exception class>: <message>"}.
import base64
import datetime
import json
import sys
import uuid

import botocore.session
from botocore.config import Config

# idempotency tokens are random on both sides; make them the same fixed value
uuid.uuid4 = lambda: uuid.UUID('00000000-0000-4000-8000-000000000000')


def decode(pairs):
    d = dict(pairs)
    if len(d) == 1 and '__blob__' in d:
        return base64.b64decode(d['__blob__'])
    if len(d) == 1 and '__ts__' in d:
        return datetime.datetime.fromisoformat(d['__ts__'].replace('Z', '+00:00'))
    return d


class Captured(Exception):
    pass


session = botocore.session.get_session()
session.set_credentials('AKIDEXAMPLE', 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY')
clients = {}
seen = {}


def capture(request, **kwargs):
    seen['method'] = request.method
    seen['url'] = request.url
    seen['headers'] = {k: (v.decode() if isinstance(v, bytes) else str(v)) for k, v in request.headers.items()}
    body = request.body
    if body is None:
        body = b''
    elif hasattr(body, 'read'):
        body = body.read()
    elif isinstance(body, str):
        body = body.encode('utf-8')
    seen['body'] = base64.b64encode(body).decode('ascii')
    raise Captured()


for line in sys.stdin:
    if not line.strip():
        continue
    req = json.loads(line, object_pairs_hook=decode)
    key = (req['service'], req['region'], req.get('endpoint'))
    if key not in clients:
        c = session.create_client(req['service'], region_name=req['region'], endpoint_url=req.get('endpoint'),
                                  config=Config(retries={'max_attempts': 0}))
        c.meta.events.register('before-send', capture)
        clients[key] = c
    c = clients[key]
    seen.clear()
    method = {v: k for k, v in c.meta.method_to_api_mapping.items()}[req['operation']]
    try:
        getattr(c, method)(**req['params'])
        out = {'error': 'NotCaptured: the call returned'}
    except Captured:
        out = dict(seen)
    except Exception as e:
        out = {'error': '%s: %s' % (type(e).__name__, str(e).splitlines()[0] if str(e) else '')}
    print(json.dumps(out))
