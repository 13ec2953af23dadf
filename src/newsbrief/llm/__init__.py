"""Writing a briefing with an LLM: the prompt from a story's evidence, the answer back as
sentences (prompt.py), and the built-in client for OpenAI-compatible endpoints (client.py,
registered as ``openai`` in the plugins group ``llm``). Nothing here decides what is kept: every
sentence goes through the verifier (newsbrief.verify) in pipeline.py."""
