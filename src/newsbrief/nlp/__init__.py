"""Language processing over Articles: sentences (offsets into the text) and tokens."""
