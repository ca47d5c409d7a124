"""integration-kit runtime: resilient HTTP plumbing shared by every generated client.

Copied verbatim into each generated package; only relative imports. Optional
dependencies (redis, opentelemetry) are imported lazily where used.
"""

from .auth import BasicAuth, BearerAuth, HeaderKeyAuth, NoAuth, QueryKeyAuth
from .base_client import AsyncAPIClient, SyncAPIClient
from .breaker import (
    Admission,
    BreakerBackend,
    BreakerState,
    CircuitBreaker,
    InMemoryBreakerBackend,
)
from .breaker_redis import RedisBreakerBackend
from .config import DEFAULT_DEADLINE, DEFAULT_RETRY_STATUSES, BreakerConfig, ClientConfig
from .decoding import Probed, decode_response
from .downloads import AsyncBinaryResponse, BinaryResponse
from .errors import (
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    CircuitOpenError,
    ConfigurationError,
    ConflictError,
    DecodingError,
    IntegrationError,
    MissingCredentialError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RedirectError,
    ResponseTooLargeError,
    ServerError,
    StreamEventError,
    StreamInterruptedError,
    StreamTimeoutError,
    TransportError,
    UnprocessableEntityError,
)
from .events import LOGGER_NAME, RuntimeEvent
from .forms import encode_form, encode_query
from .models import WireModel
from .options import (
    NOT_GIVEN,
    Body,
    Headers,
    NotGiven,
    Query,
    RawResponse,
    async_to_raw_response_wrapper,
    given,
    split_multipart,
    to_raw_response_wrapper,
)
from .pagination import (
    aiter_cursor,
    aiter_link_header,
    aiter_next_uri,
    iter_cursor,
    iter_link_header,
    iter_next_uri,
    parse_link_header,
)
from .paths import fill_path
from .ratelimit import Limiter, RateLimiter
from .ratelimit_redis import SharedRateLimiter, quota_identity, shared_rate_limiter
from .retry import RetryBudget, backoff_delay, parse_retry_after
from .secrets import Secret, env_setting, require_env, resolve_credential
from .sigv4 import UNSIGNED_PAYLOAD, AwsCredentials, SigV4Auth
from .streaming import AsyncStream, Stream
from .uploads import BinaryBody, FileContent, FileInput

__all__ = [
    "DEFAULT_DEADLINE",
    "DEFAULT_RETRY_STATUSES",
    "LOGGER_NAME",
    "NOT_GIVEN",
    "UNSIGNED_PAYLOAD",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "Admission",
    "AsyncAPIClient",
    "AsyncBinaryResponse",
    "AsyncStream",
    "AuthenticationError",
    "AwsCredentials",
    "BadRequestError",
    "BasicAuth",
    "BearerAuth",
    "BinaryBody",
    "BinaryResponse",
    "Body",
    "BreakerBackend",
    "BreakerConfig",
    "BreakerState",
    "CircuitBreaker",
    "CircuitOpenError",
    "ClientConfig",
    "ConfigurationError",
    "ConflictError",
    "DecodingError",
    "FileContent",
    "FileInput",
    "HeaderKeyAuth",
    "Headers",
    "InMemoryBreakerBackend",
    "IntegrationError",
    "Limiter",
    "MissingCredentialError",
    "NoAuth",
    "NotFoundError",
    "NotGiven",
    "PermissionDeniedError",
    "Probed",
    "Query",
    "QueryKeyAuth",
    "RateLimitError",
    "RateLimiter",
    "RawResponse",
    "RedirectError",
    "RedisBreakerBackend",
    "ResponseTooLargeError",
    "RetryBudget",
    "RuntimeEvent",
    "Secret",
    "ServerError",
    "SharedRateLimiter",
    "SigV4Auth",
    "Stream",
    "StreamEventError",
    "StreamInterruptedError",
    "StreamTimeoutError",
    "SyncAPIClient",
    "TransportError",
    "UnprocessableEntityError",
    "WireModel",
    "aiter_cursor",
    "aiter_link_header",
    "aiter_next_uri",
    "async_to_raw_response_wrapper",
    "backoff_delay",
    "decode_response",
    "encode_form",
    "encode_query",
    "env_setting",
    "fill_path",
    "given",
    "iter_cursor",
    "iter_link_header",
    "iter_next_uri",
    "parse_link_header",
    "parse_retry_after",
    "quota_identity",
    "require_env",
    "resolve_credential",
    "shared_rate_limiter",
    "split_multipart",
    "to_raw_response_wrapper",
]
