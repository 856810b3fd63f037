"""Store errors: each prints as one line a user can act on."""


class StoreError(Exception):
    """Any failure to reach or use the graph store."""


class StoreInUse(StoreError):
    """The embedded store is held by another process that cannot be attached to."""


class StoreUnavailable(StoreError):
    """The configured server cannot be reached or refused the credentials."""


class ReadOnlyQuery(StoreError):
    """A write clause was sent through a read-only entry point."""
