"""Feature flags: pyasync runs Python 3.11, where the ones programs still
import are already on (annotations are accepted either way)."""

annotations = True
generator_stop = True
