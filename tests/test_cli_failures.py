"""What ``gatepost`` says when the disk, the file or the reader fails: one line naming what to do
(exit 1), or, for a reader that stops early, nothing at all (exit 0). Each runs a real process on
a real data folder under the real fault."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
from pathlib import Path

import pytest

from tests.cli_process import environment, gatepost, init_compound, one_line

fcntl = pytest.importorskip("fcntl", reason="POSIX faults: locks, limits, mounts")
resource = pytest.importorskip("resource", reason="POSIX faults: locks, limits, mounts")

DAMAGED = "The database file is damaged. Restore a backup from {folder} with: gatepost db restore FILE"
BUSY = "The database is busy with a long task; try again in a moment."
FULL = "The disk is full; the work in progress was not saved. Free some space on it and try again."
IO = ("The disk could not be read or written; the work in progress was not saved. "
      "Check the drive and its free space, then try again.")
SQLITE_PENDING_BYTE = 0x40000000  # where SQLite takes its file locks (os_unix.c)


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return init_compound(tmp_path / "data")


def test_a_damaged_file_names_the_backups_and_the_restore(data: Path) -> None:
    database = data / "gatepost.db"
    with open(database, "r+b") as file:  # flipped bytes inside the first page: the schema
        file.seek(5000)
        damaged = bytes(b ^ 0xFF for b in file.read(16))
        file.seek(5000)
        file.write(damaged)
    expected = DAMAGED.format(folder=data / "backups")
    assert one_line(gatepost(data, "list", "residents")) == expected
    assert one_line(gatepost(data, "db", "check")) == expected


def test_a_database_held_past_the_busy_timeout_is_busy(data: Path) -> None:
    """Another program holds SQLite's lock on the file for longer than the 5 s GatePost waits."""
    descriptor = os.open(data / "gatepost.db", os.O_RDWR)
    try:
        fcntl.lockf(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB, 512, SQLITE_PENDING_BYTE, os.SEEK_SET)
        assert one_line(gatepost(data, "list", "residents")) == BUSY
    finally:
        os.close(descriptor)
    assert gatepost(data, "list", "residents").returncode == 0


def _can_mount_in_a_namespace() -> bool:
    if shutil.which("unshare") is None:
        return False
    return subprocess.run(["unshare", "-rm", "true"], capture_output=True).returncode == 0


@pytest.mark.skipif(not _can_mount_in_a_namespace(), reason="needs unshare -rm for a tiny filesystem")
def test_a_full_disk_says_so(data: Path, tmp_path: Path) -> None:
    """The data folder is copied onto a filesystem with 400 KB to spare; demo data fills it."""
    mount = tmp_path / "small"
    mount.mkdir()
    size_k = sum(f.stat().st_size for f in data.rglob("*") if f.is_file()) // 1024 + 400
    tiny_disk = ["unshare", "-rm", "sh", "-c",
                 'mount -t tmpfs -o size="$1"k tmpfs "$2" && cp -a "$3"/. "$2"/ && shift 3 && exec "$@"',
                 "sh", str(size_k), str(mount), str(data)]
    done = gatepost(mount, "demo-data", "--residents", "3000", "--days", "2", prefix=tiny_disk,
                    env=environment(mount))
    assert one_line(done) == FULL


def _file_size_limit(limit: int):
    def apply() -> None:  # in the child: writing past ``limit`` fails with EFBIG, not a signal
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


def test_a_failed_write_is_a_disk_error(data: Path) -> None:
    limit = (data / "gatepost.db").stat().st_size + 256 * 1024
    done = gatepost(data, "demo-data", "--residents", "3000", "--days", "2",
                    preexec_fn=_file_size_limit(limit))
    assert one_line(done) == IO


def test_a_reader_that_stops_early_ends_the_command_quietly(data: Path) -> None:
    """``gatepost list residents --json | head -c 10``, with the reader gone before the first byte."""
    reading, writing = os.pipe()
    os.close(reading)
    try:
        done = gatepost(data, "list", "residents", "--json", stdout=writing)
    finally:
        os.close(writing)
    assert (done.returncode, done.stderr) == (0, "")
