"""Index layer: the Whoosh indexes of a catalogue generation, their analyzers and the search engine."""
