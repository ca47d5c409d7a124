"""A 200 MB object round trip (multipart upload from disk, streamed download) keeps the
process's peak RSS growth under 50 MB; measured in a fresh subprocess.

The peak is the kernel's ``VmHWM`` of that process, reset just before the transfer
(``/proc/self/clear_refs``): ``ru_maxrss`` would carry the forking pytest process's
peak into the child and measure the test runner instead."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

pytestmark = pytest.mark.usefixtures("aws_env")

SIZE = 200 * 1024 * 1024
LIMIT = 50 * 1024 * 1024

_SCRIPT = r"""
import json, sys, uuid
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from s3_integration import S3Client

def status(field):  # kB in /proc/self/status; this process's own memory only
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024
    raise SystemExit("no " + field)

url, work = sys.argv[2], Path(sys.argv[3])
size = int(sys.argv[4])
source, target = work / "source.bin", work / "target.bin"
block = bytes(range(256)) * 4096
with source.open("wb") as out:
    for i in range(size // len(block)):
        out.write(block)
bucket = "rss-" + uuid.uuid4().hex[:10]
with S3Client(base_url=url, addressing="path", timeout=120.0) as client:
    client.buckets.create(bucket)
    client.objects.put(bucket, "warm", b"x" * 1024)  # imports and the pool, warmed up
    client.objects.get(bucket, "warm").read()
    Path("/proc/self/clear_refs").write_text("5")  # reset the peak (VmHWM) to now
    before = status("VmRSS")
    client.objects.upload(bucket, "big", source)
    uploaded = status("VmHWM")
    written = client.objects.download(bucket, "big", target)
    after = status("VmHWM")
same = source.stat().st_size == target.stat().st_size == written
print(json.dumps({"growth": after - before, "upload": uploaded - before, "same_size": same}))
"""


@pytest.mark.skipif(not Path("/proc/self/clear_refs").exists(), reason="needs Linux /proc")
def test_200_mb_round_trip_keeps_rss_growth_under_50_mb(
    s3_package: ModuleType, moto_url: str, tmp_path: Path
) -> None:
    src = str(Path(str(s3_package.__file__)).parent.parent)
    result = subprocess.run(
        [sys.executable, "-c", _SCRIPT, src, moto_url, str(tmp_path), str(SIZE)],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    print(
        f"\n200 MB round trip: peak RSS growth {figures['growth'] / 2**20:.1f} MiB"
        f" (upload {figures['upload'] / 2**20:.1f} MiB)"
    )
    assert figures["same_size"]
    assert figures["growth"] < LIMIT, figures
