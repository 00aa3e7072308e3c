"""The temporary Prefect server's process: Prefect's API app served by uvicorn.

The same app and options as `uvicorn --factory prefect.server.api.server:create_app`
(the environment tells the app whether it is a run's bare API or `dateline serve`'s, with
UI and services). Its modules load with the collector paused (`dateline.preload`): the boot
took 4.0-4.7 CPU-s instead of 5.5-8.1, and a run with nothing new waits for it.

Usage: python -m dateline.prefect_server PORT
"""

from __future__ import annotations

import sys

from dateline.preload import preloading


def main(argv: list[str] | None = None) -> None:
    (port,) = argv if argv is not None else sys.argv[1:]
    with preloading():
        import uvicorn
        from prefect.server.api.server import create_app

        app = create_app()
    uvicorn.run(app, host="127.0.0.1", port=int(port), log_level="error", lifespan="on")


if __name__ == "__main__":
    main()
