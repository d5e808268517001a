"""Gradeloop settings. Every value comes from the environment (django-environ);
the defaults are safe for a laptop: SQLite and files under var/, the ORM broker."""

import ipaddress
from datetime import timedelta
from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DEBUG = env.bool("DEBUG", default=False)
VAR_DIR = Path(env("VAR_DIR", default=str(BASE_DIR / "var")))
VAR_DIR.mkdir(parents=True, exist_ok=True)

SECRET_KEY = env("SECRET_KEY", default="")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off.")
    SECRET_KEY = "dev-only-insecure-key-do-not-use-in-production"

ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "django_prometheus",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django_q",
    "axes",
    "core",
    "gradebook",
    "consent",
    "exports",
    "training",
    "grading",
    "evaluation",
]

MIDDLEWARE = [
    "django_prometheus.middleware.PrometheusBeforeMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_prometheus.middleware.PrometheusAfterMiddleware",
    "axes.middleware.AxesMiddleware",  # as django-axes asks: after authentication
    "config.transactions.AtomicWritesMiddleware",  # last: every write in one transaction
]

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "config.wsgi.application"
ASGI_APPLICATION = "config.asgi.application"

DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'gradeloop.sqlite3'}"),
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"].setdefault("OPTIONS", {})
    DATABASES["default"]["OPTIONS"].setdefault("timeout", 20)
    # Write transactions take the lock up front, so concurrent writers (web, workers, a
    # training heartbeat) wait for each other instead of failing with "database is locked".
    DATABASES["default"]["OPTIONS"].setdefault("transaction_mode", "IMMEDIATE")
    DATABASES["default"]["OPTIONS"].setdefault("init_command", "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;")
    # A file, not memory, so that worker processes in integration tests share the test database.
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / "test-gradeloop.sqlite3")}
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"]["ENGINE"] = "django_prometheus.db.backends.postgresql"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = env("TIME_ZONE", default="UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = VAR_DIR / "static"
STATIC_ROOT.mkdir(exist_ok=True)
WHITENOISE_USE_FINDERS = DEBUG
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", default=str(VAR_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "gradebook:course_list"
LOGOUT_REDIRECT_URL = "login"

# The client's address (core.client_ip): how many reverse proxies stand in front of the site.
# 0: X-Forwarded-For is ignored and the connection's address counts.
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)

# Failed logins (django-axes), on /accounts/login/, /admin/login/ and /api/v1/auth/token/: after
# LOGIN_FAILURE_LIMIT failures for one username, or from one address, that username or address is
# locked for LOGIN_LOCKOUT_MINUTES (0: until an admin unlocks it; see README "Logins").
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env.int("LOGIN_FAILURE_LIMIT", default=10)
LOGIN_LOCKOUT_MINUTES = env.int("LOGIN_LOCKOUT_MINUTES", default=30)
AXES_COOLOFF_TIME = timedelta(minutes=LOGIN_LOCKOUT_MINUTES) if LOGIN_LOCKOUT_MINUTES > 0 else None
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_CLIENT_IP_CALLABLE = "core.client_ip.client_ip"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_VERBOSE = False

# /metrics: open on loopback and with DEBUG; otherwise it needs `Authorization: Bearer
# <METRICS_TOKEN>` or a client address in METRICS_ALLOWED_IPS (addresses or networks).
METRICS_TOKEN = env("METRICS_TOKEN", default="")
METRICS_ALLOWED_IPS = [
    str(ipaddress.ip_network(entry, strict=False))  # a bad entry stops the start
    for entry in env.list("METRICS_ALLOWED_IPS", default=[])
]

# Content-Security-Policy (django-csp): scripts, styles, images and fonts from this site only;
# no inline script or style, no framing, forms post only here.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'none'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'none'"],
        "object-src": ["'none'"],
    }
}

# Uploads: the largest document a submission may carry, and Django's own body limits.
MAX_UPLOAD_BYTES = env.int("MAX_UPLOAD_BYTES", default=10 * 1024 * 1024)
# The largest JSON body the API reads, and the longest typed submission text (characters).
API_MAX_JSON_BYTES = env.int("API_MAX_JSON_BYTES", default=2 * 1024 * 1024)
MAX_SUBMISSION_CHARS = env.int("MAX_SUBMISSION_CHARS", default=200_000)
DATA_UPLOAD_MAX_MEMORY_SIZE = MAX_UPLOAD_BYTES + 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
# The first handler counts each file's bytes as they arrive and keeps none past MAX_UPLOAD_BYTES.
FILE_UPLOAD_HANDLERS = [
    "gradebook.uploads.SizeLimitUploadHandler",
    "django.core.files.uploadhandler.MemoryFileUploadHandler",
    "django.core.files.uploadhandler.TemporaryFileUploadHandler",
]

