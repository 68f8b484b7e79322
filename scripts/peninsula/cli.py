"""The `peninsula` command: build (and its stages), export, bench."""

from __future__ import annotations

from pathlib import Path

import click


@click.group()
def cli() -> None:
    """Peninsula: Chinese-language news about the Korean Peninsula, as a dataset."""


@cli.command()
@click.option(
    "--seeds",
    default="seeds",
    type=click.Path(file_okay=False, path_type=Path),
    show_default=True,
    help="Folder of raw files (searched recursively).",
)
@click.option(
    "--out",
    default="build",
    type=click.Path(file_okay=False, path_type=Path),
    show_default=True,
    help="Output folder: markdown/, peninsula.db, cache/.",
)
@click.option(
    "--jobs", "-j", type=int, default=None, help="Parallel processes (default: all cores)."
)
@click.option("--strict", is_flag=True, help="Fail (exit 1) when any file has a problem.")
def build(seeds: Path, out: Path, jobs: int | None, strict: bool) -> None:
    """Convert every raw file under SEEDS and write OUT/markdown/*.md and OUT/peninsula.db."""
    from .build import build as run

    if not seeds.is_dir():
        raise click.BadParameter(f"{seeds} is not a folder", param_hint="--seeds")
    run(seeds, out, jobs=jobs, strict=strict)


@cli.command()
@click.option(
    "--db",
    "db_path",
    default="build/peninsula.db",
    type=click.Path(dir_okay=False, exists=True, path_type=Path),
    show_default=True,
    help="The database written by `peninsula build`.",
)
@click.option(
    "--out",
    default="build/exports",
    type=click.Path(file_okay=False, path_type=Path),
    show_default=True,
    help="Folder for the CSV / JSON Lines files and datapackage.json.",
)
@click.option(
    "--metadata",
    "metadata_path",
    default="metadata.yml",
    type=click.Path(dir_okay=False, path_type=Path),
    show_default=True,
    help="Datasette metadata whose column descriptions describe the fields.",
)
def export(db_path: Path, out: Path, metadata_path: Path) -> None:
    """Write CSV and JSON Lines files of the tables plus a Frictionless datapackage.json."""
    from .export import export as run

    package = run(db_path, out, metadata_path)
    click.echo(f"{len(package['resources'])} files and datapackage.json in {out}")


@cli.command()
@click.option(
    "--out",
    default="build",
    type=click.Path(file_okay=False, path_type=Path),
    show_default=True,
    help="Folder for bench/<size>/ (corpus, build, logs) and bench.json.",
)
@click.option("--sizes", default="10000,100000", show_default=True, help="Article counts.")
@click.option("--million", is_flag=True, help="Also run 1,000,000 articles (long; ~10 GB disk).")
@click.option("--seed", default=0, show_default=True, help="Seed of the synthetic corpus.")
@click.option("--jobs", "-j", type=int, default=None, help="Build processes (default: cores).")
@click.option("--repeat", default=30, show_default=True, help="Requests per latency query.")
@click.option("--clients", default=20, show_default=True, help="Concurrent load-test clients.")
@click.option("--load-seconds", default=30.0, show_default=True, help="Load-test duration.")
@click.option(
    "--reuse-build", is_flag=True, help="Keep an existing build of a size; measure serving only."
)
def bench(out: Path, sizes: str, million: bool, seed: int, jobs: int | None, repeat: int,
          clients: int, load_seconds: float, reuse_build: bool) -> None:  # fmt: skip
    """Measure build, rebuild, search and load on synthetic corpora (needs the bench extra)."""
    import os

    try:
        from .bench import run
    except ImportError as e:
        raise click.ClickException(f"{e}: pip install -e '.[bench]'") from None

    counts = [int(s.replace("_", "")) for s in sizes.split(",") if s.strip()]
    if million and 1_000_000 not in counts:
        counts.append(1_000_000)
    run(out, counts, seed=seed, jobs=jobs or os.cpu_count() or 1, repeat=repeat,
        clients=clients, load_seconds=load_seconds, reuse_build=reuse_build)  # fmt: skip


if __name__ == "__main__":
    cli()
