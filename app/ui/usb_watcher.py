"""Notices a USB drive being plugged in or pulled out, by polling the mounted volumes.

Qt has no portable "drive inserted" signal, so a timer compares ``QStorageInfo.mountedVolumes()``
every two seconds. Tests give ``roots`` instead: a callable returning (path, name) pairs.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QStorageInfo, QTimer, Signal

POLL_MS = 2000
BUNDLE_FOLDER = "GatePost"
"""The folder on the drive that bundles are written to and read from."""
PSEUDO_FILE_SYSTEMS = {
    "tmpfs", "devtmpfs", "proc", "sysfs", "overlay", "squashfs", "ramfs", "cgroup", "cgroup2", "devpts",
    "securityfs", "debugfs", "tracefs", "configfs", "fusectl", "mqueue", "hugetlbfs", "pstore", "bpf",
    "autofs", "binfmt_misc", "efivarfs", "nsfs", "rpc_pipefs", "fuse.portal", "fuse.gvfsd-fuse", "iso9660",
    "udf", "nfs", "nfs4", "cifs", "smbfs",
}
REMOVABLE_PARENTS = ("/media/", "/run/media/", "/mnt/", "/Volumes/")

Roots = Callable[[], list[tuple[str, str]]]


def removable_volumes() -> list[tuple[str, str]]:
    """Mounted volumes that look like a USB drive: writable, real, not where the system lives."""
    system_drive = os.environ.get("SYSTEMDRIVE", "C:").rstrip("\\/").upper()
    found = []
    for volume in QStorageInfo.mountedVolumes():
        if not volume.isValid() or not volume.isReady() or volume.isReadOnly() or volume.isRoot():
            continue
        kind = bytes(volume.fileSystemType().data()).decode(errors="replace").lower()
        if kind in PSEUDO_FILE_SYSTEMS:
            continue
        root = volume.rootPath()
        if sys.platform == "win32":
            if root.rstrip("\\/").upper() == system_drive:
                continue
        elif not root.startswith(REMOVABLE_PARENTS):
            continue
        found.append((root, volume.displayName() or volume.name() or Path(root).name or root))
    return found


class UsbWatcher(QObject):
    """``drive_inserted(path, name)`` and ``drive_removed(path)``, checked every ``POLL_MS``."""

    drive_inserted = Signal(str, str)
    drive_removed = Signal(str)

    def __init__(self, parent: QObject | None = None, roots: Roots | None = None,
                 interval_ms: int = POLL_MS) -> None:
        super().__init__(parent)
        self._roots = roots or removable_volumes
        self._drives: dict[str, str] = {}  # path -> name, in the order they arrived
        self._timer = QTimer(self, interval=interval_ms)
        self._timer.timeout.connect(self.poll)

    def start(self) -> None:
        """Report the drives already plugged in, then keep watching."""
        self.poll()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def poll(self) -> None:
        try:
            now = dict(self._roots())
        except OSError:  # a drive pulled out while being listed: look again next time
            return
        for path in [p for p in self._drives if p not in now]:
            del self._drives[path]
            self.drive_removed.emit(path)
        for path, name in now.items():
            if path not in self._drives:
                self._drives[path] = name
                self.drive_inserted.emit(path, name)

    def current(self) -> tuple[str, str] | None:
        """The drive plugged in last that is still there."""
        if not self._drives:
            return None
        path = next(reversed(self._drives))
        return path, self._drives[path]


def bundle_folder(drive: str, create: bool = False) -> Path:
    """The ``GatePost`` folder on a drive, made when writing to it."""
    folder = Path(drive) / BUNDLE_FOLDER
    if create:
        folder.mkdir(exist_ok=True)
    return folder
