"""A stateful mock Pushwoosh server that validates every request against the spec."""
