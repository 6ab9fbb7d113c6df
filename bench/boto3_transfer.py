"""boto3's upload_file/download_file against MiniS3, printed as TransferBench prints boto4j's.

python3 boto3_transfer.py PORT upload|download FILE   (WARMUP=n: n untimed transfers first, as TransferBench)
"""
import os
import sys
import time

import boto3
from botocore.config import Config

port, op, path = int(sys.argv[1]), sys.argv[2], sys.argv[3]
s3 = boto3.client("s3", region_name="us-east-1", endpoint_url=f"http://127.0.0.1:{port}",
                  aws_access_key_id="bench", aws_secret_access_key="bench",
                  config=Config(s3={"addressing_style": "path"}))


def transfer():
    if op == "upload":
        s3.upload_file(path, "bench", "big")
    else:
        s3.download_file("bench", "big", path)


for _ in range(int(os.environ.get("WARMUP", "0"))):
    transfer()
cpu0, t0 = time.process_time(), time.perf_counter()
transfer()
seconds, cpu = time.perf_counter() - t0, time.process_time() - cpu0
size = os.path.getsize(path)
print(f"boto3 {op} {size} {seconds:.2f} {size / seconds / (1 << 20):.1f} {cpu:.2f}")