# Reading a document: limits that refuse a bomb before it costs memory or minutes.
DOCUMENT_MAX_UNPACKED_BYTES = env.int("DOCUMENT_MAX_UNPACKED_BYTES", default=50 * 1024 * 1024)
DOCUMENT_MAX_PARTS = env.int("DOCUMENT_MAX_PARTS", default=1000)
DOCUMENT_MAX_PARAGRAPHS = env.int("DOCUMENT_MAX_PARAGRAPHS", default=20_000)
DOCUMENT_MAX_PAGES = env.int("DOCUMENT_MAX_PAGES", default=300)
DOCUMENT_MAX_IMAGE_PIXELS = env.int("DOCUMENT_MAX_IMAGE_PIXELS", default=40_000_000)
DOCUMENT_MAX_SECONDS = env.float("DOCUMENT_MAX_SECONDS", default=60.0)
# OCR of scanned pages and photos (Tesseract).
OCR_LANGUAGE = env("OCR_LANGUAGE", default="eng")
OCR_MAX_PAGES = env.int("OCR_MAX_PAGES", default=30)
OCR_THREADS = env.int("OCR_THREADS", default=2)
OCR_LOW_CONFIDENCE = env.float("OCR_LOW_CONFIDENCE", default=70.0)

# Production hardening: on whenever DEBUG is off.
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=not DEBUG)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = env.bool("SESSION_COOKIE_SECURE", default=not DEBUG)
CSRF_COOKIE_SECURE = env.bool("CSRF_COOKIE_SECURE", default=not DEBUG)
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = not DEBUG
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^metrics$"]

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_PARSER_CLASSES": [
        "gradebook.api.parsers.BoundedJSONParser",
        "rest_framework.parsers.FormParser",
        "rest_framework.parsers.MultiPartParser",
    ],
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": env.int("API_PAGE_SIZE", default=50),
    "DEFAULT_FILTER_BACKENDS": [
        "django_filters.rest_framework.DjangoFilterBackend",
        "rest_framework.filters.OrderingFilter",
        "rest_framework.filters.SearchFilter",
    ],
    "DEFAULT_THROTTLE_CLASSES": [
        "gradebook.api.throttling.AnonRateThrottle",
        "gradebook.api.throttling.UserRateThrottle",
    ],
    "DEFAULT_THROTTLE_RATES": {
        "anon": env("API_ANON_RATE", default="30/minute"),
        "user": env("API_USER_RATE", default="1200/minute"),
    },
    "DEFAULT_SCHEMA_CLASS": "config.schema.AutoSchema",
    # 409 for a Conflict (core.errors), and an API error rolls back the write's transaction.
    "EXCEPTION_HANDLER": "config.transactions.exception_handler",
    # The browsable API styles its pages inline, which the CSP forbids: a development tool only.
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"]
    + (["rest_framework.renderers.BrowsableAPIRenderer"] if DEBUG else []),
}

SPECTACULAR_SETTINGS = {
    "TITLE": "Gradeloop API",
    "DESCRIPTION": "Grade student work against rubrics; consent, exports, training and evaluation.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "COMPONENT_SPLIT_REQUEST": True,
    # Tag and name operations by resource ("courses"), not by the version segment.
    "SCHEMA_PATH_PREFIX": r"/api/v[0-9]+",
    # Evaluations and suggestions share Evaluation.Status: one enum name for both.
    "ENUM_NAME_OVERRIDES": {"EvaluationStatusEnum": "gradebook.models.Evaluation.Status"},
    # The docs pages' scripts come from this site (drf-spectacular-sidecar), as the CSP requires.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "config.schema.add_error_responses",
    ],
}

# Base models for LoRA training: BASE_MODEL names a folder under BASE_MODELS_DIR (made by
# `manage.py import_base_model`) or is a path to a local Hugging Face model folder.
BASE_MODEL = env("BASE_MODEL", default="SmolLM2-135M-Instruct")
BASE_MODELS_DIR = Path(env("BASE_MODELS_DIR", default=str(VAR_DIR / "models")))
# torch threads per training process (0: torch's own default).
TRAINING_THREADS = env.int("TRAINING_THREADS", default=0)

