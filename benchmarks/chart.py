"""The scale chart for the README: query latency and peak memory against corpus size."""
from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # files only: no display on CI or over ssh
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.ticker import LogLocator, ScalarFormatter  # noqa: E402

from benchmarks.corpora import size_label  # noqa: E402


def draw(rows: list[dict], path: Path, title: str) -> None:
    fig, (latency, memory) = plt.subplots(1, 2, figsize=(10, 4))
    sizes = sorted({r["words"] for r in rows})
    for engine in dict.fromkeys(r["engine"] for r in rows):
        mine = sorted((r for r in rows if r["engine"] == engine), key=lambda r: r["words"])
        words = [r["words"] for r in mine]
        line, = latency.plot(words, [r["median_ms"] for r in mine], "o-", label=f"{engine} median")
        for r in mine:  # the figures themselves: log axes are hard to read off
            latency.annotate(f"{r['median_ms']:.3g}", (r["words"], r["median_ms"]), fontsize=7,
                             textcoords="offset points", xytext=(4, -10))
            memory.annotate(f"{r['query_peak_mb']:.0f}", (r["words"], r["query_peak_mb"]), fontsize=7,
                            textcoords="offset points", xytext=(4, -10))
        latency.plot(words, [r["p95_ms"] for r in mine], "x--", color=line.get_color(), label=f"{engine} p95")
        memory.plot(words, [r["query_peak_mb"] for r in mine], "o-", color=line.get_color(),
                    label=f"{engine} load + queries")
        memory.plot(words, [r["build_peak_mb"] for r in mine], "x--", color=line.get_color(),
                    label=f"{engine} build")
    for ax, ylabel in ((latency, "query latency (ms, one at a time)"), (memory, "peak memory (MiB, RSS)")):
        ax.set_xscale("log")
        ax.set_yscale("log")
        ax.set_xticks(sizes, [size_label(s) for s in sizes])
        ax.minorticks_off()
        ax.yaxis.set_major_locator(LogLocator(subs=(1, 2, 5)))
        ax.yaxis.set_major_formatter(ScalarFormatter())
        ax.set_xlabel("corpus size (words)")
        ax.set_ylabel(ylabel)
        ax.grid(True, which="major", alpha=0.3)
        ax.legend(fontsize=8)
    fig.suptitle(title, fontsize=9)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)
