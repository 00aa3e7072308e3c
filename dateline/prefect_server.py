"""The temporary Prefect server's process: Prefect's API app on uvicorn, ended with its run.

The same app `prefect server start` serves (`create_app(final=True)`), as Prefect's own
temporary server runs it for one run (`ephemeral`: no UI, only the services that record
runs), or with its UI and every service for `dateline serve` (`--full`). It runs in a
session of its own, so a Ctrl-C at the terminal reaches the run, which stops it when it
is done with it; and it stops itself when the process that started it is gone, however
that ended (killed outright included), instead of running on unowned.

Usage: python -m dateline.prefect_server PORT PARENT_PID [--full]
"""

from __future__ import annotations

import gc
import os
import signal
import sys
import threading
import time

PARENT_POLL_SECONDS = 0.5


def main(argv: list[str] | None = None) -> None:
    port, parent, *flags = argv if argv is not None else sys.argv[1:]
    threading.Thread(target=_end_with, args=(int(parent),), daemon=True).start()
    # The app's modules and models are loaded once and kept: the cyclic collector's passes
    # over them while they load find nothing, and made the boot the run waits for slower.
    gc.disable()
    import uvicorn
    from prefect.server.api.server import create_app

    app = create_app(final=True, ephemeral="--full" not in flags)
    gc.freeze()
    gc.enable()
    uvicorn.run(app, host="127.0.0.1", port=int(port), log_level="error", lifespan="on")


def _end_with(parent: int) -> None:
    """Shut the server down (as `kill` would) once `parent` has ended."""
    while os.getppid() == parent:
        time.sleep(PARENT_POLL_SECONDS)
    os.kill(os.getpid(), signal.SIGTERM)


if __name__ == "__main__":
    main()
