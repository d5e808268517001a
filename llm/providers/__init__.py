"""Grading providers, one interface (``base.Provider``): ``openai_compat`` (any
OpenAI-compatible API), ``local`` (a transformers base model plus an optional LoRA adapter)
and ``retrieval`` (similar graded answers as few-shot examples, around another provider).
``llm.grading`` chains them with the guardrails."""
