"""Features built on the client (bulk calls): hand-written, never touched by the generator."""
