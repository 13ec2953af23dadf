"""Settings: the one way to configure newsbrief. Every threshold lives here with its reason, and
the operational limits (sizes, timeouts, batch windows) in ``Limits``, one of its fields.

The command line and the web server build a Settings in one function each (``cli.options`` and
``web.briefing``) and pass it down; nothing below reads options another way."""

from __future__ import annotations

from dataclasses import dataclass, field

from newsbrief.errors import UsageError

DEFAULT_WORDS = 150  # a briefing a reader takes in at a glance


@dataclass(frozen=True, slots=True)
class Limits:
    """What keeps one run bounded: input sizes, network patience and how work is batched."""

    # A file larger than this is not one article or a small pile of them; refused, not read.
    max_file_bytes: int = 50 * 1024 * 1024
    # One briefing reads at most this many articles (the first given; a warning says so): a
    # story has tens, a pile of thousands is no one story, and ranking and facts compare
    # articles with each other (10,000 feed entries took over 5 minutes and 6.5 GB).
    max_brief_articles: int = 300
    # Facts read at most this many sentences of one briefing (the first of each article, the same
    # number of each; a warning says so): facts cost ~1 ms a sentence, so a 7 MB page of 200,000
    # sentences took 160 s; a story of 300 articles has ~10,000.
    max_fact_sentences: int = 20_000
    # Fetching: seconds to connect and between bytes read (a slow server is skipped, not waited
    # on); a news page or feed is well under max_fetch_bytes; redirects followed; seconds
    # between two requests to one host (politeness to small sites).
    fetch_timeout: float = 10.0
    fetch_deadline: float = 60.0  # seconds for a whole page, however steadily it trickles in
    max_fetch_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    host_delay: float = 1.0
    # A feed entry with fewer words than this is a teaser: its link is fetched for the article.
    min_feed_entry_words: int = 80
    # Web requests, refused with 413 beyond these: a story is a few dozen articles of 10-100 kB.
    max_request_articles: int = 50
    max_request_bytes: int = 10 * 1024 * 1024  # the whole request body
    max_upload_bytes: int = 2 * 1024 * 1024  # one uploaded file or pasted field
    max_request_urls: int = 10  # fetching is slow: seconds per page, one host at a time
    # A request body must arrive within this (10 MiB at 1 Mbit/s takes 84 s); a slower client
    # is answered 408 and cut, so it cannot hold a connection and a request open forever.
    request_body_seconds: float = 120.0
    # A request's headers must arrive within this (a slow-header client is cut).
    request_header_seconds: float = 15.0
    # The most stories GET /api/stories answers at once (?limit= up to this; ?offset= pages).
    max_page_stories: int = 500
    # batch: lines handed to a worker at once (a cluster takes ~5-20 ms, four amortise the
    # hand-over) and chunks queued per worker (no worker waits; memory stays flat).
    batch_chunk: int = 4
    batch_in_flight: int = 2
    # Library ingest: articles written per transaction (a crash loses at most this many, commits
    # stay cheap); from parallel_from articles on, cleaning and features run in worker
    # processes (starting a pool costs ~50 ms), ingest_chunk articles per task.
    ingest_transaction: int = 64
    ingest_flush: float = 1.0  # seconds: what arrived is written, not held for a slow source
    parallel_from: int = 256
    ingest_chunk: int = 32
    # LLM endpoint (brief --llm): seconds to connect and between bytes read (a local model on a
    # CPU takes tens of seconds for 150 words); tries per request, 429/5xx and connection
    # errors being retried after llm_backoff, 2x llm_backoff, ... seconds (or Retry-After, at
    # most llm_max_backoff); the prompt is cut to llm_max_prompt_chars (~6k tokens: fits an 8k
    # context with room for the answer) by leaving out the lowest-ranked passages.
    llm_timeout: float = 120.0
    llm_tries: int = 3
    llm_backoff: float = 1.0
    llm_max_backoff: float = 30.0
    llm_max_prompt_chars: int = 24_000


