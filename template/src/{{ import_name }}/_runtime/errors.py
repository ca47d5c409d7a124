"""The exception hierarchy of the runtime.

``IntegrationError`` is the root. ``APIError`` covers every failure of a call to the
API: an HTTP error status (``APIStatusError`` and its per-status subclasses), a transport
failure (``TransportError`` / ``APITimeoutError``), a local refusal by the circuit
breaker (``CircuitOpenError``), a body that is too large (``ResponseTooLargeError``) or
that does not decode (``DecodingError``). Configuration problems are
``ConfigurationError``; a missing credential is ``MissingCredentialError``.

Messages never contain secrets: the client scrubs known secret values from them and
only ever names the method and the URL path (never the query string, which may carry
an API key).
"""

from __future__ import annotations

import time

import httpx

__all__ = [
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "CircuitOpenError",
    "ConfigurationError",
    "ConflictError",
    "DecodingError",
    "IntegrationError",
    "MissingCredentialError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RedirectError",
    "ResponseTooLargeError",
    "ServerError",
    "StreamEventError",
    "StreamInterruptedError",
    "StreamTimeoutError",
    "TransportError",
    "UnprocessableEntityError",
    "status_error_class",
]


class IntegrationError(Exception):
    """Root of every error raised by the generated package."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ConfigurationError(IntegrationError, ValueError):
    """The client was configured or called with invalid arguments."""


class MissingCredentialError(ConfigurationError):
    """A required credential is not set; ``variable`` names it (the value is never shown)."""

    def __init__(self, message: str, *, variable: str | None = None) -> None:
        super().__init__(message)
        self.variable = variable


class APIError(IntegrationError):
    """A call to the API failed. ``request_id`` is the server's id when one was received."""

    def __init__(self, message: str, *, request_id: str | None = None) -> None:
        super().__init__(message)
        self.request_id = request_id


class APIStatusError(APIError):
    """The API answered with an error status (4xx/5xx).

    ``code`` is the provider's error code when its error document gives one (S3's
    ``NoSuchKey``, from an XML ``<Error>`` body), else ``None``.
    """

    code: str | None = None

    def __init__(
        self,
        status_code: int,
        response: httpx.Response,
        request_id: str | None = None,
        *,
        message: str | None = None,
        body: object = None,
    ) -> None:
        super().__init__(message or f"HTTP {status_code}", request_id=request_id)
        self.status_code = status_code
        self.response = response
        self.body = body


class RedirectError(APIStatusError):
    """A 3xx the runtime would not follow; ``location`` is where it pointed (or ``None``).

    Raised for a redirect of anything but GET/HEAD, one to another origin (credentials
    never leave the configured origin), one without ``Location``, or past
    ``ClientConfig.max_redirects``. A 3xx body is never decoded as a result.
    """

    def __init__(
        self,
        status_code: int,
        response: httpx.Response,
        request_id: str | None = None,
        *,
        message: str | None = None,
        body: object = None,
        location: str | None = None,
    ) -> None:
        super().__init__(status_code, response, request_id, message=message, body=body)
        self.location = location


class BadRequestError(APIStatusError):
    """400 Bad Request."""


class AuthenticationError(APIStatusError):
    """401 Unauthorized: the credential is missing, wrong or expired."""


class PermissionDeniedError(APIStatusError):
    """403 Forbidden."""


class NotFoundError(APIStatusError):
    """404 Not Found."""


class ConflictError(APIStatusError):
    """409 Conflict (for example an idempotency key already in use)."""


class UnprocessableEntityError(APIStatusError):
    """422 Unprocessable Entity."""


class RateLimitError(APIStatusError):
    """429 Too Many Requests; ``retry_after`` is the server's hint in seconds, if any."""

    def __init__(
        self,
        status_code: int,
        response: httpx.Response,
        request_id: str | None = None,
        *,
        message: str | None = None,
        body: object = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(status_code, response, request_id, message=message, body=body)
        self.retry_after = retry_after


class ServerError(APIStatusError):
    """A 5xx answer."""


class TransportError(APIError):
    """The request could not be completed: connection refused or reset, protocol error."""


class APITimeoutError(TransportError):
    """A timeout fired, or the call's overall deadline passed."""


class CircuitOpenError(APIError):
    """The circuit breaker is open: no request was sent.

    ``retry_at`` is the wall-clock time (``time.time()`` seconds) when a probe will be
    allowed again; ``retry_after`` is the same as a delay from now.
    """

    def __init__(self, message: str, *, retry_at: float, key: str = "") -> None:
        super().__init__(message)
        self.retry_at = retry_at
        self.key = key

    @property
    def retry_after(self) -> float:
        return max(0.0, self.retry_at - time.time())


class StreamInterruptedError(TransportError):
    """A stream's connection broke after its first event; ``events`` were delivered.

    Never retried: the events already read cannot be taken back.
    """

    def __init__(self, message: str, *, events: int, request_id: str | None = None) -> None:
        super().__init__(message, request_id=request_id)
        self.events = events


class StreamTimeoutError(APITimeoutError):
    """A stream stalled: no byte for its idle timeout, no first event in time, or it ran
    past its maximum duration. ``phase`` is ``"first_event"``, ``"idle"`` or ``"duration"``.
    """

    def __init__(
        self, message: str, *, phase: str, events: int = 0, request_id: str | None = None
    ) -> None:
        super().__init__(message, request_id=request_id)
        self.phase = phase
        self.events = events


class StreamEventError(APIError):
    """The server reported an error inside a stream (an ``error`` event, or a
    ``{"error": ...}`` payload where a chunk was expected).

    ``event`` is the SSE event name, ``body`` the decoded payload (secrets scrubbed),
    ``code`` and ``type`` the provider's error code and type when it gave them
    (``error_type=`` when constructing).
    """

    def __init__(
        self,
        message: str,
        *,
        event: str,
        body: object = None,
        code: str | None = None,
        error_type: str | None = None,
        request_id: str | None = None,
    ) -> None:
        super().__init__(message, request_id=request_id)
        self.event = event
        self.body = body
        self.code = code
        self.type = error_type


class ResponseTooLargeError(APIError):
    """The response body exceeded ``ClientConfig.max_response_bytes``."""

    def __init__(
        self,
        message: str,
        *,
        limit: int,
        status_code: int | None = None,
        request_id: str | None = None,
    ) -> None:
        super().__init__(message, request_id=request_id)
        self.limit = limit
        self.status_code = status_code


class DecodingError(APIError):
    """The body is not valid JSON or does not match the expected type.

    ``path`` is the JSON path of the offending value (``$.data[3].customer.email``)
    when msgspec reports one; ``body`` is a truncated excerpt of the response body.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        path: str | None = None,
        body: str = "",
        request_id: str | None = None,
    ) -> None:
        super().__init__(message, request_id=request_id)
        self.status_code = status_code
        self.path = path
        self.body = body


_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    """The ``APIStatusError`` subclass raised for ``status_code``."""
    if status_code >= 500:
        return ServerError
    return _STATUS_ERRORS.get(status_code, APIStatusError)
