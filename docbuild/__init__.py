"""The documentation site's build: the MkDocs hook, the code samples of the HTTP reference and
the browser check of the built site (`nox -s docs`)."""
