"""threading (placeholder: being written)."""
from _thread import allocate_lock as Lock, RLock, get_ident, get_native_id, TIMEOUT_MAX
