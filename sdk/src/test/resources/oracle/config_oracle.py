# Differential oracle: for each scenario on stdin (JSON list), what botocore resolves.
import json
import os
import sys

import botocore.loaders
import botocore.session
from botocore.config import Config
from botocore.credentials import DeferredRefreshableCredentials


def error(e):
    return {"error": type(e).__name__, "mro": [c.__name__ for c in type(e).__mro__]}


# one loader for every session: model files are parsed once, not once per scenario
LOADER = botocore.loaders.create_loader()


def new_session(profile):
    session = botocore.session.Session(profile=profile)
    session.register_component("data_loader", LOADER)
    return session


def resolve(s):
    os.environ.clear()
    os.environ.update(s["env"])
    out = {}
    try:
        session = new_session(s.get("profile"))
        if s.get("region"):
            session.set_config_variable("region", s["region"])
        cfg = Config(**s["clientConfig"]) if s.get("clientConfig") else None
        region = s.get("clientRegion") or (cfg.region_name if cfg else None) or session.get_config_variable("region")
        client = session.create_client(s["service"], region_name=s.get("clientRegion") or (None if region else "us-east-1"),
                                       config=cfg, aws_access_key_id="unused", aws_secret_access_key="unused")
        retries = client.meta.config.retries
        s3 = client.meta.config.s3
        out["config"] = {
            "region": region,
            "endpointUrl": client._ruleset_resolver._builtins.get("SDK::Endpoint"),
            "retryMode": retries.get("mode"),
            "totalMaxAttempts": retries.get("total_max_attempts"),
            "s3": s3,
        }
    except Exception as e:
        out["config"] = error(e)
    try:
        session = new_session(s.get("profile"))
        creds = session.get_credentials()
        if creds is None:
            out["credentials"] = None
        elif isinstance(creds, DeferredRefreshableCredentials):
            out["credentials"] = {"method": creds.method}
        else:
            frozen = creds.get_frozen_credentials()
            out["credentials"] = {"method": creds.method, "accessKey": frozen.access_key,
                                  "secretKey": frozen.secret_key, "token": frozen.token}
    except Exception as e:
        out["credentials"] = error(e)
    return out


scenarios = json.load(sys.stdin)
print(json.dumps([resolve(s) for s in scenarios], default=str))
