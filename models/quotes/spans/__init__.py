"""Spans: tag scores decoded into source, cue and content spans, linked, and assembled into quotes
with the layout, nested-report, headline and junk rules applied."""