# Grading providers. An OpenAI-compatible API (OpenAI, DeepSeek, vLLM, Ollama...) is used
# when OPENAI_BASE_URL and OPENAI_MODEL are set.
OPENAI_BASE_URL = env("OPENAI_BASE_URL", default="")
OPENAI_API_KEY = env("OPENAI_API_KEY", default="")
OPENAI_MODEL = env("OPENAI_MODEL", default="")
# torch threads per grading process (0: torch's own default).
GRADING_THREADS = env.int("GRADING_THREADS", default=0)
# Suggestions (grading.suggestions): the providers tried in order (active: the active model
# version; base: the base model alone; retrieval: similar graded answers as examples around the
# active or base model; openai: the API above), retries per provider, answers per worker batch.
GRADING_CHAIN = env.list("GRADING_CHAIN", default=["active", "retrieval", "openai"])
GRADING_RETRIES = env.int("GRADING_RETRIES", default=1)
GRADING_BATCH_SIZE = env.int("GRADING_BATCH_SIZE", default=8)
# Suggestions for arrived submissions, made by a worker before anyone asks (grading.precompute);
# the worker waits this long after the last arrival so that a burst is graded as one batch.
PRECOMPUTE_SUGGESTIONS = env.bool("PRECOMPUTE_SUGGESTIONS", default=True)
PRECOMPUTE_DEBOUNCE_SECONDS = env.float("PRECOMPUTE_DEBOUNCE_SECONDS", default=2.0)
# The longest reply a local model may write while grading (tokens).
GRADING_MAX_NEW_TOKENS = env.int("GRADING_MAX_NEW_TOKENS", default=256)
# Where every score is read off the model's probabilities, the reply only brings comments:
# this many tokens at most (0: GRADING_MAX_NEW_TOKENS).
GRADING_COMMENT_TOKENS = env.int("GRADING_COMMENT_TOKENS", default=64)
# The dtype of local models: "auto" measures fp32 against bf16 on this machine (llm.dtypes).
GRADING_DTYPE = env.str("GRADING_DTYPE", default="auto")
TRAINING_DTYPE = env.str("TRAINING_DTYPE", default="auto")
# /v1/chat/completions: the most tokens one request may ask for.
SERVING_MAX_TOKENS = env.int("SERVING_MAX_TOKENS", default=1024)
# /v1/chat/completions: the most characters all messages of one request may hold (the local
# model never truncates a prompt: a longer one costs memory and minutes, not an error).
SERVING_MAX_PROMPT_CHARS = env.int("SERVING_MAX_PROMPT_CHARS", default=32_000)

# Consent and exports (see README "Consent and exports").
# PSEUDONYM_KEY: the HMAC key that turns a student id into an export pseudonym. Set it in
# production and never change it (pseudonyms would change); unset, it is derived from SECRET_KEY.
PSEUDONYM_KEY = env("PSEUDONYM_KEY", default="") or f"pseudonym:{SECRET_KEY}"
CONSENT_LINK_MAX_AGE_DAYS = env.int("CONSENT_LINK_MAX_AGE_DAYS", default=30)
EXPORT_DIR = Path(env("EXPORT_DIR", default=str(VAR_DIR / "exports")))
# True: the super-admin who requested an export may not approve it (needs two super-admins).
EXPORT_REQUIRE_SECOND_APPROVER = env.bool("EXPORT_REQUIRE_SECOND_APPROVER", default=False)
EXPORT_CHUNK_SIZE = env.int("EXPORT_CHUNK_SIZE", default=2000)
EXPORT_PROGRESS_EVERY = env.int("EXPORT_PROGRESS_EVERY", default=500)

# Training jobs (see README "Training jobs"): run by a second django-q2 cluster named
# TRAINING_Q_CLUSTER (`Q_CLUSTER_NAME=training manage.py qcluster`), watched by a reconciler.
TRAINING_DIR = Path(env("TRAINING_DIR", default=str(VAR_DIR / "training")))
TRAINING_Q_CLUSTER = "training"
TRAINING_HEARTBEAT_SECONDS = env.float("TRAINING_HEARTBEAT_SECONDS", default=5)
TRAINING_STALE_AFTER_SECONDS = env.float("TRAINING_STALE_AFTER_SECONDS", default=120)
TRAINING_MAX_ATTEMPTS = env.int("TRAINING_MAX_ATTEMPTS", default=3)
TRAINING_RESEND_QUEUED_AFTER_SECONDS = env.float("TRAINING_RESEND_QUEUED_AFTER_SECONDS", default=3600)
MLFLOW_TRACKING_URI = env("MLFLOW_TRACKING_URI", default=(VAR_DIR / "mlruns").as_uri())
MLFLOW_EXPERIMENT = env("MLFLOW_EXPERIMENT", default="gradeloop-training")
MLFLOW_MODEL_NAME = env("MLFLOW_MODEL_NAME", default="gradeloop-grader")

