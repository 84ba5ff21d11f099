"""The chart renderer's child process: Vega-Lite specs in, PNGs out, one at a time.

``python -m medstream_gateway.charts.worker``, started by ``render.ChartRenderer``. Each
request is one line of JSON on stdin, ``{"spec": {...}, "scale": 2}``; each answer is one
line of JSON on stdout, ``{"size": N}`` followed by N bytes of PNG, or ``{"error": "..."}``.
The process ends when stdin closes.

Why a process: vl-convert (1.9) holds the GIL for the whole render (50–150 ms), so a
render in a thread would still stall the gateway's event loop, and the V8 engine it
starts would stay in the gateway's memory (~100 MB). Here it does neither to the gateway.

The fonts are the ones the specs name (DejaVu Sans, as the matplotlib charts had): shipped
in ``fonts/`` so a picture is the same on every machine, Cyrillic and ``₽`` included, and
never depends on what a container image happens to have (resvg drops a text whose font is
missing, and sets the whole text in another font when one glyph is missing).
External data is refused (``allowed_base_urls=[]``): a spec carries its data inline.
"""

import json
import os
import sys
from pathlib import Path
from typing import Any, BinaryIO

FONTS = Path(__file__).with_name("fonts")
MAX_ERROR_CHARS = 2000


def newest_v5(versions: list[str]) -> str:
    """The newest Vega-Lite 5.x vl-convert bundles: the specs are v5."""

    def key(version: str) -> tuple[int, ...]:
        return tuple(int(part) for part in version.split("."))

    return max((v for v in versions if v.split(".")[0] == "5"), key=key)


def serve(requests: BinaryIO, answers: BinaryIO) -> None:
    import vl_convert

    vl_convert.register_font_directory(str(FONTS))
    version = newest_v5(vl_convert.get_vegalite_versions())
    for line in requests:
        png = b""
        header: dict[str, Any]
        try:
            request = json.loads(line)
            png = vl_convert.vegalite_to_png(
                request["spec"],
                vl_version=version,
                scale=float(request.get("scale", 1)),
                allowed_base_urls=[],
            )
            header = {"size": len(png)}
        except Exception as exc:
            header = {"error": f"{type(exc).__name__}: {exc}"[:MAX_ERROR_CHARS]}
        answers.write(json.dumps(header).encode() + b"\n" + png)
        answers.flush()


def main() -> None:
    # The answers get their own descriptor; anything a library prints goes to stderr
    # instead of into the protocol.
    answers = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    serve(sys.stdin.buffer, answers)


if __name__ == "__main__":
    main()
