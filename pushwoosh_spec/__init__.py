"""The spec's facts about each operation, read in one place (see ``facts``)."""
