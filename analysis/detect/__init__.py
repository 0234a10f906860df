"""detect: re-exports (mechanical move; split pending)."""