@dataclass(frozen=True, slots=True)
class Settings:
    # Length of the summary in words (a hard cap, see summarize.select).
    words: int = DEFAULT_WORDS
    # Sentence segmenter, by registry name (plugins group "segmenters").
    segmenter: str = "nupunkt"
    # Shorter sentences are mostly fragments, datelines or captions; longer ones run-ons.
    min_sentence_words: int = 6
    max_sentence_words: int = 55
    # Two sentences "say the same thing" (for citations and cross-outlet support) when the cosine
    # of their stemmed TF-IDF vectors reaches this ...
    support_similarity: float = 0.3
    # ... or when they share a salient figure (e.g. "100,000") and at least a content word or two.
    support_similarity_with_figure: float = 0.05
    # A candidate this similar to an already chosen sentence is redundant and skipped.
    redundancy: float = 0.3
    # A candidate whose content (weighted words, figures) is less than this share new to the
    # chosen sentences tells a reader nothing new and is skipped, and a chosen sentence the
    # others repeat so is replaced (summarize/novelty.py; coverage selection; 0: off).
    novelty: float = 0.45
    # Sentence score = sum of weight * feature (summarize/features.py); None: the weights fitted
    # on the dev set (summarize/weights.py).
    weights: tuple[tuple[str, float], ...] | None = None
    # While selecting, each sentence already taken from an article lowers the score of that
    # article's other sentences by this much (a briefing should draw on several outlets).
    same_article_penalty: float = 0.04
    # How sentences are chosen: "ranked" (best score first, skipping redundant ones) or
    # "coverage" (most new story concepts per word, plus the score as a prior; see
    # summarize/coverage.py).
    selection: str = "coverage"
    # Coverage selection: weight of the fitted sentence score beside concept coverage (concepts
    # weigh the number of articles using them, so the prior's share shrinks as a story's
    # articles grow), and the exponent of a sentence's length that its coverage is divided by
    # (1: per word). The grid's best mean R-1 + R-2 at 100 and 250 words on the dev set, the
    # procedure whose held-out scores benchmarks/cv_summary.py reports (a flat optimum: 12 and
    # 16 within 0.01, 8 within 0.5).
    coverage_prior: float = 16.0
    coverage_length_exponent: float = 1.0
    # Entity recogniser for the facts, by registry name (plugins group "recognisers"): "rules"
    # (fast, built in), "spacy" (spaCy's small English NER joined with the rules, the [spacy]
    # extra: as precise as the rules at their recall held out, ~50x the summary's cost, so not
    # the default even where installed; measured in benchmarks/RESULTS.md) or "none".
    entities: str = "rules"
    # Extract the facts at all; batch and eval, whose output is the summary alone, turn it off.
    facts: bool = True
    # Write the briefing's title (summarize/headlines.briefing_title); batch and eval, whose
    # output holds no title, turn it off ("" then): 3% of batch's CPU (benchmarks/RESULTS.md).
    title: bool = True
    # Check that the articles are one story (cluster.story_groups: 1-3 ms per briefing); when
    # they are not, brief the largest story alone (on a tie for largest, every article) and
    # warn, naming the stories and the articles left out. On in batch and eval too: on the
    # Multi-News dev clusters it leaves ROUGE as it was (+0.02-0.07) and drops notices, error
    # pages and unrelated articles, for ~8% of batch's CPU (benchmarks/bench_off_topic.py).
    one_story: bool = True
    # Write the summary with an LLM: the base URL of an OpenAI-compatible API ("…/v1"); None:
    # the extractive summary. Its sentences are kept only when the verifier finds them in the
    # sources (verify/).
    llm_url: str | None = None
    # The model name sent to it, the LLM client backend by registry name (plugins group
    # "llm"), and the environment variable holding the API key (never given on the command
    # line, where other users could read it; no variable set: no key is sent).
    llm_model: str | None = None
    llm: str = "openai"
    llm_key_env: str = "NEWSBRIEF_LLM_KEY"
    # A sentence is supported when the best one to three source sentences hold at least this
    # share of its content words (IDF-weighted) and every number, name and date in it (they or
    # their neighbours). The lowest threshold at which fewer than 1% of the dev references'
    # sentences with no number, name or date (only this threshold guards them) pass against
    # another story's articles (0.7%; benchmarks/bench_verify.py dev), which is also where a
    # 5-fold cross-validated fit on the labelled set lands (benchmarks/RESULTS.md, 2026-12-02).
    verify_coverage: float = 0.45
    # An entailment backend (plugins group "entailment") checks supported sentences further;
    # "none": the lexical rules alone. A sentence whose cited passages entail it with a
    # probability below entailment_threshold is unsupported.
    entailment: str = "none"
    entailment_threshold: float = 0.5
    # Sizes, timeouts and batch windows (below).
    limits: Limits = field(default_factory=Limits)

    def __post_init__(self) -> None:
        if self.words < 1:
            raise UsageError(f"--words must be at least 1, got {self.words}")
        if not 0 < self.min_sentence_words <= self.max_sentence_words:
            raise UsageError("min_sentence_words must be positive and at most max_sentence_words")
        if self.selection not in ("ranked", "coverage"):
            raise UsageError(f'selection must be "ranked" or "coverage", got {self.selection!r}')
        if self.llm_url is not None:
            if not self.llm_url.startswith(("http://", "https://")):
                raise UsageError("--llm must be an http:// or https:// URL")
            if not self.llm_model:
                raise UsageError("--llm needs --model: the model name the endpoint serves")
        names = ("support_similarity", "support_similarity_with_figure", "redundancy", "novelty")
        for name in (*names, "verify_coverage", "entailment_threshold"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise UsageError(f"{name} must be between 0 and 1, got {value}")
