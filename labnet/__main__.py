"""``python -m labnet``: the same as the ``labnet`` command."""

from labnet.cli import main

raise SystemExit(main())
