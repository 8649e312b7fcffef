"""py3langid's detector, read from an uncompressed copy of its model when one is kept.

py3langid ships its model LZMA-compressed (4.6 MB) and decompresses it, 68 MB, each time
a process loads it: about 0.6 s of CPU, which every build that detects a language pays,
in the worker that makes an edited article too. The first load in a user account keeps
the detector's arrays uncompressed in the user's cache folder (``$XDG_CACHE_HOME`` or
``~/.cache``, then ``site-builder/``), under a name made of the digests of the model and
of py3langid's code; later loads read them in a few hundredths of a second (the largest
is mapped, not read). The copy is kept only after it has given the same answers as the
original on probe texts, so a py3langid whose internals differ never uses it; any
failure to read or write it falls back to py3langid's own loader, which stays the
reference.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import tempfile
from array import array
from pathlib import Path
from typing import Any

# Probe texts in several scripts: a kept copy must rank every language as the original.
_PROBES = (
    "Die Bundesregierung hat am Dienstag neue Regeln für den Wohnungsbau beschlossen.",
    "The council voted on Tuesday to close the old bridge for repairs until spring.",
    "Правительство утвердило новый бюджет на следующий год после долгих споров.",
    "Saeimas deputāti otrdien pieņēma grozījumus likumā par valsts valodu.",
    "東京都は火曜日、新しい防災計画を発表した。",
    "",
)
_FILES = ("nb_ptc.npy", "nb_pc.npy", "tk_output.npy", "tk_nextmove.bin", "tk_row.bin")


def cache_root() -> Path:
    """The user's cache folder for site_builder (XDG base directory rules)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "site-builder"


def _digest() -> str:
    from py3langid import langid  # noqa: PLC0415

    digest = hashlib.blake2b(digest_size=12)
    for path in (Path(langid.MODEL_DIR) / langid.MODEL_FILE, Path(langid.__file__)):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _same(one: Any, other: Any) -> bool:
    return all(one.rank(text) == other.rank(text) for text in _PROBES)


def _original() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier  # noqa: PLC0415

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _read(folder: Path) -> Any:
    import numpy as np  # noqa: PLC0415
    from py3langid.langid import LanguageIdentifier  # noqa: PLC0415

    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    nextmove = array(meta["nextmove"])
    nextmove.frombytes((folder / "tk_nextmove.bin").read_bytes())
    row = array(meta["row"])
    row.frombytes((folder / "tk_row.bin").read_bytes())
    if (len(nextmove), len(row)) != (meta["nextmove_len"], meta["row_len"]):
        raise ValueError(f"{folder}: a truncated copy")
    return LanguageIdentifier(
        np.load(folder / "nb_ptc.npy", mmap_mode="r", allow_pickle=False),
        np.load(folder / "nb_pc.npy", allow_pickle=False),
        list(meta["classes"]),
        nextmove,
        np.load(folder / "tk_output.npy", allow_pickle=False).tolist(),
        norm_probs=True,
        tk_row=row,
    )


def _write(identifier: Any, folder: Path) -> None:
    import numpy as np  # noqa: PLC0415

    folder.parent.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=folder.name + ".", dir=folder.parent))
    try:
        np.save(scratch / "nb_ptc.npy", np.asarray(identifier.nb_ptc), allow_pickle=False)
        np.save(scratch / "nb_pc.npy", np.asarray(identifier.nb_pc), allow_pickle=False)
        np.save(scratch / "tk_output.npy", np.asarray(identifier.tk_output, dtype=np.int32))
        (scratch / "tk_nextmove.bin").write_bytes(identifier.tk_nextmove.tobytes())
        (scratch / "tk_row.bin").write_bytes(identifier.tk_row.tobytes())
        meta = {
            "classes": list(identifier.nb_classes),
            "nextmove": identifier.tk_nextmove.typecode,
            "row": identifier.tk_row.typecode,
            "nextmove_len": len(identifier.tk_nextmove),
            "row_len": len(identifier.tk_row),
        }
        (scratch / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
        if _same(_read(scratch), identifier):
            scratch.rename(folder)  # fails if another process kept its copy first
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def load_identifier() -> Any:
    """py3langid's identifier (probabilities normalised), from the kept copy if any."""
    try:
        folder = cache_root() / f"langid-{_digest()}"
    except Exception:  # no home, or py3langid laid out otherwise
        return _original()
    if all((folder / name).is_file() for name in (*_FILES, "meta.json")):
        try:
            return _read(folder)
        except Exception:  # a damaged copy: made again below
            shutil.rmtree(folder, ignore_errors=True)
    identifier = _original()
    with contextlib.suppress(Exception):  # a read-only cache folder: nothing is kept
        _write(identifier, folder)
    return identifier