# Evaluation runs and the promotion gate (see README "Evaluation and promotion").
EVALUATION_SCORE_STEP = env.float("EVALUATION_SCORE_STEP", default=0.5)  # kappa/exact-match grid
EVALUATION_BOOTSTRAP_SAMPLES = env.int("EVALUATION_BOOTSTRAP_SAMPLES", default=500)
SIMILARITY = env("SIMILARITY", default="auto")  # auto | minilm | tfidf
# Share of an export's hinted train examples whose hints are those of a question nobody graded yet.
HINTS_UNSEEN_SHARE = env.float("HINTS_UNSEEN_SHARE", default=0.0)
# Answer groups: above this many answers in an assignment, TF-IDF groups them instead of MiniLM.
GROUPING_MINILM_MAX_ANSWERS = env.int("GROUPING_MINILM_MAX_ANSWERS", default=500)
EVALUATION_CHUNK_SIZE = env.int("EVALUATION_CHUNK_SIZE", default=16)  # answers between progress updates
# An evaluation run or grading batch whose worker said nothing for this long is failed (worker died).
WORKER_STALE_AFTER_SECONDS = env.float("WORKER_STALE_AFTER_SECONDS", default=1800)
# Work still queued this long while its broker queue is empty lost its message (a Redis restart): sent again.
WORKER_RESEND_QUEUED_AFTER_SECONDS = env.float("WORKER_RESEND_QUEUED_AFTER_SECONDS", default=300)
MLFLOW_EVALUATION_EXPERIMENT = env("MLFLOW_EVALUATION_EXPERIMENT", default="gradeloop-evaluation")
PROMOTION_METRIC = env("PROMOTION_METRIC", default="qwk")  # qwk | pearson | exact | mae | rmse
PROMOTION_MARGIN = env.float("PROMOTION_MARGIN", default=0.0)
PROMOTION_MIN_VALID_RATE = env.float("PROMOTION_MIN_VALID_RATE", default=0.9)
# Rollout of a candidate on live requests (grading.rollout): shadow, canary shares, promote.
ROLLOUT_CANARY_SHARES = [float(x) for x in env.list("ROLLOUT_CANARY_SHARES", default=["0.1", "0.5"])]
ROLLOUT_MIN_REVIEWS = env.int("ROLLOUT_MIN_REVIEWS", default=30)  # reviewed submissions before a step
ROLLOUT_MARGIN = env.float("ROLLOUT_MARGIN", default=0.1)  # candidate MAE may exceed the active's by this
ROLLOUT_AUTO_ROLLBACK = env.bool("ROLLOUT_AUTO_ROLLBACK", default=True)
ROLLOUT_ROLLBACK_MIN_REVIEWS = env.int("ROLLOUT_ROLLBACK_MIN_REVIEWS", default=20)
ROLLOUT_ROLLBACK_MARGIN = env.float("ROLLOUT_ROLLBACK_MARGIN", default=0.5)  # low end of the MAE-difference interval
ROLLOUT_BOOTSTRAP = env.int("ROLLOUT_BOOTSTRAP", default=1000)
# Scheduled retraining: file an export request once this many new consented final evaluations exist.
RETRAIN_MIN_NEW_EVALUATIONS = env.int("RETRAIN_MIN_NEW_EVALUATIONS", default=200)
RETRAIN_CHECK_MINUTES = env.int("RETRAIN_CHECK_MINUTES", default=60)
RETRAIN_REQUESTED_BY = env("RETRAIN_REQUESTED_BY", default="")  # a super-admin's username

REDIS_URL = env("REDIS_URL", default="")
Q_CLUSTER = {
    "name": "gradeloop",
    "workers": env.int("Q_WORKERS", default=2),
    "timeout": env.int("Q_TIMEOUT", default=600),
    "retry": env.int("Q_RETRY", default=900),
    "max_attempts": env.int("Q_MAX_ATTEMPTS", default=2),
    "catch_up": False,
    "label": "Django Q2",
    # The training cluster: one job per worker, hours per task; django-q2 never retries a
    # training task by itself (the reconciler re-queues jobs whose worker went silent).
    "ALT_CLUSTERS": {
        "training": {
            "workers": env.int("TRAINING_Q_WORKERS", default=1),
            "timeout": env.int("TRAINING_Q_TIMEOUT", default=12 * 3600),
            "retry": env.int("TRAINING_Q_RETRY", default=13 * 3600),
            "max_attempts": 1,
        }
    },
}
if REDIS_URL:
    Q_CLUSTER["redis"] = REDIS_URL
else:
    Q_CLUSTER["orm"] = "default"

CACHES = {
    "default": (
        env.cache("CACHE_URL", default=REDIS_URL)
        if REDIS_URL or env("CACHE_URL", default="")
        else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    )
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
}
