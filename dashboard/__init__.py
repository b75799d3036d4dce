"""healthdash dashboard: a Dash Pages app over the tidy frame from `loaders`.

`create_app(frame)` builds the app; `serve()` loads the packs once and runs it.
Nothing here reads data at import time.
"""

from dashboard.app import create_app, serve

__all__ = ["create_app", "serve"]
