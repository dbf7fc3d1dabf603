"""A small shop backend that uses Pushwoosh: signup, purchase, shipping; its tests use only the
pytest plugin's fixtures."""
